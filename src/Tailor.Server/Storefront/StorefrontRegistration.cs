using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tailor.Server.Hosting;
using Tailor.Server.Storefront.Shopping;

namespace Tailor.Server.Storefront;

/// <summary>The demo storefront: server-rendered shop pages at /, with the chat widget embedded on every page.</summary>
public static class StorefrontRegistration
{
    private const string AssetsKey = "storefront";

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
        // One click signs anyone in as a real customer of the store: fine on a developer's machine, never on a live site.
        builder.Services.AddSingleton(new DemoSignIn(builder.Configuration.GetValue<bool?>(DemoSignIn.Setting) ?? builder.Environment.IsDevelopment()));
        builder.Services.AddScoped<DemoShopper>();
        builder.Services.AddScoped<StorefrontShell>();
        builder.Services.AddKeyedSingleton(AssetsKey, (_, _) => EmbeddedAssets.Load("Tailor.Server.Storefront.Assets."));
        return builder;
    }

    public static WebApplication MapStorefront(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/storefront/{file}", ServeAsset).ExcludeFromDescription();
        return app;
    }

    // The stylesheet and script are embedded in the server so the store runs from the one binary, without a web root.
    private static Results<FileContentHttpResult, NotFound> ServeAsset(string file, HttpContext http, [FromKeyedServices(AssetsKey)] EmbeddedAssets assets)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        return assets.Serve(file);
    }
}
