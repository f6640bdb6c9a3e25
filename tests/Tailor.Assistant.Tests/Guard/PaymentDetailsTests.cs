using Tailor.Assistant.Guard;

namespace Tailor.Assistant.Tests.Guard;

public sealed class PaymentDetailsTests
{
    private readonly MessageGuard guard = new(new GuardOptions());

    [Theory]
    [InlineData("my card is 4111 1111 1111 1111 exp 12/26", "my card is [card] exp [card]")]
    [InlineData("4242-4242-4242-4242 cvv 123", "[card] cvv [card]")]
    [InlineData("5555555555554444", "[card]")]
    [InlineData("amex 3782 822463 10005 please", "amex [card] please")]
    public void Luhn_valid_card_numbers_are_masked_and_flagged(string text, string masked)
    {
        var result = guard.Inspect(text);

        Assert.Equal(masked, result.MaskedText);
        Assert.True(result.ContainsPaymentCard);
    }

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("1234 5678 9012 3456")]
    [InlineData("ref 6011000990139425")]
    public void Card_numbers_failing_luhn_away_from_card_words_are_not_masked(string text)
    {
        var result = guard.Inspect(text);

        Assert.Equal(text, result.MaskedText);
        Assert.False(result.ContainsPaymentCard);
    }

    [Fact]
    public void A_card_number_with_its_expiry_date_is_still_found() =>
        Assert.Equal("[card] [card]", guard.Inspect("4111 1111 1111 1111 12/26").MaskedText);

    [Theory]
    [InlineData("refund to GB82 WEST 1234 5698 7654 32 please", "refund to [iban] please")]
    [InlineData("IBAN: DE89370400440532013000", "IBAN: [iban]")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606", "[iban]")]
    [InlineData("nl91abna0417164300", "[iban]")]
    public void Valid_ibans_are_masked(string text, string masked) => Assert.Equal(masked, guard.Inspect(text).MaskedText);

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 33")]
    [InlineData("DE89 3704 0044 0532 0130 01")]
    [InlineData("GB82 WEST 1234 5698 7654")]
    public void Ibans_failing_the_mod_97_check_or_length_are_not_masked_as_ibans(string text) =>
        Assert.DoesNotContain(guard.Inspect(text).Findings, f => f.Kind == PiiKind.Iban);

    [Fact]
    public void An_iban_is_not_reported_as_a_payment_card() =>
        Assert.False(guard.Inspect("GB82 WEST 1234 5698 7654 32").ContainsPaymentCard);
}
