using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

/// <summary>Content-Security-Policy without inline code, HSTS and Secure cookies over HTTPS.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class SecurityHeaderTests(TailorServerFactory server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/collections/all")]
    [InlineData("/search?q=dress")]
    [InlineData("/cart")]
    [InlineData("/account")]
    [InlineData("/agent")]
    public async Task Pages_allow_only_their_own_scripts_and_styles_and_carry_nothing_inline(string path)
    {
        using var response = await server.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        var policy = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.DoesNotContain("unsafe", string.Join(' ', policy.Values), StringComparison.Ordinal);
        Assert.DoesNotContain(InlineScripts().Matches(html), m => !m.Value.Contains("application/json", StringComparison.Ordinal));
        Assert.DoesNotMatch(InlineStyles(), html);
        Assert.DoesNotMatch(EventAttributes(), html);
    }

    [Fact]
    public async Task The_return_label_allows_exactly_its_own_inline_style_and_script_by_hash()
    {
        var rma = await ReadAsync(db => db.Returns.Select(r => r.Rma).FirstAsync());

        using var response = await server.CreateClient().GetAsync($"/returns/{rma}/label");
        var html = await response.Content.ReadAsStringAsync();

        var policy = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal(Hash(Between(html, "style")), policy["style-src"]);
        Assert.Equal(Hash(Between(html, "script")), policy["script-src"]);
        Assert.DoesNotMatch(EventAttributes(), html);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_widget_script_and_the_apis_carry_no_page_policy_so_other_sites_can_use_them()
    {
        var client = server.CreateClient();
        using var widget = await client.GetAsync("/widget.js");
        using var api = await client.GetAsync("/api/categories");

        Assert.False(widget.Headers.Contains("Content-Security-Policy"));
        Assert.False(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Over_https_pages_send_hsts_and_cookies_are_secure()
    {
        var secure = server.CreateClient(new() { BaseAddress = new Uri("https://shop.example/") });
        var plain = server.CreateClient(new() { BaseAddress = new Uri("http://shop.example/") });

        using var overTls = await secure.GetAsync("/");
        using var overHttp = await plain.GetAsync("/");

        Assert.StartsWith("max-age=", overTls.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
        var tlsCookies = overTls.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(tlsCookies);
        Assert.All(tlsCookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(overHttp.Headers.GetValues("Set-Cookie"));
        Assert.All(overHttp.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<T> ReadAsync<T>(Func<TailorDbContext, Task<T>> read)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TailorDbContext>());
    }

    private static Dictionary<string, string> Directives(string policy) => policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static string Between(string html, string tag)
    {
        var start = html.IndexOf($"<{tag}>", StringComparison.Ordinal) + tag.Length + 2;
        return html[start..html.IndexOf($"</{tag}>", start, StringComparison.Ordinal)];
    }

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScripts();

    [GeneratedRegex("<style\\b|\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyles();

    [GeneratedRegex("\\son[a-z]+\\s*=\\s*[\"']", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttributes();
}

/// <summary>A store that keeps its API reference private: <c>Tailor:Api:Docs=false</c>.</summary>
public sealed class NoDocsServerFactory : TailorServerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tailor:Api:Docs", "false");
    }
}

public sealed class ApiDocsSwitchTests(NoDocsServerFactory server) : IClassFixture<NoDocsServerFactory>
{
    [Theory]
    [InlineData("/docs")]
    [InlineData("/openapi/v1.json")]
    public async Task With_docs_switched_off_the_api_reference_is_not_served(string path)
    {
        using var response = await server.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
