using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Settings;
using Tailor.Server.Orders;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class StoreContentApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Active_promotions_are_all_running_now()
    {
        var promotions = await client.GetFromJsonAsync<List<JsonElement>>("/api/promotions/active");
        Assert.NotEmpty(promotions!);
        var now = DateTimeOffset.UtcNow;
        Assert.All(promotions!, p =>
        {
            Assert.True(p.GetProperty("startsAt").GetDateTimeOffset() <= now);
            if (p.GetProperty("endsAt").ValueKind != JsonValueKind.Null) Assert.True(p.GetProperty("endsAt").GetDateTimeOffset() > now);
        });
    }

    [Fact]
    public async Task Policies_are_listed_and_their_figures_match_the_store_settings()
    {
        var policies = await client.GetFromJsonAsync<List<JsonElement>>("/api/policies");
        Assert.True(policies!.Count >= 15);

        var settings = server.Services.GetRequiredService<StoreSettings>();
        var returns = policies.First(p => p.GetProperty("slug").GetString()!.Contains("return"));
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/policies/{returns.GetProperty("slug").GetString()}");
        Assert.Contains(settings.Returns.WindowDays.ToString(), page.GetProperty("markdown").GetString());
        Assert.Contains("<h", page.GetProperty("html").GetString());

        var missing = await client.GetAsync("/api/policies/no-such-policy");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/api/orders/TL-100001")]
    [InlineData("/api/customers/cus_000001")]
    public async Task Admin_endpoints_refuse_requests_without_the_right_key(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path)).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "X-Api-Key", "guess" } } };
        var response = await client.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await server.CreateAdminClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Order_lookup_accepts_the_number_as_shoppers_type_it_and_totals_add_up()
    {
        var admin = server.CreateAdminClient();
        var order = await admin.GetFromJsonAsync<OrderDto>("/api/orders/tl100001");
        Assert.Equal("TL-100001", order!.Number);
        Assert.Equal(order.Lines.Sum(l => l.Total) + order.ShippingCost, order.Total);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/orders/TL-999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/orders/banana")).StatusCode);
    }

    [Theory]
    [InlineData("/api/orders/100001")]
    [InlineData("/api/orders/%23TL-100001")]
    [InlineData("/api/orders/tl%20100001")]
    public async Task Order_lookup_ignores_the_prefix_hash_and_spaces(string path)
    {
        var order = await server.CreateAdminClient().GetFromJsonAsync<OrderDto>(path);

        Assert.Equal("TL-100001", order!.Number);
    }

    [Fact]
    public async Task Customer_lookup_shows_recent_orders_newest_first()
    {
        var admin = server.CreateAdminClient();
        var customer = await admin.GetFromJsonAsync<JsonElement>("/api/customers/cus_000001");
        var placed = customer.GetProperty("recentOrders").EnumerateArray().Select(o => o.GetProperty("placedAt").GetDateTimeOffset()).ToList();
        Assert.NotEmpty(placed);
        Assert.Equal(placed.OrderDescending(), placed);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/customers/cus_999999")).StatusCode);
    }
}
