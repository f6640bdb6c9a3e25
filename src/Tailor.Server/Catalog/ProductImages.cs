using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Store;
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
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Handle == handle, ct);
        if (product is null) return TypedResults.NotFound();
        var colors = await db.Variants.AsNoTracking().Where(v => v.ProductId == product.Id).Select(v => v.Color).Distinct().ToListAsync(ct);
        var color = colors.FirstOrDefault(c => Slug.Of(c) == file[..^4]);
        if (color is null) return TypedResults.NotFound();

        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Content(ProductImageRenderer.Render(product.Category, color, product.Attributes.Pattern), "image/svg+xml");
    }
}
