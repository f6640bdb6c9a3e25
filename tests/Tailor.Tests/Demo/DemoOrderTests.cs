using Tailor.Domain.Orders;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;

namespace Tailor.Tests.Demo;

public sealed class DemoOrderTests(DemoStoreFixture fixture) : IClassFixture<DemoStoreFixture>
{
    private static readonly StoreSettings Settings = new();
    private DemoStore Store => fixture.Store;

    [Fact]
    public void Every_order_status_occurs()
    {
        Assert.Equal(Enum.GetValues<OrderStatus>(), Store.Orders.Select(o => o.Status).Distinct().Order());
    }

    [Fact]
    public void Orders_are_numbered_in_the_order_they_were_placed_over_the_last_18_months()
    {
        Assert.Equal(Enumerable.Range(0, Store.Orders.Count).Select(i => OrderNumber.Format(100001 + i)), Store.Orders.Select(o => o.Number));
        Assert.Equal(Store.Orders.OrderBy(o => o.PlacedAt).Select(o => o.Number), Store.Orders.Select(o => o.Number));
        Assert.All(Store.Orders, o => Assert.InRange(o.PlacedAt, DemoStoreFixture.Today.AddDays(-550), DemoStoreFixture.Today));
    }

    [Fact]
    public void Totals_add_up_and_shipping_follows_the_zone()
    {
        Assert.All(Store.Orders, o =>
        {
            Assert.InRange(o.Lines.Count, 1, 4);
            var zone = Settings.ZoneFor(o.ShippingAddress.Country)!;
            Assert.Equal(o.Lines.Sum(l => l.UnitPrice * l.Quantity), o.Subtotal);
            Assert.Equal(zone.StandardCostFor(o.Subtotal - o.Discount), o.ShippingCost);
            Assert.Equal(o.Subtotal - o.Discount + o.ShippingCost, o.Total);
            Assert.All(o.Lines, l => Assert.InRange(l.Discount, 0, l.UnitPrice * l.Quantity));
        });
        Assert.Contains(Store.Orders, o => o.PromotionCode is not null);
        Assert.Contains(Store.Orders, o => o.Discount > 0 && o.PromotionCode is null);
    }

    [Fact]
    public void Lines_come_from_the_catalog()
    {
        var variants = Store.Products.SelectMany(p => p.Variants.Select(v => (p, v))).ToDictionary(x => x.v.Sku);

        Assert.All(Store.Orders.SelectMany(o => o.Lines), line =>
        {
            var (product, variant) = variants[line.Sku];
            Assert.Equal(product.Handle, line.ProductHandle);
            Assert.Equal(product.Category, line.Category);
            Assert.Equal((variant.Size, variant.Color), (line.Size, line.Color));
            Assert.True(line.UnitPrice == variant.Price || line.UnitPrice == variant.CompareAtPrice, "the price on the day was the list or the was price");
        });
    }

    [Fact]
    public void Payments_keep_only_the_brand_and_four_digits()
    {
        Assert.All(Store.Orders, o => Assert.True(o.Payment.Last4 is null || o.Payment.Last4.Length == 4 && o.Payment.Last4.All(char.IsAsciiDigit)));
        Assert.Contains(Store.Orders, o => o.Payment.Type == "card" && o.Payment.Brand is not null);
        Assert.Contains(Store.Orders, o => o.Payment.Type == "paypal");
    }

    [Fact]
    public void Timestamps_and_shipments_are_consistent_with_the_status()
    {
        Assert.All(Store.Orders, o =>
        {
            switch (o.Status)
            {
                case OrderStatus.Pending or OrderStatus.Processing:
                    Assert.Empty(o.Shipments);
                    Assert.Null(o.ShippedAt);
                    break;
                case OrderStatus.Cancelled:
                    Assert.Empty(o.Shipments);
                    Assert.True(o.CancelledAt > o.PlacedAt);
                    break;
                case OrderStatus.Shipped:
                    var parcel = Assert.Single(o.Shipments);
                    Assert.True(o.ShippedAt > o.PlacedAt);
                    Assert.Null(o.DeliveredAt);
                    Assert.DoesNotContain(parcel.Events, e => e.Status == TrackingStatus.Delivered);
                    break;
                default:
                    var shipment = Assert.Single(o.Shipments);
                    Assert.True(o.PlacedAt < o.ShippedAt && o.ShippedAt < o.DeliveredAt && o.DeliveredAt <= DemoStoreFixture.Today);
                    Assert.Equal(TrackingStatus.Delivered, shipment.Events[^1].Status);
                    break;
            }
            foreach (var shipment in o.Shipments)
            {
                Assert.Equal(Settings.ZoneFor(o.ShippingAddress.Country)!.Carrier, shipment.Carrier);
                Assert.False(string.IsNullOrEmpty(shipment.TrackingNumber));
                Assert.NotNull(shipment.EstimatedDelivery);
                Assert.Equal(TrackingStatus.LabelCreated, shipment.Events[0].Status);
                Assert.Equal(shipment.Events.OrderBy(e => e.At).Select(e => e.At), shipment.Events.Select(e => e.At));
                Assert.All(shipment.Events, e => Assert.True(e.At <= DemoStoreFixture.Today));
            }
        });
    }

    [Fact]
    public void Recent_orders_are_still_on_their_way_and_old_ones_have_arrived()
    {
        var lastWeek = Store.Orders.Where(o => o.PlacedAt > DemoStoreFixture.Today.AddDays(-2)).Select(o => o.Status).ToList();
        var lastYear = Store.Orders.Where(o => o.PlacedAt < DemoStoreFixture.Today.AddDays(-60)).Select(o => o.Status).ToList();

        Assert.Contains(OrderStatus.Processing, lastWeek);
        Assert.DoesNotContain(OrderStatus.Delivered, lastWeek);
        Assert.DoesNotContain(lastYear, s => s is OrderStatus.Pending or OrderStatus.Processing or OrderStatus.Shipped);
    }

    [Fact]
    public void Returns_match_their_orders_and_refund_what_was_paid()
    {
        var orders = Store.Orders.ToDictionary(o => o.Number);
        Assert.All(Store.Returns, r =>
        {
            var order = orders[r.OrderNumber];
            Assert.Contains(order.Status, new[] { OrderStatus.Returned, OrderStatus.PartiallyReturned });
            Assert.Matches("^RMA-[A-Z0-9]{6}$", r.Rma);
            Assert.All(r.Lines, l => Assert.Contains(l.ReasonCode, Settings.Returns.ReasonCodes));
            Assert.True(r.CreatedAt > order.DeliveredAt && r.CreatedAt <= order.DeliveredAt!.Value.AddDays(Settings.Returns.WindowDays));
            var paid = r.Lines.Sum(l => order.Lines.Single(ol => ol.Sku == l.Sku).PaidPerUnit * l.Quantity);
            Assert.Equal(r.Kind == Tailor.Domain.Returns.ReturnKind.Exchange ? 0 : Math.Max(0, paid - r.Fee), r.RefundAmount);
        });
        Assert.All(Store.Orders.Where(o => o.Status == OrderStatus.Returned), o => Assert.All(o.Lines, l => Assert.Equal(l.Quantity, l.ReturnedQuantity)));
        Assert.All(Store.Orders.Where(o => o.Status == OrderStatus.PartiallyReturned), o => Assert.Contains(o.Lines, l => l.ReturnedQuantity < l.Quantity));
        Assert.All(Store.Orders.Where(o => o.Status is OrderStatus.Returned or OrderStatus.PartiallyReturned), o => Assert.Single(Store.Returns, r => r.OrderNumber == o.Number));
    }

    [Fact]
    public void The_demo_customer_has_orders_to_track_cancel_and_return()
    {
        var emma = Store.Customers.Single(c => c.ExternalId == "cus_000001");
        var hers = Store.Orders.Where(o => o.Email == emma.Email).ToList();

        Assert.Contains(hers, o => o.Status == OrderStatus.Processing && o.CanCancel(Settings));
        Assert.Contains(hers, o => o.Status == OrderStatus.Shipped);
        Assert.Contains(hers, o => o.Status == OrderStatus.Delivered && o.IsWithinReturnWindow(Settings, DemoStoreFixture.Today)
            && o.Lines.Any(l => l.IsReturnable(Settings, finalSale: false)));
        Assert.Contains(hers, o => o.Status == OrderStatus.Delivered && !o.IsWithinReturnWindow(Settings, DemoStoreFixture.Today));
        Assert.Contains(hers, o => o.Status == OrderStatus.Cancelled);
        Assert.Contains(hers, o => o.Status == OrderStatus.PartiallyReturned);
    }

    [Fact]
    public void Customers_live_mostly_in_Britain_with_some_abroad()
    {
        var countries = Store.Customers.Select(c => c.Addresses[0].Country).ToList();

        Assert.True(countries.Count(c => c == "GB") > countries.Count / 2);
        Assert.True(countries.Distinct().Count() >= 4);
        Assert.All(countries, c => Assert.NotNull(Settings.ZoneFor(c)));
        Assert.All(Store.Customers, c => Assert.InRange(c.Addresses.Count, 1, 2));
        Assert.All(Store.Customers, c => Assert.Matches("^cus_[0-9]{6}$", c.ExternalId));
    }
}
