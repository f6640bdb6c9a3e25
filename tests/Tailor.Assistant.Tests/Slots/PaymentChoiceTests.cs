using Tailor.Assistant.Understanding.Intents;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Tests.Slots;

/// <summary>Which saved payment method a message names: by last four digits, brand or kind, and only when one fits.</summary>
public sealed class PaymentChoiceTests
{
    private static readonly OrderWords Words = OrderWords.Load(Path.Combine(Path.GetDirectoryName(TrainingData.FindFolder())!, "order_words.yaml"));

    private static readonly IReadOnlyList<SavedPaymentMethod> Saved =
    [
        new() { Type = SavedPaymentMethod.Card, Brand = "Visa", Last4 = "4417", ExpiryMonth = 9, ExpiryYear = 2028 },
        new() { Type = SavedPaymentMethod.GiftCard, Last4 = "9921", Balance = 20m },
        new() { Type = SavedPaymentMethod.Card, Brand = "Mastercard", Last4 = "5580", ExpiryMonth = 1, ExpiryYear = 2027 },
        new() { Type = SavedPaymentMethod.PayPal },
    ];

    [Theory]
    [InlineData("the one ending 5580", 2)]
    [InlineData("use my visa please", 0)]
    [InlineData("the mastercard", 2)]
    [InlineData("my gift card", 1)]
    [InlineData("paypal then", 3)]
    [InlineData("Visa ending 4417", 0)]
    [InlineData("can i pay for order #1003 with my visa card instead?", 0)]
    public void A_method_named_by_digits_brand_or_kind_is_picked(string text, int index) =>
        Assert.Equal(index, PaymentChoice.Of(text, Saved, Words));

    [Theory]
    [InlineData("a card")]
    [InlineData("the one ending 1234")]
    [InlineData("change the payment on order 1003")]
    public void Nothing_is_picked_when_no_single_method_fits(string text) =>
        Assert.Null(PaymentChoice.Of(text, Saved, Words));

    [Theory]
    [InlineData("can i pay with a different card", "payment")]
    [InlineData("please change the address on my account", "account")]
    [InlineData("update my default delivery address", "account")]
    [InlineData("i need to change the delivery address", "address")]
    [InlineData("change the size of the jeans", "item")]
    public void What_should_change_is_read_by_the_longest_phrase(string text, string kind) =>
        Assert.Equal(kind, Words.ChangeKind(text));

    [Theory]
    [InlineData("doesn't fit")]
    [InlineData("it just doesnt fit me")]
    [InlineData("wrong size")]
    public void Doesnt_fit_offers_the_stores_fit_reasons(string text) =>
        Assert.Equal(["too-small", "too-large"], Words.FitReasons(text, ["too-small", "too-large", "damaged"]));

    [Fact]
    public void Doesnt_fit_offers_only_fit_reasons_the_store_has() =>
        Assert.Equal(["too-small"], Words.FitReasons("doesn't fit", ["too-small", "damaged"]));
}
