using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>The refund, fee and window rules the return and exchange flows quote, read from the store settings.</summary>
public sealed class ReturnRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly StoreSettings settings = new();

    private static Order Delivered(string country = "GB") => new()
    {
        Number = "TL-100001", Email = "a@example.com", Status = OrderStatus.Delivered, DeliveredAt = Now.AddDays(-3), ShippingCost = 3.95m,
        ShippingAddress = new Address { Country = country },
        Lines =
        [
            new OrderLine { Id = 1, Sku = "A", Category = "dresses", Quantity = 2, UnitPrice = 40m, Discount = 10m },
            new OrderLine { Id = 2, Sku = "B", Category = "jeans", Quantity = 1, UnitPrice = 60m },
        ],
    };

    [Fact]
    public void A_refund_is_what_the_units_cost_after_their_share_of_the_discount()
    {
        var order = Delivered();
        Assert.Equal(35m, order.RefundFor(settings, [(order.Lines[0], 1)], "too-small"));
        Assert.Equal(130m, order.RefundFor(settings, [(order.Lines[0], 2), (order.Lines[1], 1)], "too-small"));
    }

    [Fact]
    public void International_returns_pay_the_international_fee_unless_the_item_is_faulty()
    {
        var order = Delivered(country: "FR");
        Assert.Equal(60m - settings.Returns.InternationalReturnFee, order.RefundFor(settings, [(order.Lines[1], 1)], "changed-mind"));
        Assert.Equal(60m, order.RefundFor(settings, [(order.Lines[1], 1)], "damaged"));
    }

    [Fact]
    public void A_whole_order_sent_back_faulty_gets_its_delivery_charge_back()
    {
        var order = Delivered();
        Assert.Equal(133.95m, order.RefundFor(settings, [(order.Lines[0], 2), (order.Lines[1], 1)], "wrong-item"));
        Assert.Equal(130m, order.RefundFor(settings, [(order.Lines[0], 2), (order.Lines[1], 1)], "changed-mind"));
    }

    [Fact]
    public void The_exchange_window_comes_from_its_own_setting()
    {
        var order = Delivered();
        order.DeliveredAt = Now.AddDays(-20);
        settings.Returns.ExchangeWindowDays = 14;
        Assert.True(order.IsWithinReturnWindow(settings, Now));
        Assert.False(order.IsWithinExchangeWindow(settings, Now));
    }

    [Fact]
    public void Why_a_line_cannot_go_back_is_named()
    {
        var line = new OrderLine { Sku = "S", Category = "swimwear", Quantity = 1 };
        Assert.Equal(ReturnBlock.ExcludedCategory, line.WhyNotReturnable(settings, finalSale: false));
        Assert.Equal(ReturnBlock.FinalSale, line.WhyNotReturnable(settings, finalSale: true));
        Assert.Equal(ReturnBlock.AlreadyReturned, new OrderLine { Sku = "D", Category = "dresses", Quantity = 1, ReturnedQuantity = 1 }.WhyNotReturnable(settings, false));
    }
}
