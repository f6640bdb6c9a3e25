using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Tests.Domain;

public sealed class OrderRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly StoreSettings settings = new();

    private static Order OrderIn(OrderStatus status, DateTimeOffset? deliveredAt = null) =>
        new() { Number = "TL-100001", Email = "a@b.test", Status = status, DeliveredAt = deliveredAt };

    [Theory]
    [InlineData(OrderStatus.Pending, true)]
    [InlineData(OrderStatus.Processing, true)]
    [InlineData(OrderStatus.Shipped, false)]
    [InlineData(OrderStatus.Delivered, false)]
    [InlineData(OrderStatus.Cancelled, false)]
    public void Orders_can_be_cancelled_only_in_the_statuses_the_store_allows(OrderStatus status, bool allowed) =>
        Assert.Equal(allowed, OrderIn(status).CanCancel(settings));

    [Fact]
    public void Cancellable_statuses_come_from_settings()
    {
        settings.CancellableStatuses = [OrderStatus.Pending];
        Assert.False(OrderIn(OrderStatus.Processing).CanCancel(settings));
    }

    [Fact]
    public void Return_window_counts_days_from_delivery()
    {
        settings.Returns.WindowDays = 30;
        Assert.True(OrderIn(OrderStatus.Delivered, Now.AddDays(-30)).IsWithinReturnWindow(settings, Now));
        Assert.False(OrderIn(OrderStatus.Delivered, Now.AddDays(-31)).IsWithinReturnWindow(settings, Now));
        Assert.False(OrderIn(OrderStatus.Shipped).IsWithinReturnWindow(settings, Now));
        Assert.Equal(new DateOnly(2026, 12, 25), OrderIn(OrderStatus.Delivered, Now).ReturnDeadline(settings));
    }

    [Fact]
    public void Excluded_categories_final_sale_and_fully_returned_lines_are_not_returnable()
    {
        var swimsuit = new OrderLine { Sku = "S", Category = "Swimwear", Quantity = 1 };
        var dress = new OrderLine { Sku = "D", Category = "dresses", Quantity = 2, ReturnedQuantity = 1 };
        Assert.False(swimsuit.IsReturnable(settings, finalSale: false));
        Assert.True(dress.IsReturnable(settings, finalSale: false));
        Assert.False(dress.IsReturnable(settings, finalSale: true));
        dress.ReturnedQuantity = 2;
        Assert.False(dress.IsReturnable(settings, finalSale: false));
    }

    [Fact]
    public void Totals_are_lines_minus_discounts_plus_shipping()
    {
        var order = OrderIn(OrderStatus.Pending);
        order.Lines = [new() { Sku = "A", Quantity = 2, UnitPrice = 25m, Discount = 5m }, new() { Sku = "B", Quantity = 1, UnitPrice = 10m }];
        order.RecalculateTotals(3.95m);
        Assert.Equal(60m, order.Subtotal);
        Assert.Equal(5m, order.Discount);
        Assert.Equal(58.95m, order.Total);
        Assert.Equal(22.5m, order.Lines[0].PaidPerUnit);
    }

    [Theory]
    [InlineData("where is TL-100023?", "TL-100023")]
    [InlineData("order tl100023 please", "TL-100023")]
    [InlineData("#TL-1000231", "TL-1000231")]
    [InlineData("tl 100023", "TL-100023")]
    public void Order_numbers_are_recognised_however_they_are_typed(string text, string expected)
    {
        Assert.True(OrderNumber.TryNormalize(text, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("my order")]
    [InlineData("TL-12")]
    [InlineData("XTL-100023")]
    public void Text_without_an_order_number_is_not_mistaken_for_one(string text) =>
        Assert.False(OrderNumber.TryNormalize(text, out _));
}
