using System.Runtime.CompilerServices;
using Tailor.Domain.Orders;

namespace Tailor.Store.Import;

/// <summary>
/// Reads orders from JSON (an <c>orders</c> array, or a bare array); row N is the Nth order. Any bad field rejects
/// the whole order, since its totals depend on every line.
/// </summary>
internal static class OrderJsonReader
{
    public static async IAsyncEnumerable<Parsed<OrderDraft>> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in JsonArrayReader.ReadAsync(input, "orders", ct).WithCancellation(ct))
        {
            if (item.Unreadable is { } broken)
            {
                yield return Parsed<OrderDraft>.Rejected(broken);
                yield break;
            }
            yield return Read(item);
        }
    }

    private static Parsed<OrderDraft> Read(JsonItem item)
    {
        var check = new RowValidator(item.Row);
        if (JsonFields.Root(item, check, "order") is not { } f) return Parsed<OrderDraft>.Rejected(check.Errors);
        var number = check.Required("number", f.Text("number"), 32);
        // Numbers that follow the store's own format are stored as shoppers' look-ups normalise them ("tl100023" → "TL-100023").
        if (number is not null && OrderNumber.TryNormalize(number, out var normalized)) number = normalized;
        var customer = check.Optional("customerExternalId", f.Text("customerExternalId"), 100);
        var email = check.Email("email", f.Text("email"), required: false);
        if (customer is null && email is null && !f.Has("email")) check.Fail("email", "is required when customerExternalId is not given");
        var status = check.Choice<OrderStatus>("status", f.Text("status"), required: true);
        var currency = check.Currency("currency", f.Text("currency"), "GBP");
        var placedAt = check.Instant("placedAt", f.Text("placedAt"), required: true);
        var lines = f.Objects("lines").Select(l => Line(l.Fields, check)).OfType<OrderLineDraft>().ToList();
        if (lines.Count == 0 && check.IsValid) check.Fail("lines", "is required: an order needs at least one line");
        var shipping = check.Amount("shippingCost", f.Text("shippingCost")) ?? 0;
        var payment = f.Object("payment") is { } p ? Payment(p, check) : new PaymentMethod();
        var address = f.Object("shippingAddress") is { } a ? JsonAddress.Read(a, check) : null;
        var shipments = f.Objects("shipments").Select(s => Shipment(s.Fields, check)).OfType<ShipmentDraft>().ToList();
        var draft = new OrderDraft(item.Row, number ?? "", customer, email, status ?? default, currency ?? "",
            placedAt ?? default, lines, shipping, check.Optional("promotionCode", f.Text("promotionCode"), 50), payment, address, shipments,
            check.Instant("shippedAt", f.Text("shippedAt"), required: false), check.Instant("deliveredAt", f.Text("deliveredAt"), required: false),
            check.Instant("cancelledAt", f.Text("cancelledAt"), required: false), check.Instant("updatedAt", f.Text("updatedAt"), required: false));
        return check.IsValid ? new Parsed<OrderDraft>(draft, []) : Parsed<OrderDraft>.Rejected(check.Errors);
    }

    private static OrderLineDraft? Line(JsonFields l, RowValidator check)
    {
        var sku = check.Required(l.PathOf("sku"), l.Text("sku"), RowValidator.MaxSku);
        var quantity = check.Quantity(l.PathOf("quantity"), l.Text("quantity"));
        var unitPrice = check.Price(l.PathOf("unitPrice"), l.Text("unitPrice"), required: false);
        var discount = check.Amount(l.PathOf("discount"), l.Text("discount")) ?? 0;
        var returned = check.Count(l.PathOf("returnedQuantity"), l.Text("returnedQuantity"));
        if (sku is null || quantity is null) return null;
        if (unitPrice is { } price && discount > price * quantity.Value)
            check.Fail(l.PathOf("discount"), $"{discount} is more than the line costs ({price * quantity.Value})");
        if (returned > quantity) check.Fail(l.PathOf("returnedQuantity"), $"{returned} is more than the {quantity} bought");
        return new OrderLineDraft(l.PathOf("sku"), sku, quantity.Value, unitPrice, discount, returned);
    }

    private static PaymentMethod Payment(JsonFields p, RowValidator check) => new()
    {
        Type = check.Optional(p.PathOf("type"), p.Text("type"), 32)?.ToLowerInvariant() ?? "card",
        Brand = check.Optional(p.PathOf("brand"), p.Text("brand"), 32),
        Last4 = check.Last4(p.PathOf("last4"), p.Text("last4")),
    };

    private static ShipmentDraft? Shipment(JsonFields s, RowValidator check)
    {
        var carrier = check.Required(s.PathOf("carrier"), s.Text("carrier"), 50);
        var tracking = check.Required(s.PathOf("trackingNumber"), s.Text("trackingNumber"), 100);
        var shippedAt = check.Instant(s.PathOf("shippedAt"), s.Text("shippedAt"), required: true);
        var events = s.Objects("events").Select(e => Event(e.Fields, check)).OfType<TrackingEvent>().OrderBy(e => e.At).ToList();
        var trackingUrl = check.Url(s.PathOf("trackingUrl"), s.Text("trackingUrl"), required: false);
        var estimated = check.Date(s.PathOf("estimatedDelivery"), s.Text("estimatedDelivery"));
        var deliveredAt = check.Instant(s.PathOf("deliveredAt"), s.Text("deliveredAt"), required: false);
        if (carrier is null || tracking is null || shippedAt is null) return null;
        return new ShipmentDraft(carrier, tracking, trackingUrl, shippedAt.Value, estimated, deliveredAt, events);
    }

    private static TrackingEvent? Event(JsonFields e, RowValidator check)
    {
        var at = check.Instant(e.PathOf("at"), e.Text("at"), required: true);
        var status = check.Choice<TrackingStatus>(e.PathOf("status"), e.Text("status"), required: true);
        if (at is null || status is null) return null;
        return new TrackingEvent
        {
            At = at.Value, Status = status.Value,
            Place = check.Optional(e.PathOf("place"), e.Text("place")) ?? "",
            Description = check.Optional(e.PathOf("description"), e.Text("description"), 500) ?? "",
        };
    }
}
