using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.CookiePolicy;

namespace Tailor.Server.Hosting;

/// <summary>
/// Headers every response carries: no MIME sniffing, a referrer that never leaves a path on another site, HSTS over
/// HTTPS outside Development, and a Content-Security-Policy for pages: scripts, styles and connections from this site
/// only, nothing inline. The storefront may be framed only by this site, the agent console by nobody; the widget script
/// and the JSON APIs are meant for other sites and carry no page policy. Cookies are Secure whenever the request came
/// over HTTPS (also behind a proxy that says so, when forwarded headers are trusted).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The storefront: its own scripts and styles, product pictures from anywhere on https (imported catalogs).</summary>
    public const string StorefrontPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>The agent console: nothing from elsewhere, never framed.</summary>
    public const string ConsolePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The CSP source of one inline block (<c>'sha256-…'</c>), for a page that must carry its script or style inline.</summary>
    public static string HashSource(string inlineText) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inlineText)))}'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // UseHsts only ever sends the header on HTTPS requests, so a plain-HTTP development server is unaffected.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.SameAsRequest, HttpOnly = HttpOnlyPolicy.None });
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                if (!headers.ContainsKey("Referrer-Policy")) headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // A page that sets its own policy (the return label's hashes) knows better than the default.
                if (headers.ContainsKey("Content-Security-Policy")) return Task.CompletedTask;
                var path = context.Request.Path;
                if (path.StartsWithSegments("/agent"))
                {
                    headers.ContentSecurityPolicy = ConsolePolicy;
                    headers.XFrameOptions = "DENY";
                }
                else if (path.StartsWithSegments("/docs"))
                {
                    // The API reference is Scalar's own page, with its inline start-up script: it keeps only the frame rule.
                    headers.ContentSecurityPolicy = "frame-ancestors 'self'";
                    headers.XFrameOptions = "SAMEORIGIN";
                }
                else if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/widget.js") && !path.StartsWithSegments("/images"))
                {
                    headers.ContentSecurityPolicy = StorefrontPolicy;
                    headers.XFrameOptions = "SAMEORIGIN";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
