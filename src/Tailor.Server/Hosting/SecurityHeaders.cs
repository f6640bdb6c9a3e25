namespace Tailor.Server.Hosting;

/// <summary>
/// Headers every response carries: no MIME sniffing, a referrer that never leaves a path on another site, and HSTS over
/// HTTPS outside Development. Pages may be framed only by this site, the agent console by nobody; the widget script and
/// the JSON APIs are meant for other sites and carry no frame rule.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // UseHsts only ever sends the header on HTTPS requests, so a plain-HTTP development server is unaffected.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                var path = context.Request.Path;
                if (path.StartsWithSegments("/agent"))
                {
                    headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                    headers.XFrameOptions = "DENY";
                }
                else if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/widget.js") && !path.StartsWithSegments("/images"))
                {
                    headers.ContentSecurityPolicy = "frame-ancestors 'self'";
                    headers.XFrameOptions = "SAMEORIGIN";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
