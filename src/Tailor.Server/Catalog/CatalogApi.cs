using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Domain.Settings;

namespace Tailor.Server.Catalog;

/// <summary>Public catalog endpoints: product search and detail, categories.</summary>
public static class CatalogApi
{
    public static WebApplication MapCatalogApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Catalog");

        api.MapGet("/products", SearchProducts).WithName("SearchProducts")
            .WithSummary("Search products by text, category, colour (name or family), size, price range and stock.");
        api.MapGet("/products/{handle}", GetProduct).WithName("GetProduct")
            .WithSummary("A product with its variants (SKU, size, colour, price, stock), images and review summary.");
        api.MapGet("/categories", GetCategories).WithName("GetCategories")
            .WithSummary("Categories with their paths, genders and product counts.");
        return app;
    }

    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProductSearch>();
        return builder;
    }

    private static async Task<Results<Ok<ProductPageDto>, ValidationProblem>> SearchProducts(
        [AsParameters] ProductQuery query, ProductSearch search, CancellationToken ct)
    {
        var errors = query.Validate();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The product query is not valid.");
        return TypedResults.Ok(await search.SearchAsync(query, ct));
    }

    private static async Task<Results<Ok<ProductDetailDto>, ProblemHttpResult>> GetProduct(
        string handle, ProductSearch search, StoreSettings settings, CancellationToken ct) =>
        await search.FindAsync(handle, ct) is { } product
            ? TypedResults.Ok(ProductMapping.ToDetail(product, settings.Currency))
            : TypedResults.Problem(title: "Product not found", detail: $"No product has the handle '{handle}'.",
                statusCode: StatusCodes.Status404NotFound);

    private static async Task<Ok<IReadOnlyList<CategoryDto>>> GetCategories(ProductSearch search, CancellationToken ct) =>
        TypedResults.Ok(await search.CategoriesAsync(ct));
}
