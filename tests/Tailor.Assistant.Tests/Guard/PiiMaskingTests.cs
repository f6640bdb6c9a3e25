using Tailor.Assistant.Guard;

namespace Tailor.Assistant.Tests.Guard;

public sealed class PiiMaskingTests
{
    [Theory]
    [InlineData("my email is jane.doe+shop@example.co.uk thanks", "my email is [email] thanks")]
    [InlineData("Order TL-100023, email JANE@EXAMPLE.COM", "Order TL-100023, email [email]")]
    [InlineData("écrivez à josé@exemple.fr", "écrivez à [email]")]
    public void Email_addresses_are_masked(string text, string masked) => Assert.Equal(masked, PiiMasker.Mask(text));

    [Theory]
    [InlineData("call me on +44 7700 900123 please", "call me on [phone] please")]
    [InlineData("my number is 07700 900123", "my number is [phone]")]
    [InlineData("my mobile is 07700900123", "my mobile is [phone]")]
    [InlineData("(555) 123-4567 is my cell", "[phone] is my cell")]
    [InlineData("reach me at +1 555-123-4567.", "reach me at [phone].")]
    [InlineData("or 1-800-555-0199, or 555.123.4567", "or [phone], or [phone]")]
    [InlineData("Tel: 0049 30 1234567", "Tel: [phone]")]
    [InlineData("office +44 (0)20 7946 0958", "office [phone]")]
    [InlineData("appelez le 06 12 34 56 78", "appelez le [phone]")]
    [InlineData("order TL 100023, call 07700 900123", "order TL 100023, call [phone]")]
    [InlineData("07700900123,07700900124/07700900125", "[phone],[phone]/[phone]")]
    public void Phone_numbers_are_masked_in_common_formats(string text, string masked) => Assert.Equal(masked, PiiMasker.Mask(text));

    [Theory]
    [InlineData("send it to 221B Baker Street, London NW1 6XE", "send it to [address], London [postcode]")]
    [InlineData("I live at 12 High St", "I live at [address]")]
    [InlineData("my address is 12 high street", "my address is [address]")]
    [InlineData("1600 Pennsylvania Avenue NW, Washington, DC 20500", "[address], Washington, DC [postcode]")]
    [InlineData("Flat 3, 45 Elm Road, Leeds", "[address], Leeds")]
    [InlineData("deliver to 7 Elm Close instead", "deliver to [address] instead")]
    [InlineData("123 Main Street, Springfield, IL 62704", "[address], Springfield, IL [postcode]")]
    [InlineData("Hauptstraße 5, 10115 Berlin", "[address], [postcode] Berlin")]
    [InlineData("Berliner Strasse 12", "[address]")]
    [InlineData("12 rue de la Paix, 75002 Paris", "[address], [postcode] Paris")]
    public void Street_addresses_are_masked(string text, string masked) => Assert.Equal(masked, PiiMasker.Mask(text));

    [Theory]
    [InlineData("postcode SW1A 1AA", "postcode [postcode]")]
    [InlineData("do you deliver to EC1A1BB?", "do you deliver to [postcode]?")]
    [InlineData("i'm in m1 1ae", "i'm in [postcode]")]
    [InlineData("New York, NY 10001-1234", "New York, NY [postcode]")]
    public void Postcodes_are_masked(string text, string masked) => Assert.Equal(masked, PiiMasker.Mask(text));

    [Theory]
    [InlineData("where is my order TL-100023?")]
    [InlineData("tl100023 hasn't arrived, nor has #TL-100024 or TL-100023456")]
    [InlineData("my return RMA-7F3K2Q was refused")]
    [InlineData("is it £1,299.00 or $1299.99?")]
    [InlineData("do you have 2 pairs of jeans in size 12 wide fit")]
    [InlineData("anything under 50 pounds")]
    [InlineData("ordered on 2024-05-12, delivered 01-05-2024 10:30")]
    [InlineData("I need 3 dresses for a wedding on 12.05.2024")]
    [InlineData("do you stock sizes 0 2 4 6 8 10 12 14 16")]
    [InlineData("sizes 10 12 14 16 18 20 please")]
    [InlineData("UK 10 / EU 42 / US 6, W32 L34")]
    [InlineData("any 2XL or 3XS hoodies under 45.99")]
    [InlineData("I want 2 jackets street style")]
    [InlineData("5 place mats and 2 for the road")]
    [InlineData("I'm 5'6\" and 130 lbs, usually a size 8")]
    [InlineData("tracking 1Z999AA10123456784 says delivered")]
    [InlineData("I'd like 100000 loyalty points")]
    [InlineData("UK10 and EU42 please send both")]
    [InlineData("USPS says 9400 1000 0000 0000 0000 00")]
    [InlineData("code 0000 0000 0000 didn't work")]
    public void Order_numbers_prices_sizes_dates_and_quantities_are_not_masked(string text)
    {
        Assert.Empty(PiiMasker.Find(text));
        Assert.Equal(text, PiiMasker.Mask(text));
    }

    [Fact]
    public void Findings_point_at_the_personal_data_in_the_text()
    {
        const string text = "ring 07700 900123 or mail amy@shop.io";

        var findings = PiiMasker.Find(text);

        Assert.Collection(findings,
            phone => Assert.Equal((PiiKind.Phone, "07700 900123"), (phone.Kind, text[phone.Start..phone.End])),
            email => Assert.Equal((PiiKind.Email, "amy@shop.io"), (email.Kind, text[email.Start..email.End])));
    }

    [Fact]
    public void Overlapping_matches_are_masked_once_as_the_most_specific_kind()
    {
        // The IBAN's digit groups also look like a phone number ("0044 0532 0130 00"): the checksummed IBAN wins.
        var findings = PiiMasker.Find("DE89 3704 0044 0532 0130 00");

        var finding = Assert.Single(findings);
        Assert.Equal(new PiiFinding(PiiKind.Iban, 0, 27), finding);
    }

    [Fact]
    public void A_phone_number_glued_to_a_card_number_does_not_leak_either()
    {
        var masked = PiiMasker.Mask("07700 900123 4111 1111 1111 1111");

        Assert.DoesNotContain("0", masked);
        Assert.DoesNotContain("1", masked);
    }

    [Fact]
    public void Masking_an_unchanged_text_returns_it_as_is() =>
        Assert.Equal("show me red dresses", PiiMasker.Mask("show me red dresses"));
}
