using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Customers;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

/// <summary>Order care through the chat API: the customer token, and the order card as the widget receives it.</summary>
[Collection(ServerCollection.Name)]
public sealed class OrderChatApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task A_valid_customer_token_greets_the_customer_by_name_and_an_invalid_one_means_a_guest()
    {
        var token = server.Services.GetRequiredService<CustomerTokens>().Issue("cus_000001");

        var signedIn = await StartAsync(new { customerToken = token });
        var forged = await StartAsync(new { customerToken = token[..^4] + "AAAA" });

        Assert.Contains("Emma", Text(signedIn));
        Assert.DoesNotContain("Emma", Text(forged));
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var ids = new[] { Id(signedIn), Id(forged) };
        var customers = await db.Conversations.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CustomerId);
        Assert.NotNull(customers[Id(signedIn)]);
        Assert.Null(customers[Id(forged)]);
    }

    [Fact]
    public async Task The_order_card_has_the_shape_the_widget_renders()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var shipped = await db.Orders.Include(o => o.Shipments).FirstAsync(o => o.Customer!.ExternalId == "cus_000001" && o.Status == OrderStatus.Shipped);
        var conversation = await StartAsync(new { customerToken = scope.ServiceProvider.GetRequiredService<CustomerTokens>().Issue("cus_000001") });

        var reply = await SendAsync(Id(conversation), $"where is {shipped.Number}");

        var card = Parts(reply).Single(p => p.GetProperty("type").GetString() == "order");
        Assert.Equal(
            ["type", "number", "status", "placedAt", "items", "total", "currency", "carrier", "trackingNumber", "trackingUrl", "eta", "events"],
            card.EnumerateObject().Select(p => p.Name));
        Assert.Equal(shipped.Number, card.GetProperty("number").GetString());
        Assert.Equal("shipped", card.GetProperty("status").GetString());
        Assert.Equal(shipped.Shipments.Single().TrackingNumber, card.GetProperty("trackingNumber").GetString());
        var item = card.GetProperty("items").EnumerateArray().First();
        Assert.Equal(["title", "variant", "quantity", "price", "imageUrl", "url"], item.EnumerateObject().Select(p => p.Name));
        var scan = card.GetProperty("events").EnumerateArray().First();
        Assert.Equal(["at", "description", "location"], scan.EnumerateObject().Select(p => p.Name));
    }

    private async Task<JsonElement> StartAsync(object body) =>
        await (await client.PostAsJsonAsync("/api/chat/conversations", body)).Content.ReadFromJsonAsync<JsonElement>();

    private async Task<JsonElement> SendAsync(string id, string text) =>
        await (await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text })).Content.ReadFromJsonAsync<JsonElement>();

    private static string Id(JsonElement conversation) => conversation.GetProperty("id").GetString()!;

    private static IEnumerable<JsonElement> Parts(JsonElement reply) =>
        reply.GetProperty("messages").EnumerateArray().SelectMany(m => m.GetProperty("parts").EnumerateArray());

    private static string Text(JsonElement reply) =>
        string.Join(" ", Parts(reply).Where(p => p.GetProperty("type").GetString() == "text").Select(p => p.GetProperty("text").GetString()));
}
