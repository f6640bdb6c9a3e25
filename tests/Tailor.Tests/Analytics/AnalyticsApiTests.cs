using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Tests.Api;

namespace Tailor.Tests.Analytics;

/// <summary>The console's analytics, explorer and the metrics scrape on the real server: who may read them and what they show.</summary>
public sealed class AnalyticsApiTests(HandoffServerFactory server) : IClassFixture<HandoffServerFactory>
{
    private const string AgentEmail = "sam.analytics@shop.test";
    private const string AgentPassword = "sam-analytics-password-1";

    [Fact]
    public async Task Analytics_and_the_explorer_are_for_admins_only()
    {
        await server.AddAgentAsync(AgentEmail, AgentPassword, "Sam");
        using var agent = server.ConsoleClient(await server.SignInAsync(AgentEmail, AgentPassword));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/agent/api/analytics/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/agent/api/explorer/conversations")).StatusCode);
        using var anonymous = server.CreateClient(new() { HandleCookies = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/agent/api/analytics/export.csv")).StatusCode);
    }

    [Fact]
    public async Task A_conversation_shows_in_the_figures_the_explorer_and_the_export()
    {
        var shopper = server.CreateClient();
        var id = await server.StartChatAsync(shopper);
        var found = await HandoffServerFactory.SayAsync(shopper, id, "show me black jeans");
        var handle = found.GetProperty("messages")[0].GetProperty("parts").EnumerateArray()
            .First(p => p.GetProperty("type").GetString() == "products").GetProperty("items")[0].GetProperty("handle").GetString();
        await HandoffServerFactory.SayAsync(shopper, id, "what is your returns policy?");
        Assert.Equal(HttpStatusCode.NoContent, (await shopper.PostAsJsonAsync($"/api/chat/conversations/{id}/cart", new { handle })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await shopper.PostAsJsonAsync($"/api/chat/conversations/{id}/cart", new { handle })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.PostAsJsonAsync($"/api/chat/conversations/{id}/cart", new { handle = "no-such-product" })).StatusCode);

        using var admin = server.ConsoleClient(await server.SignInAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword));
        var view = await admin.GetFromJsonAsync<JsonElement>("/agent/api/analytics/");
        var report = view.GetProperty("report");
        Assert.True(report.GetProperty("conversations").GetInt32() >= 1);
        Assert.True(report.GetProperty("cart").GetProperty("addedToCart").GetInt32() >= 1, "a product added twice from one chat counts once, but it counts");
        Assert.Contains(report.GetProperty("latency").EnumerateArray(), l => l.GetProperty("stage").GetString() == "understand");

        var page = await admin.GetFromJsonAsync<JsonElement>("/agent/api/explorer/conversations?q=black%20jeans&outcome=answered_with_products");
        var row = Assert.Single(page.GetProperty("conversations").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        Assert.Equal(2, row.GetProperty("turns").GetInt32());
        Assert.Equal("AnsweredPolicy", row.GetProperty("lastOutcome").GetString());
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/agent/api/explorer/conversations/{id}");
        var turns = detail.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("turn").ValueKind == JsonValueKind.Object)
            .Select(m => m.GetProperty("turn")).ToList();
        Assert.Equal(["AnsweredWithProducts", "AnsweredPolicy"], turns.Select(t => t.GetProperty("outcome").GetString()));
        Assert.All(turns, t => Assert.True(t.GetProperty("milliseconds").GetDouble() > 0));

        var csv = await admin.GetAsync("/agent/api/analytics/export.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("section,name,value\n", await csv.Content.ReadAsStringAsync());
        var invalid = await admin.GetAsync("/agent/api/analytics/?from=2026-12-01&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Prometheus_metrics_need_the_admin_key_and_carry_the_assistant_s_turns()
    {
        var shopper = server.CreateClient();
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "show me dresses");

        using var anonymous = server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        using var admin = server.CreateAdminClient();
        var scrape = await admin.GetStringAsync("/metrics");
        Assert.Contains("tailor_turns_total{", scrape);
        Assert.Contains("tailor_turn_stage_duration_milliseconds_bucket{", scrape);
        Assert.Contains("outcome=\"AnsweredWithProducts\"", scrape);
    }
}
