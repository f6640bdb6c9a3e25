using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Server.Widget;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class SiteKeyTests(TailorServerFactory server)
{
    private const string NotAllowed = "https://not-allowed.example";
    private readonly HttpClient client = server.CreateClient();

    // The configured demo site (src/Tailor.Server/appsettings.json), read from the server rather than repeated here.
    private ChatSite Demo => server.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.Site("demo")!;
    private string AllowedOrigin => Demo.AllowedOrigins[0];

    private static HttpRequestMessage Start(string? origin, string? siteKey = "demo")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat/conversations") { Content = JsonContent.Create(new { }) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (siteKey is not null) request.Headers.Add("X-Tailor-Site-Key", siteKey);
        return request;
    }

    private static HttpRequestMessage Preflight(string origin, string path = "/api/chat/conversations/abc/messages/stream")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-tailor-site-key,last-event-id");
        return request;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string detailMentions)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detailMentions, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_page_on_an_allowed_origin_gets_CORS_headers()
    {
        var response = await client.SendAsync(Start(AllowedOrigin));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_page_on_an_origin_the_site_did_not_allow_is_refused_with_a_403_problem_and_no_CORS_headers()
    {
        Assert.False(Demo.Allows(NotAllowed));
        await AssertRefusedAsync(await client.SendAsync(Start(NotAllowed)), NotAllowed);

        var stream = new HttpRequestMessage(HttpMethod.Post, "/api/chat/conversations/abc/messages/stream") { Content = JsonContent.Create(new { text = "hi" }) };
        stream.Headers.Add("Origin", NotAllowed);
        stream.Headers.Add("X-Tailor-Site-Key", "demo");
        await AssertRefusedAsync(await client.SendAsync(stream), NotAllowed);
    }

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_allows_the_widget_headers()
    {
        var response = await client.SendAsync(Preflight(AllowedOrigin));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-tailor-site-key", headers);
        Assert.Contains("last-event-id", headers);
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Fact]
    public async Task A_preflight_from_an_origin_no_site_allows_is_refused()
    {
        await AssertRefusedAsync(await client.SendAsync(Preflight(NotAllowed)), NotAllowed);
    }

    [Fact]
    public async Task A_cross_origin_call_without_a_site_key_is_refused()
    {
        await AssertRefusedAsync(await client.SendAsync(Start(AllowedOrigin, siteKey: null)), "X-Tailor-Site-Key");
    }

    [Fact]
    public async Task An_unknown_site_key_is_refused_even_from_the_server_s_own_pages()
    {
        await AssertRefusedAsync(await client.SendAsync(Start(origin: null, siteKey: "no-such-site")), "no-such-site");
        await AssertRefusedAsync(await client.GetAsync("/api/chat/config?siteKey=no-such-site"), "no-such-site");
    }

    [Fact]
    public async Task The_server_s_own_pages_and_server_to_server_calls_need_no_site()
    {
        var own = client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Start(own, siteKey: null))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Start(origin: null, siteKey: null))).StatusCode);
    }

    [Fact]
    public async Task Other_APIs_are_not_opened_to_the_chat_sites()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/products?pageSize=1");
        request.Headers.Add("Origin", AllowedOrigin);
        request.Headers.Add("X-Tailor-Site-Key", "demo");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_widget_config_gives_the_proactive_prompts_and_looks_of_the_settings()
    {
        var settings = server.Services.GetRequiredService<IOptions<WebChatOptions>>().Value;
        var config = await client.GetFromJsonAsync<JsonElement>("/api/chat/config?siteKey=demo");

        Assert.NotEmpty(settings.Proactive);
        foreach (var (page, prompt) in settings.Proactive)
        {
            var shown = config.GetProperty("proactive").GetProperty(page);
            Assert.Equal(prompt.IdleSeconds, shown.GetProperty("idleSeconds").GetInt32());
            Assert.Equal(prompt.Text, shown.GetProperty("text").GetString());
        }
        Assert.Equal(settings.Ui.Position, config.GetProperty("ui").GetProperty("position").GetString());
        Assert.False(string.IsNullOrEmpty(config.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/chat/config")).StatusCode);
    }

    [Fact]
    public async Task A_site_origin_that_is_not_an_origin_stops_the_server_at_start_naming_the_setting()
    {
        using var misconfigured = new MisconfiguredSites();
        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());
        var message = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0].Message : error.Message;
        Assert.Contains("Tailor:Chat:Sites:0:AllowedOrigins:0", message);
        Assert.Contains("https://shop.example/checkout", message);
    }

    private sealed class MisconfiguredSites : TailorServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tailor:Chat:Sites:0:AllowedOrigins:0", "https://shop.example/checkout");
        }
    }
}
