using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Tailor.Tests.Api;

/// <summary>Rate limits on the chat API and agent sign-in: 429 problem details with Retry-After, per client and per conversation.</summary>
public sealed class RateLimitTests(HandoffServerFactory server) : IClassFixture<HandoffServerFactory>
{
    [Fact]
    public async Task Starting_chats_too_fast_from_one_address_gets_429_with_retry_after_and_other_addresses_go_on()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++) statuses.Add((await PostAsync("/api/chat/conversations", new { }, "203.0.113.10")).StatusCode);

        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.Created, s));
        var refused = await PostAsync("/api/chat/conversations", new { }, "203.0.113.10");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Response.Headers.RetryAfter?.Delta?.TotalSeconds is > 0 and <= 60, refused.Response.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", refused.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/chat/conversations", new { }, "203.0.113.11")).StatusCode);
    }

    [Fact]
    public async Task A_stranger_guessing_passwords_is_slowed_but_never_locks_the_admin_out()
    {
        for (var i = 0; i < 10; i++)
        {
            var guess = await PostAsync("/agent/api/login", new { email = HandoffServerFactory.AdminEmail, password = $"guess-{i}" }, "198.51.100.7");
            Assert.True(guess.StatusCode == HttpStatusCode.Unauthorized, guess.Body);
        }

        var slowed = await PostAsync("/agent/api/login", new { email = HandoffServerFactory.AdminEmail, password = "guess-again" }, "198.51.100.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.NotNull(slowed.Response.Headers.RetryAfter?.Delta);
        var admin = await PostAsync("/agent/api/login", new { email = HandoffServerFactory.AdminEmail, password = HandoffServerFactory.AdminPassword }, "198.51.100.99");
        Assert.Equal(HttpStatusCode.NoContent, admin.StatusCode);
    }

    [Fact]
    public async Task Unknown_accounts_and_wrong_passwords_get_the_same_answer()
    {
        var unknown = await PostAsync("/agent/api/login", new { email = "nobody@shop.test", password = "whatever-password" }, "192.0.2.1");
        var wrong = await PostAsync("/agent/api/login", new { email = HandoffServerFactory.AdminEmail, password = "whatever-password" }, "192.0.2.2");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(Said(wrong), Said(unknown));
    }

    // What the answer tells the caller, without the trace id that differs per request.
    private static (HttpStatusCode, string?, string?) Said(Sent sent)
    {
        var problem = JsonDocument.Parse(sent.Body).RootElement;
        return (sent.StatusCode, problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
    }

    private sealed record Sent(HttpStatusCode StatusCode, HttpResponseMessage Response, string Body);

    // Through the test server with a remote address, as a request from the network would arrive.
    private async Task<Sent> PostAsync(string path, object body, string address)
    {
        using var client = new HttpClient(server.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address)))
        {
            BaseAddress = server.Server.BaseAddress,
        };
        var response = await client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        return new Sent(response.StatusCode, response, await response.Content.ReadAsStringAsync());
    }
}
