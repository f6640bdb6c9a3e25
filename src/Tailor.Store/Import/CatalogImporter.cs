using Tailor.Store.Persistence;

namespace Tailor.Store.Import;

/// <summary>The product feed formats the catalog import understands.</summary>
public enum ProductFeedFormat
{
    /// <summary>Shopify's product CSV export.</summary>
    Shopify,
    /// <summary>A Google Merchant Center feed, TSV or RSS/Atom XML (told apart by a leading '&lt;').</summary>
    Merchant,
    /// <summary>Tailor's generic JSON product shape.</summary>
    Json,
}

/// <summary>
/// Imports the store's data from files: products from Shopify, Merchant Center or JSON feeds, customers and orders
/// from JSON, policy and FAQ pages from Markdown. Each import upserts on natural keys (re-importing a file changes
/// nothing), streams the file in batches, and reports every bad row with its number, field and reason without
/// losing the good ones. A file that breaks part-way keeps what was read before the break. Bad input never throws;
/// cancellation and an unreachable database do. Meant for its own DbContext scope: it clears the change tracker after each batch.
/// </summary>
public sealed class CatalogImporter(TailorDbContext db, TimeProvider time, ImportOptions? options = null)
{
    private readonly ImportOptions settings = options ?? new ImportOptions();

    /// <summary>Reads "shopify", "merchant" or "json", ignoring case and surrounding spaces.</summary>
    public static bool TryParseFormat(string? text, out ProductFeedFormat format)
    {
        format = default;
        var name = text?.Trim();
        return !string.IsNullOrEmpty(name) && name.All(char.IsAsciiLetter) && Enum.TryParse(name, ignoreCase: true, out format);
    }

    /// <summary>Upserts products keyed on handle, their variants on SKU and their images on URL.</summary>
    public Task<ImportReport> ImportProductsAsync(Stream input, ProductFeedFormat format, CancellationToken ct)
    {
        var drafts = format switch
        {
            ProductFeedFormat.Shopify => new ShopifyCsvReader(settings).ReadAsync(input, ct),
            ProductFeedFormat.Merchant => new MerchantFeedReader(settings).ReadAsync(input, ct),
            ProductFeedFormat.Json => ProductJsonReader.ReadAsync(input, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown product feed format."),
        };
        return RunAsync(drafts, new ProductUpsert(db, time), ct);
    }

    /// <summary>Upserts customers from JSON, keyed on externalId, falling back to email.</summary>
    public Task<ImportReport> ImportCustomersAsync(Stream json, CancellationToken ct) =>
        RunAsync(CustomerJsonReader.ReadAsync(json, ct), new CustomerUpsert(db, time), ct);

    /// <summary>Upserts orders from JSON, keyed on order number; their SKUs and customers must already be in the store.</summary>
    public Task<ImportReport> ImportOrdersAsync(Stream json, CancellationToken ct) =>
        RunAsync(OrderJsonReader.ReadAsync(json, ct), new OrderUpsert(db), ct);

    /// <summary>Upserts the Markdown policy and FAQ pages of a folder, keyed on slug.</summary>
    public Task<ImportReport> ImportPoliciesAsync(string folder, CancellationToken ct) =>
        RunAsync(PolicyFolderReader.ReadAsync(folder, ct), new PolicyUpsert(db, time), ct);

    /// <summary>Upserts promotions from CSV or JSON (<paramref name="json"/>), keyed on code, or name when automatic.</summary>
    public Task<ImportReport> ImportPromotionsAsync(Stream input, bool json, CancellationToken ct) =>
        RunAsync(json ? PromotionReader.ReadJsonAsync(input, ct) : PromotionReader.ReadCsvAsync(input, ct), new PromotionUpsert(db), ct);

    private async Task<ImportReport> RunAsync<TDraft>(IAsyncEnumerable<Parsed<TDraft>> drafts, IDraftWriter<TDraft> writer, CancellationToken ct)
        where TDraft : class
    {
        var report = new ImportReport();
        await new BatchImport<TDraft>(db, writer, report, settings).RunAsync(drafts, ct);
        return report;
    }
}
