using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Orders;
using Tailor.Domain.Orders;
using Tailor.Server.Webhooks;

namespace Tailor.Tests.Api;

/// <summary>Outgoing order-care events: written with the change, delivered signed, retried with growing waits, then given up.</summary>
public sealed class WebhookOutboxTests(OrderCareServerFactory server) : IClassFixture<OrderCareServerFactory>
{
    private readonly HttpClient client = server.CreateClient();
    private WebhookSender Sender => server.Services.GetRequiredService<WebhookSender>();

    [Fact]
    public async Task A_cancellation_in_chat_is_sent_to_the_store_signed_and_retried_after_a_failure()
    {
        var pending = await server.ReadAsync(db => db.Orders.Where(o => o.Customer!.ExternalId == "cus_000001" && o.Status == OrderStatus.Pending).Select(o => o.Number).FirstAsync());
        var id = await StartAsync(server.TokenFor("cus_000001"));
        await SayAsync(id, $"cancel {pending}");
        await SayAsync(id, "i ordered it by mistake");
        await SayAsync(id, "yes");
        var queued = await server.ReadAsync(db => db.Outbox.SingleAsync(m => m.Type == "order.cancelled"));
        Assert.Contains(pending, queued.PayloadJson);

        var sentBefore = server.Backend.Received.Count;
        server.Backend.AnswerNext(HttpStatusCode.InternalServerError);
        Assert.Equal(0, await Sender.DeliverDueAsync(CancellationToken.None));
        var failed = await server.ReadAsync(db => db.Outbox.SingleAsync(m => m.Id == queued.Id));
        Assert.Equal((1, "HTTP 500 Internal Server Error"), (failed.Attempts, failed.LastError));
        Assert.Equal(server.Time.GetUtcNow() + TimeSpan.FromSeconds(30), failed.NextAttemptAt);

        Assert.Equal(0, await Sender.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(sentBefore + 1, server.Backend.Received.Count);
        server.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await Sender.DeliverDueAsync(CancellationToken.None));

        var (request, body) = server.Backend.Received[^1];
        Assert.Equal(OrderCareServerFactory.StoreUrl, request.RequestUri!.ToString());
        var timestamp = server.Time.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(timestamp.ToString(), request.Headers.GetValues(WebhookSignature.TimestampHeader).Single());
        // Signed over "timestamp.body" with the outbound key, which falls back to the shared Secret.
        Assert.True(WebhookSignature.IsValid(OrderCareServerFactory.Secret, timestamp, body, request.Headers.GetValues(WebhookSignature.SignatureHeader).Single()));
        Assert.False(WebhookSignature.IsValid(OrderCareServerFactory.InboundSecret, timestamp, body, request.Headers.GetValues(WebhookSignature.SignatureHeader).Single()));
        Assert.Equal(queued.EventId, request.Headers.GetValues(WebhookSignature.DeliveryHeader).Single());
        var payload = JsonDocument.Parse(body).RootElement;
        Assert.Equal("order.cancelled", payload.GetProperty("type").GetString());
        Assert.Equal(pending, payload.GetProperty("data").GetProperty("orderNumber").GetString());
        var delivered = await server.ReadAsync(db => db.Outbox.SingleAsync(m => m.Id == queued.Id));
        Assert.Equal(2, delivered.Attempts);
        Assert.NotNull(delivered.DeliveredAt);
    }

    [Fact]
    public async Task Delivery_waits_twice_as_long_after_each_failure_and_gives_up_after_the_last_attempt()
    {
        var message = OrderEvents.Outgoing("order.address_changed", new { orderNumber = "TL-000000" }, server.Time.GetUtcNow());
        await server.ReadAsync(async db =>
        {
            db.Outbox.Add(message);
            return await db.SaveChangesAsync();
        });
        server.Backend.AnswerNext(HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.BadGateway);

        var waits = new List<TimeSpan>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Sender.DeliverDueAsync(CancellationToken.None);
            var row = await server.ReadAsync(db => db.Outbox.SingleAsync(m => m.EventId == message.EventId));
            waits.Add(row.NextAttemptAt - server.Time.GetUtcNow());
            server.Time.Advance(waits[^1]);
        }

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120)], waits);
        var given = await server.ReadAsync(db => db.Outbox.SingleAsync(m => m.EventId == message.EventId));
        Assert.Equal(3, given.Attempts);
        Assert.NotNull(given.AbandonedAt);
        Assert.Null(given.DeliveredAt);
        await Sender.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(3, server.Backend.Received.Count(r => r.Request.Headers.GetValues(WebhookSignature.DeliveryHeader).Single() == message.EventId));
    }

    private async Task<string> StartAsync(string token)
    {
        var response = await client.PostAsJsonAsync("/api/chat/conversations", new { customerToken = token });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task SayAsync(string id, string text)
    {
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
