using Tailor.Domain.Settings;

namespace Tailor.Store.Demo.Orders;

/// <summary>The orders the chat demo's signed-in customer always has, one for each thing a shopper asks about.</summary>
internal enum DemoOrder { Pending, Processing, Shipped, DeliveredRecently, DeliveredLongAgo, PartiallyReturned, Returned, Cancelled }

/// <summary>
/// Fixed timelines for the demo customer's orders, relative to today, so that whatever the seed she has an order
/// to track, one to cancel, one to return within the window and a history of returns and cancellations.
/// </summary>
internal static class DemoCustomerOrders
{
    public static OrderTimeline Timeline(DemoOrder kind, DateTimeOffset now, StoreSettings settings, ShippingZone zone)
    {
        var transit = Math.Max(1, zone.StandardDaysMin);
        return kind switch
        {
            DemoOrder.Pending => Scheduled(now.AddMinutes(-40), paidAfter: TimeSpan.FromHours(2.7), dispatchAt: now.AddHours(16), transit),
            DemoOrder.Processing => Scheduled(now.AddHours(-9), TimeSpan.FromMinutes(8), now.AddHours(16), transit),
            DemoOrder.Shipped => new(now.AddDays(-2).AddHours(10), now.AddDays(-2).AddHours(10.1), now.AddDays(-2).AddHours(16),
                now.AddDays(1).AddHours(11), null, false),
            DemoOrder.DeliveredRecently => new(now.AddDays(-9).AddHours(11), now.AddDays(-9).AddHours(11.1), now.AddDays(-9).AddHours(16),
                now.AddDays(-6).AddHours(13), null, false),
            DemoOrder.DeliveredLongAgo => Scheduled(now.AddDays(-(settings.Returns.WindowDays + 30)).AddHours(19), TimeSpan.FromMinutes(5),
                now.AddDays(-(settings.Returns.WindowDays + 29)).AddHours(16), transit),
            DemoOrder.PartiallyReturned => Scheduled(now.AddDays(-40).AddHours(12), TimeSpan.FromMinutes(4), now.AddDays(-40).AddHours(16), transit),
            DemoOrder.Returned => Scheduled(now.AddDays(-120).AddHours(20), TimeSpan.FromMinutes(6), now.AddDays(-119).AddHours(16), transit),
            _ => new(now.AddDays(-15).AddHours(10), now.AddDays(-15).AddHours(10.1), now.AddDays(-15).AddHours(16),
                now.AddDays(-15 + transit).AddHours(12), now.AddDays(-15).AddHours(11), false),
        };
    }

    /// <summary>When the demo customer sends a returned order back: a few days after it arrived.</summary>
    public static DateTimeOffset ReturnStartedAt(OrderTimeline timeline) => timeline.DeliveryAt.AddDays(4).AddHours(2);

    private static OrderTimeline Scheduled(DateTimeOffset placedAt, TimeSpan paidAfter, DateTimeOffset dispatchAt, int transitDays) =>
        new(placedAt, placedAt + paidAfter, dispatchAt, new DateTimeOffset(dispatchAt.Date, TimeSpan.Zero).AddDays(transitDays).AddHours(12), null, false);
}
