using Tailor.Domain.Orders;

namespace Tailor.Store.Demo.Orders;

/// <summary>
/// When things happen to an order. Its status is read off the timeline against "now", so an order placed late
/// last night is still pending and one shipped two days ago to Spain is still on its way.
/// </summary>
internal sealed record OrderTimeline(
    DateTimeOffset PlacedAt,
    DateTimeOffset PaidAt,
    DateTimeOffset DispatchAt,
    DateTimeOffset DeliveryAt,
    DateTimeOffset? CancelAt,
    bool Delayed)
{
    public OrderStatus StatusAt(DateTimeOffset now) =>
        CancelAt is { } cancel && cancel <= now ? OrderStatus.Cancelled
        : now < PaidAt ? OrderStatus.Pending
        : now < DispatchAt ? OrderStatus.Processing
        : now < DeliveryAt ? OrderStatus.Shipped
        : OrderStatus.Delivered;
}
