using Tailor.Assistant.Understanding.Slots;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Slots;

public sealed class OrderWordsTests
{
    private static readonly OrderWords Words = OrderWords.Load(Path.Combine(Path.GetDirectoryName(TrainingData.FindFolder())!, "order_words.yaml"));
    private static readonly ReturnSettings Returns = new StoreSettings().Returns;

    [Theory]
    [InlineData("it's too small", "too-small")]
    [InlineData("they came up too big", "too-large")]
    [InlineData("the zip is broken", "damaged")]
    [InlineData("you sent me the wrong one", "wrong-item")]
    [InlineData("i just changed my mind", "changed-mind")]
    [InlineData("not as described", "not-as-described")]
    [InlineData("arrived late", "arrived-late")]
    public void Return_reasons_are_read_as_the_stores_codes(string text, string code) =>
        Assert.Equal(code, Words.ReturnReason(text, Returns.ReasonCodes));

    [Fact]
    public void A_reason_the_store_does_not_offer_is_never_read()
    {
        Assert.Null(Words.ReturnReason("it arrived late", ["too-small", "too-large"]));
        Assert.Null(Words.ReturnReason("what's your returns address?", Returns.ReasonCodes));
    }

    [Theory]
    [InlineData("a gift card please", RefundMethod.GiftCard)]
    [InlineData("back to my credit card", RefundMethod.OriginalPayment)]
    [InlineData("your Visa card ending 4242", RefundMethod.OriginalPayment)]
    [InlineData("store credit", RefundMethod.StoreCredit)]
    [InlineData("refund my paypal", RefundMethod.OriginalPayment)]
    public void The_longest_phrase_decides_the_refund_method(string text, RefundMethod method) =>
        Assert.Equal(method, Words.RefundMethod(text, Returns.RefundMethods));

    [Fact]
    public void Only_refund_methods_the_store_allows_can_be_chosen() =>
        Assert.Null(Words.RefundMethod("a gift card please", [RefundMethod.OriginalPayment, RefundMethod.StoreCredit]));

    [Theory]
    [InlineData("i need to change the delivery address", "address")]
    [InlineData("wrong postcode on it", "address")]
    [InlineData("can i get a different size", "item")]
    [InlineData("change my order", null)]
    public void What_to_change_is_read_from_the_request(string text, string? kind) => Assert.Equal(kind, Words.ChangeKind(text));

    [Theory]
    [InlineData("a size up please", 1)]
    [InlineData("one size smaller", -1)]
    [InlineData("in black", 0)]
    public void Size_steps_are_read(string text, int step) => Assert.Equal(step, Words.SizeStep(text));

    [Fact]
    public void Lead_ins_before_an_address_are_dropped() =>
        Assert.Equal("14 High Street, Leeds LS1 4AB", Words.WithoutAddressLeadIn("my new address is 14 High Street, Leeds LS1 4AB."));
}
