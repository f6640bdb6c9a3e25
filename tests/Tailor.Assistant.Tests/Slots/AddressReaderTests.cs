using Tailor.Assistant.Understanding.Slots;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Tests.Slots;

public sealed class AddressReaderTests
{
    private static readonly AddressReader Reader =
        new(OrderWords.Load(Path.Combine(Path.GetDirectoryName(TrainingData.FindFolder())!, "order_words.yaml")));

    private static readonly Address Current = new() { Name = "Emma Clarke", Line1 = "14 Albion Road", City = "London", PostalCode = "N16 9PH", Country = "GB" };

    [Fact]
    public void A_british_address_on_one_line_is_read_into_street_town_and_postcode()
    {
        var address = Reader.Read("Flat 3, 10 Downing Street, London SW1A 2AA", Current)!;

        Assert.Equal(("Flat 3", "10 Downing Street", "London", "SW1A 2AA"), (address.Line1, address.Line2, address.City, address.PostalCode));
        Assert.Equal(("Emma Clarke", "GB"), (address.Name, address.Country));
    }

    [Fact]
    public void A_lead_in_and_a_missing_comma_before_the_town_are_fine()
    {
        var address = Reader.Read("please send it to 22 Market Street Manchester M1 1PT", Current)!;
        Assert.Equal(("22 Market Street", "Manchester", "M1 1PT"), (address.Line1, address.City, address.PostalCode));
    }

    [Fact]
    public void Postcodes_the_guard_does_not_know_are_read_at_the_end()
    {
        var french = Current with { Country = "FR" };
        var address = Reader.Read("12 rue de la Paix, Paris 75002", french)!;
        Assert.Equal(("12 rue de la Paix", "Paris", "75002", "FR"), (address.Line1, address.City, address.PostalCode, address.Country));
    }

    [Theory]
    [InlineData("yes please")]
    [InlineData("how long does delivery take")]
    [InlineData("London SW1A 2AA")]
    [InlineData("14 High Street, Leeds")]
    public void Anything_that_is_not_a_whole_address_is_not_read(string text) => Assert.Null(Reader.Read(text, Current));
}
