using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Store.Demo.Images;
using Tailor.Store.Persistence;

namespace Tailor.Server.Catalog;

/// <summary>Serves the generated product pictures: the category silhouette in the variant's colour and the product's pattern.</summary>
public static class ProductImages
{
    public static WebApplication MapProductImages(this WebApplication app)
    {
        app.MapGet("/images/products/{handle}/{file}", Render).WithName("GetProductImage").WithTags("Catalog")
            .WithSummary("A generated SVG picture of a product in one of its colours, e.g. /images/products/{handle}/navy.svg.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> Render(string handle, string file, TailorDbContext db, HttpContext http, CancellationToken ct)
    {
        if (!file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) return TypedResults.NotFound();
        var product = await db.Products.AsNoTracking().Where(p => p.Handle == handle)
            .Select(p => new { p.Category, p.Attributes.Pattern, Colors = p.Variants.Select(v => v.Color).Distinct().ToList() })
            .FirstOrDefaultAsync(ct);
        var slug = file[..^4];
        var color = product?.Colors.FirstOrDefault(c => Slug(c) == slug);
        if (product is null || color is null) return TypedResults.NotFound();

        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Content(ProductImageRenderer.Render(product.Category, color, product.Pattern), "image/svg+xml");
    }

    private static string Slug(string color) => color.Trim().ToLowerInvariant().Replace(' ', '-');
}
