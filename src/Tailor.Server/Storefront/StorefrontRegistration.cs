using System.Reflection;
using Tailor.Server.Storefront.Shopping;

namespace Tailor.Server.Storefront;

/// <summary>The demo storefront: server-rendered shop pages at /, with the chat widget embedded on every page.</summary>
public static class StorefrontRegistration
{
    private const string AssetPrefix = "Tailor.Server.Storefront.Assets.";
    private static readonly Dictionary<string, string> AssetTypes = new(StringComparer.Ordinal)
    {
        ["store.css"] = "text/css; charset=utf-8",
        ["store.js"] = "text/javascript; charset=utf-8",
    };

    public static WebApplicationBuilder AddStorefront(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Storefront/Pages";
            options.Conventions.AddPageRoute("/Collection", "search");
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<StoreFormatting>();
        builder.Services.AddScoped<ShoppingCart>();
        builder.Services.AddScoped<CartPricing>();
        builder.Services.AddScoped<DemoShopper>();
        builder.Services.AddScoped<StorefrontShell>();
        return builder;
    }

    public static WebApplication MapStorefront(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/storefront/{file}", ServeAsset).ExcludeFromDescription();
        return app;
    }

    // The stylesheet and script are embedded in the server so the store runs from the one binary, without a web root.
    private static IResult ServeAsset(string file, HttpContext http)
    {
        if (!AssetTypes.TryGetValue(file, out var contentType)) return Results.NotFound();
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(AssetPrefix + file);
        if (stream is null) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Stream(stream, contentType);
    }
}
