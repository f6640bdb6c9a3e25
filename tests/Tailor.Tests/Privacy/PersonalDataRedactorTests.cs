using System.Text.Json.Nodes;
using Tailor.Store.Privacy;

namespace Tailor.Tests.Privacy;

public sealed class PersonalDataRedactorTests
{
    [Fact]
    public void A_full_address_keeps_only_its_country()
    {
        const string payload = """{"id":"evt_1","data":{"orderNumber":"TL-1","shippingAddress":{"name":"Sarah Jones","line1":"14 High Street","city":"Leeds","postalCode":"LS1 4AB","country":"GB"}}}""";

        var redacted = JsonNode.Parse(PersonalDataRedactor.RedactAddresses(payload))!;

        Assert.Equal("TL-1", (string?)redacted["data"]!["orderNumber"]);
        Assert.Equal("""{"country":"GB","redacted":true}""", redacted["data"]!["shippingAddress"]!.ToJsonString());
    }

    [Fact]
    public void Addresses_inside_lists_and_masked_address_strings_are_redacted_and_a_second_pass_changes_nothing()
    {
        const string details = """{"lines":[{"newAddress":{"line1":"1 Rue de Rivoli","country":"FR"}}],"shippingAddress":"***, N16 9**"}""";

        var once = PersonalDataRedactor.RedactAddresses(details);

        Assert.DoesNotContain("Rivoli", once);
        Assert.DoesNotContain("N16", once);
        Assert.Contains("\"country\":\"FR\"", once);
        Assert.Equal(once, PersonalDataRedactor.RedactAddresses(once));
    }

    [Theory]
    [InlineData("""{"orderNumber":"TL-1","refund":{"amount":84}}""")]
    [InlineData("not json with an address")]
    [InlineData("")]
    public void Text_without_an_address_property_is_left_as_it_is(string json) => Assert.Equal(json, PersonalDataRedactor.RedactAddresses(json));
}
