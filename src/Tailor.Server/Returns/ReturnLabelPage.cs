using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;
using Tailor.Server.Hosting;
using Tailor.Store.Persistence;

namespace Tailor.Server.Returns;

/// <summary>
/// The printable return label: the store's return address (from settings), the RMA number with its barcode, the order
/// and the items. Plain HTML with its style and print button's script inline, no external assets; found only by its
/// unguessable RMA number. Its Content-Security-Policy allows exactly those two inline blocks, by hash.
/// </summary>
public static class ReturnLabelPage
{
    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(ReturnLabelPage).Assembly.GetManifestResourceStream("Tailor.Server.Returns.return-label.html")
            ?? throw new InvalidOperationException("return-label.html is not embedded in Tailor.Server.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<string> Policy = new(() =>
        $"default-src 'none'; style-src {SecurityHeaders.HashSource(Inline(Template.Value, "style"))}; " +
        $"script-src {SecurityHeaders.HashSource(Inline(Template.Value, "script"))}; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'");

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> RenderAsync(
        string rma, TailorDbContext db, StoreSettings settings, HttpContext http, CancellationToken ct)
    {
        if (await ReturnsApi.FindAsync(db, rma, ct) is not { } request)
            return TypedResults.Problem(title: "Return not found", statusCode: StatusCodes.Status404NotFound,
                detail: "No return has this number. Check the link in your return confirmation.");
        var variants = await ReturnsApi.VariantsAsync(db, request, ct);
        var address = settings.Returns.ReturnAddress;
        var rows = new StringBuilder();
        foreach (var item in ReturnItems.Of(request, variants))
            rows.Append("<tr><td>").Append(Html(item.Title)).Append("</td><td>").Append(Html(item.Color)).Append("</td><td>").Append(Html(item.Size))
                .Append("</td><td>").Append(item.Quantity).Append("</td><td>").Append(Html(item.ReasonCode.Replace('-', ' '))).Append("</td></tr>");

        var page = Template.Value
            .Replace("{{store}}", Html(settings.Name), StringComparison.Ordinal)
            .Replace("{{rma}}", Html(request.Rma), StringComparison.Ordinal)
            .Replace("{{barcode}}", Code39.Svg(request.Rma), StringComparison.Ordinal)
            .Replace("{{return_address}}", string.Join("<br>", new[] { address.Name, address.Line1, address.Line2, address.City, address.Region, address.PostalCode, address.Country }
                .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => Html(l!))), StringComparison.Ordinal)
            .Replace("{{order}}", Html(request.OrderNumber), StringComparison.Ordinal)
            .Replace("{{kind}}", Html(StatusNames.Words(request.Kind)), StringComparison.Ordinal)
            .Replace("{{created}}", Html(request.CreatedAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(settings.Locale))), StringComparison.Ordinal)
            .Replace("{{items}}", rows.ToString(), StringComparison.Ordinal)
            .Replace("{{support}}", Html($"{settings.SupportEmail} · {settings.SupportPhone}"), StringComparison.Ordinal);
        // Personal to one shopper: never cached by a shared cache, never indexed.
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.ContentSecurityPolicy = Policy.Value;
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    // The text between <tag> and </tag> exactly as the browser hashes it; the template has one of each and no placeholder in them.
    private static string Inline(string page, string tag)
    {
        var start = page.IndexOf($"<{tag}>", StringComparison.Ordinal) + tag.Length + 2;
        return page[start..page.IndexOf($"</{tag}>", start, StringComparison.Ordinal)];
    }
}
