using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Server.Admin;
using Tailor.Store.Import;

namespace Tailor.Server.Import;

/// <summary>Admin import endpoints: the request body is the file; the answer reports every row that failed.</summary>
public static class ImportApi
{
    private const long MaxFileBytes = 1L << 30;

    public sealed record ImportResultDto(int Created, int Updated, IReadOnlyList<ImportError> Failed);

    public static WebApplication MapImportApi(this WebApplication app)
    {
        var import = app.MapGroup("/api/admin/import").WithTags("Import (admin)").RequireAdminApiKey();
        import.MapPost("/products", ImportProducts).WithName("ImportProducts")
            .WithSummary("Upsert products from a Shopify CSV export, a Google Merchant Center feed (TSV or XML) or JSON: ?format=shopify|merchant|json.");
        import.MapPost("/customers", (HttpContext http, CatalogImporter importer, CancellationToken ct) =>
                Run(http, (file, token) => importer.ImportCustomersAsync(file, token), ct))
            .WithName("ImportCustomers").WithSummary("Upsert customers from a JSON array, keyed on externalId then email.");
        import.MapPost("/orders", (HttpContext http, CatalogImporter importer, CancellationToken ct) =>
                Run(http, (file, token) => importer.ImportOrdersAsync(file, token), ct))
            .WithName("ImportOrders").WithSummary("Upsert orders from a JSON array, keyed on order number.");
        import.MapPost("/promotions", (string? format, HttpContext http, CatalogImporter importer, CancellationToken ct) =>
                Run(http, (file, token) => importer.ImportPromotionsAsync(file, string.Equals(format, "json", StringComparison.OrdinalIgnoreCase), token), ct))
            .WithName("ImportPromotions").WithSummary("Upsert promotions from CSV (default) or JSON (?format=json), keyed on code, or name when automatic.");
        return app;
    }

    private static async Task<Results<Ok<ImportResultDto>, ValidationProblem>> ImportProducts(
        string? format, HttpContext http, CatalogImporter importer, CancellationToken ct)
    {
        if (!CatalogImporter.TryParseFormat(format, out var feed))
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = ["format must be one of: shopify, merchant, json."] },
                title: "Unknown import format.");
        return await Run(http, (file, token) => importer.ImportProductsAsync(file, feed, token), ct);
    }

    // The body is spooled to a temporary file first: parsers read synchronously and large feeds must not sit in memory.
    private static async Task<Results<Ok<ImportResultDto>, ValidationProblem>> Run(
        HttpContext http, Func<Stream, CancellationToken, Task<ImportReport>> import, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxFileBytes;
        var path = Path.GetTempFileName();
        try
        {
            await using (var spool = File.Create(path))
                await http.Request.Body.CopyToAsync(spool, ct);
            if (new FileInfo(path).Length == 0)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The request body is empty; send the file as the body."] },
                    title: "Nothing to import.");
            await using var file = File.OpenRead(path);
            var report = await import(file, ct);
            return TypedResults.Ok(new ImportResultDto(report.Created, report.Updated, report.Failed));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
