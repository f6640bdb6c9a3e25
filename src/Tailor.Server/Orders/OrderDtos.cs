using Tailor.Domain.Catalog;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Server.Orders;

/// <summary>An order as the admin API shows it.</summary>
public sealed record OrderDto(
    string Number, string Status, string Email, string? CustomerId, string Currency,
    IReadOnlyList<OrderLineDto> Lines, decimal Subtotal, decimal Discount, decimal ShippingCost, decimal Total,
    string? PromotionCode, PaymentMethod Payment, Address ShippingAddress,
    DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ShippedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? CancelledAt,
    IReadOnlyList<ShipmentDto> Shipments)
{
    public static OrderDto From(Order o) => new(
        o.Number, StatusName(o.Status), o.Email, o.Customer?.ExternalId, o.Currency,
        o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineDto(l.Sku, l.ProductHandle, l.Title, l.Size, l.Color,
            l.Quantity, l.UnitPrice, l.Discount, l.Total, l.ReturnedQuantity, l.Options)).ToList(),
        o.Subtotal, o.Discount, o.ShippingCost, o.Total, o.PromotionCode, o.Payment, o.ShippingAddress,
        o.PlacedAt, o.UpdatedAt, o.ShippedAt, o.DeliveredAt, o.CancelledAt,
        o.Shipments.OrderBy(s => s.ShippedAt).Select(s => new ShipmentDto(s.Carrier, s.TrackingNumber, s.TrackingUrl,
            s.ShippedAt, s.EstimatedDelivery, s.DeliveredAt,
            s.Events.OrderByDescending(e => e.At).Select(e => new TrackingEventDto(e.At, e.Place, StatusName(e.Status), e.Description)).ToList()))
            .ToList());

    /// <summary>"PartiallyReturned" → "partially-returned", the spelling the API uses for enum values.</summary>
    public static string StatusName<T>(T value) where T : struct, Enum => StatusNames.Code(value);
}

/// <param name="Options">The store's other named options of the variant bought ("Fit: Petite"), beside size and colour.</param>
public sealed record OrderLineDto(string Sku, string ProductHandle, string Title, string Size, string Color,
    int Quantity, decimal UnitPrice, decimal Discount, decimal Total, int ReturnedQuantity, IReadOnlyList<VariantOption> Options);

public sealed record ShipmentDto(string Carrier, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt,
    DateOnly? EstimatedDelivery, DateTimeOffset? DeliveredAt, IReadOnlyList<TrackingEventDto> Events);

public sealed record TrackingEventDto(DateTimeOffset At, string Place, string Status, string Description);
