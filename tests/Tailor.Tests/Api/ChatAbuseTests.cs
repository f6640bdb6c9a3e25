using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Conversations;

namespace Tailor.Tests.Api;

/// <summary>What a stranger can do to the chat API with made-up ids and oversized requests: nothing that lasts.</summary>
[Collection(ServerCollection.Name)]
public sealed class ChatAbuseTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Messages_to_made_up_conversations_are_not_found_and_leave_no_lock_behind()
    {
        var locks = server.Services.GetRequiredService<ConversationLocks>();
        for (var i = 0; i < 50; i++)
        {
            var response = await client.PostAsJsonAsync($"/api/chat/conversations/made-up-{i}/messages", new { text = "hello" });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task A_conversation_id_longer_than_any_real_one_is_not_routed()
    {
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{new string('a', 5000)}/messages", new { text = "hello" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_chat_body_over_16_KB_is_refused_before_it_is_parsed()
    {
        var id = await StartAsync();
        // Valid JSON whose message the guard alone would refuse as too long: the size is what is refused here.
        var body = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { text = new string('a', 17 * 1024) }),
            System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync($"/api/chat/conversations/{id}/messages", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Outside_development_the_storefront_offers_no_one_click_sign_in()
    {
        var page = await client.GetStringAsync("/account");

        Assert.DoesNotContain("demo-sign-in", page, StringComparison.Ordinal);
        Assert.Contains("sign-in-unavailable", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_not_sniffed_and_the_agent_console_cannot_be_framed()
    {
        using var console = await client.GetAsync("/agent");
        using var storefront = await client.GetAsync("/");

        Assert.Equal("nosniff", console.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", console.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'self'", storefront.Headers.GetValues("Content-Security-Policy").Single());
    }

    private async Task<string> StartAsync()
    {
        var response = await client.PostAsJsonAsync("/api/chat/conversations", new { });
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
    }
}
