using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tailor.Browser.Tests;

/// <summary>
/// Another web site on its own origin (a second Kestrel on another port) whose plain HTML page embeds the widget with
/// the script tag, as a retailer's site would.
/// </summary>
public sealed class PartnerSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private PartnerSite(WebApplication app, string origin) => (this.app, Origin) = (app, origin);

    public string Origin { get; }

    /// <summary>Starts the site; <paramref name="widgetServer"/> is asked for the Tailor server's origin at each request.</summary>
    public static async Task<PartnerSite> StartAsync(string name, Func<string> widgetServer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/", () => Page(name, widgetServer()));
        // The same page under a shop's strict policy: scripts and connections only from Tailor, no inline style anywhere.
        app.MapGet("/strict", (HttpContext http) =>
        {
            http.Response.Headers.ContentSecurityPolicy = $"default-src 'self'; script-src {widgetServer()}; connect-src {widgetServer()}; " +
                $"style-src 'self'; img-src 'self' {widgetServer()} data:; object-src 'none'";
            return Page(name, widgetServer());
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PartnerSite(app, address.TrimEnd('/'));
    }

    private static IResult Page(string name, string widgetServer) => Results.Content($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{name}</title></head>
            <body>
            <main><h1>{name}</h1><p>A partner site that embeds the shopping assistant.</p></main>
            <script src="{widgetServer}/widget.js" data-site-key="demo" async></script>
            </body>
            </html>
            """, "text/html; charset=utf-8");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
