using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Audit;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Store.Persistence;

namespace Tailor.Server.Webhooks;

/// <summary>A delivery from the store: <c>{ "id": "dlv_…", "type": "order.status" | "order.shipment" | "return.status", "data": { … } }</c>.</summary>
public sealed record StoreUpdate(string? Id, string? Type, JsonElement Data);

public sealed record OrderStatusData(string? OrderNumber, string? Status, DateTimeOffset? At);

public sealed record ShipmentData(
    string? OrderNumber, string? Carrier, string? TrackingNumber, string? TrackingUrl, DateTimeOffset? ShippedAt,
    DateOnly? EstimatedDelivery, DateTimeOffset? DeliveredAt, List<ScanData>? Events);

public sealed record ScanData(DateTimeOffset At, string? Location, string? Status, string? Description);

public sealed record ReturnStatusData(string? Rma, string? Status);

/// <summary>Why an update could not be applied: the problem to answer with.</summary>
public sealed record UpdateProblem(int StatusCode, string Title, string Detail);

/// <summary>
/// Applies the store's status and shipment updates to orders and returns, with an audit row each. Unknown orders are
/// refused (not recorded as received), so the store can send the update again once the order is imported.
/// </summary>
public sealed class StoreUpdates(TailorDbContext db, TimeProvider time, OrderNumberOptions? numbers = null)
{
    public const string Actor = "store:webhook";
    public static readonly IReadOnlyList<string> Types = ["order.status", "order.shipment", "return.status"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Applies the update to the tracked entities (the caller saves); a problem when it cannot be applied.</summary>
    public async Task<UpdateProblem?> ApplyAsync(StoreUpdate update, CancellationToken ct)
    {
        try
        {
            return update.Type switch
            {
                "order.status" => await StatusAsync(update.Data.Deserialize<OrderStatusData>(Json)!, ct),
                "order.shipment" => await ShipmentAsync(update.Data.Deserialize<ShipmentData>(Json)!, ct),
                _ => await ReturnAsync(update.Data.Deserialize<ReturnStatusData>(Json)!, ct),
            };
        }
        catch (JsonException e)
        {
            return Invalid($"The data of a {update.Type} update could not be read: {e.Message}");
        }
    }

    private async Task<UpdateProblem?> StatusAsync(OrderStatusData data, CancellationToken ct)
    {
        if (!StatusNames.TryParse<OrderStatus>(data.Status, out var status))
            return Invalid($"'{data.Status}' is not an order status; use one of {string.Join(", ", Enum.GetValues<OrderStatus>().Select(StatusNames.Code))}.");
        if (await OrderAsync(data.OrderNumber, ct) is not { } order) return UnknownOrder(data.OrderNumber);
        var before = Snapshot(order);
        var at = data.At ?? time.GetUtcNow();
        order.Status = status;
        if (status == OrderStatus.Shipped) order.ShippedAt ??= at;
        if (status == OrderStatus.Delivered) order.DeliveredAt = at;
        if (status == OrderStatus.Cancelled) order.CancelledAt = at;
        Audit(order, "order.status_updated", before);
        return null;
    }

    private async Task<UpdateProblem?> ShipmentAsync(ShipmentData data, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(data.TrackingNumber) || string.IsNullOrWhiteSpace(data.Carrier))
            return Invalid("A shipment update needs data.carrier and data.trackingNumber.");
        if (await OrderAsync(data.OrderNumber, ct) is not { } order) return UnknownOrder(data.OrderNumber);
        var before = Snapshot(order);
        var shipment = order.Shipments.FirstOrDefault(s => s.TrackingNumber == data.TrackingNumber);
        if (shipment is null)
        {
            shipment = new Shipment { Carrier = data.Carrier, TrackingNumber = data.TrackingNumber, ShippedAt = data.ShippedAt ?? time.GetUtcNow() };
            order.Shipments.Add(shipment);
        }
        shipment.Carrier = data.Carrier;
        shipment.TrackingUrl = data.TrackingUrl ?? shipment.TrackingUrl;
        shipment.EstimatedDelivery = data.EstimatedDelivery ?? shipment.EstimatedDelivery;
        // Scans already known are kept once; the list is rebuilt so EF Core sees the owned collection change.
        var scans = shipment.Events.ToList();
        foreach (var scan in data.Events ?? [])
            if (!scans.Any(e => e.At == scan.At && e.Description == scan.Description))
                scans.Add(new TrackingEvent
                {
                    At = scan.At, Place = scan.Location ?? "", Description = scan.Description ?? "",
                    Status = StatusNames.TryParse<TrackingStatus>(scan.Status, out var s) ? s : TrackingStatus.InTransit,
                });
        shipment.Events = scans.OrderBy(e => e.At).ToList();
        if (order.Status is OrderStatus.Pending or OrderStatus.Processing)
        {
            order.Status = OrderStatus.Shipped;
            order.ShippedAt ??= shipment.ShippedAt;
        }
        if (data.DeliveredAt is { } delivered)
        {
            shipment.DeliveredAt = delivered;
            if (order.Status == OrderStatus.Shipped) (order.Status, order.DeliveredAt) = (OrderStatus.Delivered, delivered);
        }
        Audit(order, "order.shipment_updated", before);
        return null;
    }

    private async Task<UpdateProblem?> ReturnAsync(ReturnStatusData data, CancellationToken ct)
    {
        if (!StatusNames.TryParse<ReturnStatus>(data.Status, out var status))
            return Invalid($"'{data.Status}' is not a return status; use one of {string.Join(", ", Enum.GetValues<ReturnStatus>().Select(StatusNames.Code))}.");
        var request = await db.Returns.FirstOrDefaultAsync(r => r.Rma == data.Rma, ct);
        if (request is null)
            return new UpdateProblem(StatusCodes.Status404NotFound, "Return not found", $"No return has the RMA number '{data.Rma}'.");
        var before = JsonSerializer.Serialize(new { status = StatusNames.Code(request.Status) }, Json);
        (request.Status, request.UpdatedAt) = (status, time.GetUtcNow());
        // An exchange's held replacement is sent, or goes back on sale when the exchange will not happen.
        if (status is ReturnStatus.Exchanged or ReturnStatus.Cancelled or ReturnStatus.Rejected)
        {
            var held = await db.StockReservations.Where(r => r.Rma == request.Rma && r.Status == ReservationStatus.Held).ToListAsync(ct);
            foreach (var reservation in held)
            {
                (reservation.Status, reservation.ClosedAt) = (status == ReturnStatus.Exchanged ? ReservationStatus.Fulfilled : ReservationStatus.Released, time.GetUtcNow());
                if (reservation.Status == ReservationStatus.Released)
                    await db.Variants.Where(v => v.Sku == reservation.Sku).ExecuteUpdateAsync(v => v.SetProperty(x => x.Stock, x => x.Stock + reservation.Quantity), ct);
            }
        }
        db.AuditLog.Add(new AuditEntry
        {
            At = time.GetUtcNow(), Actor = Actor, Action = "return.status_updated", Subject = request.OrderNumber, Reference = request.Rma,
            BeforeJson = before, AfterJson = JsonSerializer.Serialize(new { status = StatusNames.Code(status) }, Json),
        });
        return null;
    }

    // The store's platform sends its numbers as it writes them ("#1001"); look-ups ignore case, "#" and the prefix.
    private Task<Order?> OrderAsync(string? number, CancellationToken ct) =>
        OrderNumber.IsPlausible(number)
            ? db.Orders.Include(o => o.Shipments).WithNumber(number!, (numbers ?? new OrderNumberOptions()).Prefix).FirstOrDefaultAsync(ct)
            : Task.FromResult<Order?>(null);

    private void Audit(Order order, string action, string before)
    {
        order.UpdatedAt = time.GetUtcNow();
        db.AuditLog.Add(new AuditEntry
        {
            At = order.UpdatedAt, Actor = Actor, Action = action, Subject = order.Number, BeforeJson = before, AfterJson = Snapshot(order),
        });
    }

    private static string Snapshot(Order order) => JsonSerializer.Serialize(new
    {
        status = StatusNames.Code(order.Status), order.ShippedAt, order.DeliveredAt,
        shipments = order.Shipments.Select(s => new { s.Carrier, s.TrackingNumber, s.EstimatedDelivery, s.DeliveredAt, scans = s.Events.Count }),
    }, Json);

    private static UpdateProblem Invalid(string detail) => new(StatusCodes.Status400BadRequest, "The update is not valid.", detail);

    private static UpdateProblem UnknownOrder(string? number) => new(StatusCodes.Status404NotFound, "Order not found",
        $"No order has the number '{number}'. Import the order first (POST /api/admin/import/orders), then send the update again.");
}
