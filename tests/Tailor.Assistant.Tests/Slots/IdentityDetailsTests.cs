using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Slots;

public sealed class IdentityDetailsTests
{
    private static Order OrderTo(string email, string postcode, string country = "GB") => new()
    {
        Number = "TL-100001", Email = email, ShippingAddress = new Address { PostalCode = postcode, Country = country },
    };

    [Theory]
    [InlineData("it's Emma.Clarke@Example.com")]
    [InlineData("postcode n169ph")]
    [InlineData("N16 9PH")]
    public void The_email_or_the_postcode_on_the_order_match_in_any_case_or_spacing(string text) =>
        Assert.True(IdentityDetails.Read(text).Match(OrderTo("emma.clarke@example.com", "N16 9PH")));

    [Theory]
    [InlineData("emma@example.com")]
    [InlineData("SW1A 2AA")]
    public void Other_details_do_not_match(string text) =>
        Assert.False(IdentityDetails.Read(text).Match(OrderTo("emma.clarke@example.com", "N16 9PH")));

    [Theory]
    [InlineData("75002", "75002", "FR")]
    [InlineData("1012 AB", "1012 AB", "NL")]
    [InlineData("D02 X285", "D02 X285", "IE")]
    public void Postcodes_from_other_countries_match_as_typed(string text, string postcode, string country) =>
        Assert.True(IdentityDetails.Read(text).Match(OrderTo("x@example.com", postcode, country)));

    [Fact]
    public void A_list_of_guesses_counts_as_its_first_two()
    {
        var guesses = IdentityDetails.Read("a@example.com b@example.com c@example.com emma.clarke@example.com");
        Assert.False(guesses.Match(OrderTo("emma.clarke@example.com", "N16 9PH")));
    }

    [Theory]
    [InlineData("TL-100023")]
    [InlineData("yes")]
    public void A_message_without_details_is_empty(string text) => Assert.True(IdentityDetails.Read(text).IsEmpty);
}
