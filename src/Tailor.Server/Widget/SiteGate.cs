using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Tailor.Server.Widget;

/// <summary>
/// Guards <c>/api/chat/*</c>: a page on another origin may call it only with a configured site key whose allowed origins
/// include that page's origin. Refusals are 403 problem details, written before the CORS middleware so they carry no CORS
/// headers. Pages of this server and clients that send no Origin (servers, curl) need no site.
/// </summary>
internal sealed class SiteGate(RequestDelegate next, IOptions<WebChatOptions> options, IProblemDetailsService problems)
{
    public const string SiteKeyHeader = "X-Tailor-Site-Key";
    public const string SiteKeyQuery = "siteKey";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Refusal(context) is not { } detail)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden, Title = "This site may not use the chat.", Detail = detail,
                Type = "https://tailor.dev/problems/site-not-allowed",
            },
        });
    }

    /// <summary>The site key the widget sent: the header on every call, or the query string where a header can't be set.</summary>
    public static string? SiteKeyOf(HttpRequest request) =>
        request.Headers[SiteKeyHeader].FirstOrDefault() is { Length: > 0 } header ? header
            : request.Query[SiteKeyQuery].FirstOrDefault() is { Length: > 0 } query ? query : null;

    private string? Refusal(HttpContext context)
    {
        var sites = options.Value;
        var key = SiteKeyOf(context.Request);
        var site = key is null ? null : sites.Site(key);
        if (key is not null && site is null)
            return $"The site key '{key}' is not configured. Add it to {WebChatOptions.Section}:Sites or fix data-site-key on the script tag.";

        var origin = context.Request.Headers.Origin.FirstOrDefault();
        if (origin is null || WebOrigin.Normalize(origin) == WebOrigin.Own(context.Request)) return null;
        // A preflight cannot carry the site key's value, only its name: any configured site's origin may ask.
        if (IsPreflight(context.Request))
            return sites.Sites.Any(s => s.Allows(origin)) ? null : NotAllowed(origin, key);
        if (site is null)
            return $"A page on {origin} must send the {SiteKeyHeader} header with its site key to use the chat.";
        return site.Allows(origin) ? null : NotAllowed(origin, key);
    }

    private static string NotAllowed(string origin, string? key) =>
        $"The origin {origin} is not allowed{(key is null ? "" : $" for the site key '{key}'")}. Add it to the site's AllowedOrigins in {WebChatOptions.Section}:Sites.";

    public static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(CorsConstants.AccessControlRequestMethod);
}
