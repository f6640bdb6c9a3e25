using Tailor.Assistant.Orders;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>"The one that hasn't shipped", "the first one" after the flow already took the only order it could.</summary>
public sealed class OrderPointerTests
{
    private static readonly Order Pending = new() { Number = "TL-100001", Email = "a@example.com", Status = OrderStatus.Pending };
    private static readonly Order Delivered = new() { Number = "TL-100002", Email = "a@example.com", Status = OrderStatus.Delivered };

    [Theory]
    [InlineData("the one that hasn't shipped")]
    [InlineData("the one that's still processing")]
    [InlineData("the latest one")]
    public void Status_words_that_fit_the_order_in_hand_mean_it(string text) =>
        Assert.Equal(PointerFit.ThisOrder, OrderPointer.Fit(Entities(text), Pending));

    [Fact]
    public void The_delivered_one_means_the_delivered_order_in_hand() =>
        Assert.Equal(PointerFit.ThisOrder, OrderPointer.Fit(Entities("the delivered one"), Delivered));

    [Fact]
    public void Status_words_that_do_not_fit_mean_another_order() =>
        Assert.Equal(PointerFit.OtherOrder, OrderPointer.Fit(Entities("the delivered one"), Pending));

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void The_first_or_last_of_one_is_the_order_in_hand(int ordinal) =>
        Assert.Equal(PointerFit.ThisOrder, OrderPointer.Fit(RecognizedEntities.None with { Ordinal = ordinal }, Pending));

    [Fact]
    public void A_second_one_or_an_order_number_is_no_pointer_at_the_order_in_hand()
    {
        Assert.Equal(PointerFit.None, OrderPointer.Fit(RecognizedEntities.None with { Ordinal = 2 }, Pending));
        Assert.Equal(PointerFit.None, OrderPointer.Fit(Entities("the one that hasn't shipped") with { OrderNumber = "TL-100009" }, Pending));
    }

    private static RecognizedEntities Entities(string text) => RecognizedEntities.None with { OrderPick = OrderEvidence.Default.PickIn(text) };
}
