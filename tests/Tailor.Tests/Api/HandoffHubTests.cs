using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

/// <summary>The agent hub against the real server: sign-in, the live queue, the claim race and a full handoff round trip.</summary>
public sealed class HandoffHubTests : IClassFixture<HandoffServerFactory>, IAsyncLifetime
{
    private const string SamEmail = "sam@shop.test";
    private const string SamPassword = "tailor-sam-password-2";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly HandoffServerFactory server;
    private readonly HttpClient shopper;
    private readonly List<HubConnection> hubs = [];

    public HandoffHubTests(HandoffServerFactory server)
    {
        this.server = server;
        shopper = server.CreateClient();
    }

    public async Task InitializeAsync()
    {
        try { await server.AddAgentAsync(SamEmail, SamPassword, "Sam"); }
        catch (Xunit.Sdk.TrueException) { /* created by an earlier test on this shared server */ }
    }

    public async Task DisposeAsync()
    {
        foreach (var hub in hubs) await hub.DisposeAsync();
    }

    private async Task<HubConnection> ConnectAsync(string email, string password)
    {
        var hub = server.Hub(await server.SignInAsync(email, password));
        hubs.Add(hub);
        await hub.StartAsync();
        return hub;
    }

    private async Task<long> QueuedHandoffAsync(string conversationId)
    {
        using var console = server.ConsoleClient(await server.SignInAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword));
        var queue = await console.GetFromJsonAsync<JsonElement>("/agent/api/queue");
        return queue.GetProperty("waiting").EnumerateArray().Single(h => h.GetProperty("conversationId").GetString() == conversationId)
            .GetProperty("id").GetInt64();
    }

    private static string Texts(JsonElement reply) => string.Join(" ", reply.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()));

    [Fact]
    public async Task The_hub_and_the_console_api_refuse_anyone_not_signed_in()
    {
        var anonymous = server.Hub(cookie: "");
        hubs.Add(anonymous);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.CreateClient().GetAsync("/agent/api/queue")).StatusCode);

        var wrong = await server.CreateClient().PostAsJsonAsync("/agent/api/login", new { email = SamEmail, password = "not-the-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_an_admin_creates_agent_accounts_and_a_short_password_is_refused()
    {
        using var asAgent = server.ConsoleClient(await server.SignInAsync(SamEmail, SamPassword));
        var refused = await asAgent.PostAsJsonAsync("/agent/api/agents", new { email = "kim@shop.test", password = "kim-console-password", displayName = "Kim" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var asAdmin = server.ConsoleClient(await server.SignInAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword));
        var weak = await asAdmin.PostAsJsonAsync("/agent/api/agents", new { email = "kim@shop.test", password = "short", displayName = "Kim" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("password", (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var created = await asAdmin.PostAsJsonAsync("/agent/api/agents", new { email = "kim@shop.test", password = "kim-console-password", displayName = "Kim" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await server.SignInAsync("kim@shop.test", "kim-console-password");
    }

    [Fact]
    public async Task A_shopper_asking_for_a_person_appears_in_every_console_with_a_summary()
    {
        var lena = await ConnectAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword);
        var changed = Channel.CreateUnbounded<bool>();
        lena.On(AgentHubNames.QueueChanged, () => changed.Writer.TryWrite(true));

        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "show me jeans under 80");
        var asked = await HandoffServerFactory.SayAsync(shopper, id, "I want to talk to a real person");

        Assert.Contains("member of our team", Texts(asked));
        await changed.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        var handoffId = await QueuedHandoffAsync(id);
        using var console = server.ConsoleClient(await server.SignInAsync(SamEmail, SamPassword));
        var detail = await console.GetFromJsonAsync<JsonElement>($"/agent/api/handoffs/{handoffId}");
        Assert.Equal("ShopperAsked", detail.GetProperty("handoff").GetProperty("reason").GetString());
        Assert.Equal("search_products", detail.GetProperty("summary").GetProperty("intent").GetString());
        Assert.NotEmpty(detail.GetProperty("summary").GetProperty("products").EnumerateArray());
        Assert.Equal(5, detail.GetProperty("transcript").GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public async Task Two_agents_claiming_the_same_chat_at_once_exactly_one_gets_it()
    {
        var lena = await ConnectAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword);
        var sam = await ConnectAsync(SamEmail, SamPassword);
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "can I speak to a human please");
        var handoffId = await QueuedHandoffAsync(id);

        var outcomes = await Task.WhenAll(lena.InvokeAsync<string>("Claim", handoffId), sam.InvokeAsync<string>("Claim", handoffId));

        Assert.Equal(["conflict", "done"], outcomes.Order());
    }

    [Fact]
    public async Task Messages_go_both_ways_the_assistant_stays_silent_and_answers_again_once_handed_back()
    {
        var sam = await ConnectAsync(SamEmail, SamPassword);
        var seen = Channel.CreateUnbounded<JsonElement>();
        sam.On<JsonElement>(AgentHubNames.ConversationEvent, e => seen.Writer.TryWrite(e));
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "I want to talk to a person");
        var handoffId = await QueuedHandoffAsync(id);
        using var events = await ShopperEvents.OpenAsync(shopper, id);
        Assert.Equal("handoff.queued", (await events.NextAsync()).Type);

        Assert.Equal("done", await sam.InvokeAsync<string>("Claim", handoffId));
        var claimed = await events.NextAsync();
        Assert.Equal(("handoff.claimed", "Sam"), (claimed.Type, claimed.Data.GetProperty("agentName").GetString()));

        await sam.InvokeAsync<JsonElement>("Send", handoffId, "Hi, I'm Sam. How can I help?");
        var agentSays = await events.NextAsync();
        Assert.Equal("agent.message", agentSays.Type);
        Assert.Equal("Hi, I'm Sam. How can I help?", agentSays.Data.GetProperty("message").GetProperty("text").GetString());

        var whileWithAgent = await HandoffServerFactory.SayAsync(shopper, id, "my parcel never arrived");
        Assert.Empty(whileWithAgent.GetProperty("messages").EnumerateArray());
        JsonElement relayed;
        do relayed = await seen.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        while (relayed.GetProperty("type").GetString() != "shopper.message");
        Assert.Equal("my parcel never arrived", relayed.GetProperty("data").GetProperty("message").GetProperty("text").GetString());

        Assert.Equal("done", await sam.InvokeAsync<string>("HandBack", handoffId));
        var ended = await events.NextAsync();
        Assert.Equal(("handoff.ended", "HandedBack"), (ended.Type, ended.Data.GetProperty("outcome").GetString()));
        var botAgain = await HandoffServerFactory.SayAsync(shopper, id, "show me dresses");
        Assert.NotEmpty(botAgain.GetProperty("messages").EnumerateArray());
        Assert.Equal("assistant", botAgain.GetProperty("messages")[0].GetProperty("role").GetString());

        var transcript = await shopper.GetFromJsonAsync<JsonElement>($"/api/chat/conversations/{id}");
        var roles = transcript.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()).ToList();
        Assert.Equal(["assistant", "user", "assistant", "agent", "user", "assistant", "user", "assistant"], roles);
    }

    [Fact]
    public async Task An_agent_has_canned_replies_and_sends_product_cards_read_from_the_catalog()
    {
        var sam = await ConnectAsync(SamEmail, SamPassword);
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "I want to talk to a person");
        var handoffId = await QueuedHandoffAsync(id);
        Assert.Equal("done", await sam.InvokeAsync<string>("Claim", handoffId));
        using var console = server.ConsoleClient(await server.SignInAsync(SamEmail, SamPassword));
        var canned = await console.GetFromJsonAsync<Dictionary<string, string>>("/agent/api/canned");
        Assert.Contains("Greeting", canned!.Keys);

        var sent = await sam.InvokeAsync<JsonElement>("SendProducts", handoffId, "jeans under 80");

        var cards = sent.GetProperty("parts")[0].GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(cards);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        foreach (var card in cards)
        {
            Assert.InRange(card.GetProperty("price").GetDecimal(), 0, 80);
            var handle = card.GetProperty("handle").GetString();
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Handle == handle);
            Assert.Contains(product.Variants, v => v.Price == card.GetProperty("price").GetDecimal());
            Assert.Equal("Picked for you by Sam", card.GetProperty("reason").GetString());
        }
        var transcript = await shopper.GetFromJsonAsync<JsonElement>($"/api/chat/conversations/{id}");
        Assert.Equal("agent", transcript.GetProperty("messages").EnumerateArray().Last().GetProperty("role").GetString());
    }

    [Fact]
    public async Task Internal_notes_reach_the_agents_but_never_the_shopper()
    {
        var sam = await ConnectAsync(SamEmail, SamPassword);
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "I want to talk to a person");
        var handoffId = await QueuedHandoffAsync(id);
        Assert.Equal("done", await sam.InvokeAsync<string>("Claim", handoffId));
        using var events = await ShopperEvents.OpenAsync(shopper, id);
        Assert.Equal("handoff.claimed", (await events.NextAsync()).Type);

        Assert.True(await sam.InvokeAsync<bool>("Note", handoffId, "Customer sounds upset: offer free returns label"));
        await sam.InvokeAsync<JsonElement>("Send", handoffId, "I'm sorry about that.");

        // The next thing the shopper's stream carries is the agent's message: the note was never on it.
        Assert.Equal("agent.message", (await events.NextAsync()).Type);
        using var console = server.ConsoleClient(await server.SignInAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword));
        var detail = await console.GetFromJsonAsync<JsonElement>($"/agent/api/handoffs/{handoffId}");
        var note = Assert.Single(detail.GetProperty("notes").EnumerateArray());
        Assert.Equal(("Sam", "Customer sounds upset: offer free returns label"), (note.GetProperty("agentName").GetString(), note.GetProperty("text").GetString()));
        var transcript = await shopper.GetStringAsync($"/api/chat/conversations/{id}");
        Assert.DoesNotContain("free returns label", transcript);
    }

    [Fact]
    public async Task Handoff_metrics_need_the_admin_key_and_count_reasons_outcomes_and_first_reply_time()
    {
        var sam = await ConnectAsync(SamEmail, SamPassword);
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "talk to a human");
        var handoffId = await QueuedHandoffAsync(id);
        await sam.InvokeAsync<string>("Claim", handoffId);
        await sam.InvokeAsync<JsonElement>("Send", handoffId, "Hello, Sam here.");
        await sam.InvokeAsync<string>("Resolve", handoffId);

        Assert.Equal(HttpStatusCode.Unauthorized, (await shopper.GetAsync("/api/admin/handoff/metrics")).StatusCode);
        var metrics = await server.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/admin/handoff/metrics?days=7");
        Assert.True(metrics.GetProperty("handoffs").GetInt32() >= 1);
        Assert.InRange(metrics.GetProperty("handoffRate").GetDouble(), 0.0001, 1);
        Assert.True(metrics.GetProperty("reasons").GetProperty("ShopperAsked").GetInt32() >= 1);
        Assert.True(metrics.GetProperty("outcomes").GetProperty("Resolved").GetInt32() >= 1);
        Assert.True(metrics.GetProperty("averageSecondsToFirstReply").GetDouble() >= 0);
    }

    [Fact]
    public async Task A_queued_shopper_can_go_back_to_the_assistant()
    {
        await ConnectAsync(SamEmail, SamPassword);
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "let me talk to someone");
        await QueuedHandoffAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, (await shopper.PostAsync($"/api/chat/conversations/{id}/handoff/cancel", null)).StatusCode);
        var again = await shopper.PostAsync($"/api/chat/conversations/{id}/handoff/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.NotEmpty((await HandoffServerFactory.SayAsync(shopper, id, "jeans under 60")).GetProperty("messages").EnumerateArray());
    }
}
