using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Webhooks;
using Tailor.Server.Webhooks;

namespace Tailor.Tests.Api;

/// <summary>POST /api/webhooks/orders against the real server: only signed, fresh, new deliveries change anything.</summary>
public sealed class OrderWebhookTests(OrderCareServerFactory server) : IClassFixture<OrderCareServerFactory>
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task A_signed_shipment_update_ships_the_order_and_is_audited()
    {
        var order = await OrderInAsync(OrderStatus.Processing);
        var response = await SendAsync(Shipment("dlv-ship-1", order.Number, "RM123456789GB"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var after = await server.ReadAsync(db => db.Orders.Include(o => o.Shipments).SingleAsync(o => o.Id == order.Id));
        Assert.Equal(OrderStatus.Shipped, after.Status);
        var shipment = Assert.Single(after.Shipments);
        Assert.Equal("RM123456789GB", shipment.TrackingNumber);
        Assert.Equal(["Parcel collected by Royal Mail"], shipment.Events.Select(e => e.Description));
        Assert.Equal(1, await server.ReadAsync(db => db.AuditLog.CountAsync(a => a.Subject == order.Number && a.Actor == StoreUpdates.Actor)));
    }

    [Fact]
    public async Task A_bad_signature_is_rejected_and_changes_nothing()
    {
        var order = await OrderInAsync(OrderStatus.Pending);
        var body = Status("dlv-forged", order.Number, "cancelled");

        var forged = await SendAsync(body, signature: WebhookSignature.Sign("not-the-secret-not-the-secret-not-the", server.Time.GetUtcNow().ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body)));
        var missing = await SendAsync(body, signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Equal(OrderStatus.Pending, await server.ReadAsync(db => db.Orders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        Assert.False(await server.ReadAsync(db => db.ReceivedWebhooks.AnyAsync(r => r.DeliveryId == "dlv-forged")));
    }

    [Fact]
    public async Task A_replayed_delivery_is_rejected_and_applied_once()
    {
        var order = await OrderInAsync(OrderStatus.Shipped);
        var body = Shipment("dlv-replay", order.Number, "RM000000001GB");

        var first = await SendAsync(body);
        var again = await SendAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await server.ReadAsync(db => db.AuditLog.CountAsync(a => a.Subject == order.Number && a.Action == "order.shipment_updated")));
    }

    [Fact]
    public async Task A_stale_timestamp_is_rejected()
    {
        var order = await OrderInAsync(OrderStatus.Delivered);
        var response = await SendAsync(Status("dlv-stale", order.Number, "returned"), sentAt: server.Time.GetUtcNow().AddMinutes(-6));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Timestamp", await response.Content.ReadAsStringAsync());
        Assert.Equal(OrderStatus.Delivered, await server.ReadAsync(db => db.Orders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_update_for_an_unknown_order_is_refused_and_can_be_sent_again()
    {
        var response = await SendAsync(Status("dlv-unknown", "TL-999999", "shipped"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Import the order first", await response.Content.ReadAsStringAsync());
        Assert.False(await server.ReadAsync(db => db.ReceivedWebhooks.AnyAsync(r => r.DeliveryId == "dlv-unknown")));
    }

    [Fact]
    public async Task An_invalid_status_gets_a_problem_naming_the_valid_ones()
    {
        var order = await OrderInAsync(OrderStatus.Delivered);
        var response = await SendAsync(Status("dlv-bad-status", order.Number, "teleported"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("partially-returned", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cancelled_exchange_puts_its_reserved_stock_back_on_sale()
    {
        var (rma, sku, stock) = await server.ReadAsync(async db =>
        {
            var request = await db.Returns.FirstAsync(r => r.Status == ReturnStatus.LabelIssued || r.Status == ReturnStatus.Requested || r.Status == ReturnStatus.InTransit);
            var variant = await db.Variants.OrderBy(v => v.Id).FirstAsync(v => v.Stock > 0);
            return (request.Rma, variant.Sku, variant.Stock);
        });
        await server.ReadAsync(async db =>
        {
            db.StockReservations.Add(new StockReservation { Sku = sku, Quantity = 2, Rma = rma, CreatedAt = server.Time.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        var response = await SendAsync(JsonSerializer.Serialize(new { id = "dlv-exchange-cancel", type = "return.status", data = new { rma, status = "cancelled" } }));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(stock + 2, await server.ReadAsync(db => db.Variants.Where(v => v.Sku == sku).Select(v => v.Stock).SingleAsync()));
        Assert.Equal(ReservationStatus.Released, await server.ReadAsync(db => db.StockReservations.Where(r => r.Rma == rma).Select(r => r.Status).SingleAsync()));
        Assert.Equal(ReturnStatus.Cancelled, await server.ReadAsync(db => db.Returns.Where(r => r.Rma == rma).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_signed_body_sent_again_under_a_fresh_timestamp_is_rejected()
    {
        var order = await OrderInAsync(OrderStatus.Delivered);
        var body = Status("dlv-retimed", order.Number, "returned");
        // Captured six minutes ago with its signature; the attacker puts the current time in the header.
        var captured = WebhookSignature.Sign(OrderCareServerFactory.InboundSecret, server.Time.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body));

        var response = await SendAsync(body, signature: captured);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(OrderStatus.Delivered, await server.ReadAsync(db => db.Orders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_update_signed_with_the_outbound_key_is_rejected()
    {
        var order = await OrderInAsync(OrderStatus.Delivered);
        var body = Status("dlv-outbound-key", order.Number, "returned");

        var response = await SendAsync(body, signature: WebhookSignature.Sign(OrderCareServerFactory.Secret, server.Time.GetUtcNow().ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Received_ids_older_than_twice_the_tolerance_are_pruned_and_recent_ones_kept()
    {
        var now = server.Time.GetUtcNow();
        await server.ReadAsync(async db =>
        {
            db.ReceivedWebhooks.AddRange(
                new ReceivedWebhook { DeliveryId = "dlv-old", Type = "order.status", ReceivedAt = now.AddMinutes(-11) },
                new ReceivedWebhook { DeliveryId = "dlv-recent", Type = "order.status", ReceivedAt = now.AddMinutes(-9) });
            return await db.SaveChangesAsync();
        });
        var order = await OrderInAsync(OrderStatus.Delivered);

        var response = await SendAsync(Status("dlv-prune", order.Number, "returned"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var kept = await server.ReadAsync(db => db.ReceivedWebhooks.Where(r => r.DeliveryId.StartsWith("dlv-")).Select(r => r.DeliveryId).ToListAsync());
        Assert.DoesNotContain("dlv-old", kept);
        Assert.Contains("dlv-recent", kept);
    }

    private async Task<HttpResponseMessage> SendAsync(string body, string? signature = "", DateTimeOffset? sentAt = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (sentAt ?? server.Time.GetUtcNow()).ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/orders") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
            request.Headers.Add(WebhookSignature.SignatureHeader, signature == "" ? WebhookSignature.Sign(OrderCareServerFactory.InboundSecret, timestamp, bytes) : signature);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString());
        return await client.SendAsync(request);
    }

    // Each test takes its own order: they share one server.
    private static readonly HashSet<string> Taken = [];

    private async Task<Order> OrderInAsync(OrderStatus status)
    {
        var orders = await server.ReadAsync(db => db.Orders.Where(o => o.Status == status).OrderByDescending(o => o.PlacedAt).ToListAsync());
        lock (Taken) return orders.First(o => Taken.Add(o.Number));
    }

    private string Shipment(string id, string number, string tracking) => JsonSerializer.Serialize(new
    {
        id, type = "order.shipment",
        data = new
        {
            orderNumber = number, carrier = "Royal Mail", trackingNumber = tracking, shippedAt = server.Time.GetUtcNow(),
            estimatedDelivery = DateOnly.FromDateTime(server.Time.GetUtcNow().UtcDateTime.AddDays(3)),
            events = new[] { new { at = server.Time.GetUtcNow(), location = "Milton Keynes", status = "picked-up", description = "Parcel collected by Royal Mail" } },
        },
    });

    private static string Status(string id, string number, string status) =>
        JsonSerializer.Serialize(new { id, type = "order.status", data = new { orderNumber = number, status } });
}
