using Tailor.Assistant.Guard;

namespace Tailor.Assistant.Tests.Guard;

/// <summary>One-time codes prove an order is the shopper's, so they are masked before anything is stored.</summary>
public sealed class OneTimeCodeMaskingTests
{
    [Theory]
    [InlineData("482913", "[code]")]
    [InlineData("my code is 482 913", "my code is [code]")]
    [InlineData("it's 482-913 thanks", "it's [code] thanks")]
    public void A_six_digit_code_is_masked_but_reaches_the_turn_unmasked(string typed, string stored)
    {
        var inspected = new MessageGuard(new GuardOptions()).Inspect(typed);

        Assert.Equal(stored, inspected.MaskedText);
        Assert.Equal(typed, inspected.Text);
    }

    [Theory]
    [InlineData("where is TL-100023")]
    [InlineData("order TL 100023 please")]
    [InlineData("I would like 100000 loyalty points")]
    [InlineData("anything under £100000")]
    [InlineData("the 100000.50 model")]
    [InlineData("order #482913")]
    [InlineData("sku AB482913")]
    [InlineData("size 12 or 14")]
    public void Order_numbers_prices_and_codes_glued_to_letters_are_not_codes(string text)
    {
        Assert.DoesNotContain(PiiMasker.Find(text), f => f.Kind == PiiKind.OneTimeCode);
    }

    [Fact]
    public void A_group_of_a_longer_number_is_not_read_as_a_code()
    {
        Assert.DoesNotContain(PiiMasker.Find("ref 123 456 789 0"), f => f.Kind == PiiKind.OneTimeCode);
    }
}
