using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed partial class WidgetAssetTests(TailorServerFactory server)
{
    private const int GzipBudget = 40 * 1024;
    private readonly HttpClient client = server.CreateClient();

    private async Task<HttpResponseMessage> GetWidgetAsync(bool gzip, string? ifNoneMatch = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        if (gzip) request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        if (origin is not null) request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }

    private async Task<string> ScriptAsync() => await (await GetWidgetAsync(gzip: false)).Content.ReadAsStringAsync();

    [Fact]
    public async Task The_widget_is_served_gzipped_under_40_KB()
    {
        var response = await GetWidgetAsync(gzip: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var gzipped = await response.Content.ReadAsByteArrayAsync();
        Assert.True(gzipped.Length < GzipBudget, $"widget.js is {gzipped.Length:N0} bytes gzipped; the budget is {GzipBudget:N0}.");

        using var unzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var plain = new StreamReader(unzip, Encoding.UTF8);
        Assert.Equal(await ScriptAsync(), await plain.ReadToEndAsync());
    }

    [Fact]
    public async Task The_widget_is_cacheable_and_revalidated_by_its_ETag()
    {
        foreach (var gzip in new[] { false, true })
        {
            var first = await GetWidgetAsync(gzip);
            Assert.Equal("text/javascript", first.Content.Headers.ContentType?.MediaType);
            Assert.True(first.Headers.CacheControl?.Public);
            Assert.Contains("Accept-Encoding", first.Headers.Vary);
            var etag = first.Headers.ETag?.Tag;
            Assert.NotNull(etag);

            var again = await GetWidgetAsync(gzip, ifNoneMatch: etag);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }
        Assert.NotEqual((await GetWidgetAsync(true)).Headers.ETag, (await GetWidgetAsync(false)).Headers.ETag);
    }

    [Fact]
    public async Task Any_origin_may_load_the_widget_script()
    {
        var response = await GetWidgetAsync(gzip: false, origin: "https://not-allowed.example");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("/*", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_widget_never_parses_text_as_HTML()
    {
        var script = await ScriptAsync();
        Assert.DoesNotMatch(HtmlSinks(), script);
    }

    [Fact]
    public async Task All_the_widget_s_wording_is_in_one_strings_object_at_the_top()
    {
        var script = await ScriptAsync();
        var strings = script.IndexOf("const strings = {", StringComparison.Ordinal);
        Assert.InRange(strings, 0, 1000);
        // After the strings object, no element gets literal English text: text comes from strings or from the server.
        var code = script[script.IndexOf("\n  };", strings, StringComparison.Ordinal)..];
        Assert.DoesNotMatch(LiteralText(), code);
    }

    [GeneratedRegex(@"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(")]
    private static partial Regex HtmlSinks();

    // h("tag", {...}, "Some words") or .textContent = "Some words": a quoted phrase with a space handed to the DOM.
    [GeneratedRegex(@"(textContent\s*=\s*|h\(""\w+"",\s*(null|\{[^{}]*\}),\s*)""[A-Z][a-z]+ [a-z]")]
    private static partial Regex LiteralText();
}
