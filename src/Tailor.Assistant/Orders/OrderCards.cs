using Tailor.Assistant.Respond;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>Builds the order card: every value read from the order, its latest parcel and the products on it.</summary>
public static class OrderCards
{
    private const int EventsShown = 5;

    public static OrderPart For(OrderFile file)
    {
        var order = file.Order;
        var shipment = order.Shipments.OrderByDescending(s => s.ShippedAt).FirstOrDefault();
        var events = order.Shipments.SelectMany(s => s.Events).OrderByDescending(e => e.At).Take(EventsShown)
            .Select(e => new OrderEventView(e.At, e.Description, e.Place)).ToList();
        return new OrderPart(
            order.Number, StatusNames.Code(order.Status), order.PlacedAt,
            file.Lines.Select(line => Item(line, file.ProductOf(line))).ToList(),
            order.Total, order.Currency,
            shipment?.Carrier, shipment?.TrackingNumber, shipment?.TrackingUrl,
            shipment is { DeliveredAt: null } ? shipment.EstimatedDelivery : null,
            events);
    }

    private static OrderItemView Item(OrderLine line, Product? product)
    {
        var image = product?.Images.OrderBy(i => i.Position).FirstOrDefault(i => string.Equals(i.Color, line.Color, StringComparison.OrdinalIgnoreCase))
            ?? product?.Images.OrderBy(i => i.Position).FirstOrDefault();
        var variant = string.Join(" / ", new[] { line.Color, line.Size }.Concat(line.Options.Select(o => o.Value)).Where(v => v.Length > 0));
        return new OrderItemView(line.Title, variant, line.Quantity, line.UnitPrice, image?.Url, ProductLinks.UrlOf(line.ProductHandle));
    }
}
