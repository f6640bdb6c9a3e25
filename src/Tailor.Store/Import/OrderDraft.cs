using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Store.Import;

/// <summary>An order as the JSON file describes it, validated; lines are resolved against the catalog when written.</summary>
internal sealed record OrderDraft(
    int Row, string Number, string? CustomerExternalId, string? Email, OrderStatus Status, string Currency,
    DateTimeOffset PlacedAt, IReadOnlyList<OrderLineDraft> Lines, decimal ShippingCost, string? PromotionCode,
    PaymentMethod Payment, Address? ShippingAddress, IReadOnlyList<ShipmentDraft> Shipments,
    DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? CancelledAt, DateTimeOffset? UpdatedAt)
{
    /// <summary>The last thing known to have happened to the order, for its UpdatedAt when the file gives none (re-imports stay identical).</summary>
    public DateTimeOffset LastEvent => new[] { PlacedAt, ShippedAt, DeliveredAt, CancelledAt }
        .Concat(Shipments.SelectMany(s => s.Events.Select(e => (DateTimeOffset?)e.At)))
        .Max() ?? PlacedAt;
}

/// <summary>One bought SKU; title, size, colour and category come from the catalog, the price too when the file has none.</summary>
internal sealed record OrderLineDraft(string SkuField, string Sku, int Quantity, decimal? UnitPrice, decimal Discount, int? ReturnedQuantity);

internal sealed record ShipmentDraft(
    string Carrier, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt, DateOnly? EstimatedDelivery,
    DateTimeOffset? DeliveredAt, IReadOnlyList<TrackingEvent> Events);
