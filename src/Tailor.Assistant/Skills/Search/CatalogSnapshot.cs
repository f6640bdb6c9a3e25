using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// An immutable in-memory copy of what search filters and ranks on: every product's codes and rating totals, and
/// every variant's size, colour, price and stock in flat arrays. Search never reads it for what it shows the shopper:
/// the page is re-read from the database, so a snapshot a few seconds old costs recall, never a wrong price.
/// </summary>
internal sealed class CatalogSnapshot
{
    /// <summary>Products ordered by id; a product's variants are <c>FirstVariant .. FirstVariant + VariantCount - 1</c>.</summary>
    /// <remarks>Structs in flat arrays, not objects: a handful of objects for the GC to trace however large the catalog.</remarks>
    public required SnapshotProduct[] Products { get; init; }
    /// <summary>Handles, in the order of <see cref="Products"/>: what a promotion scoped to one product names.</summary>
    public required string[] Handles { get; init; }
    /// <summary>Occasion, season, style and collection codes of all products; each product holds ranges into it.</summary>
    public required int[] AttributeCodes { get; init; }
    public required Dictionary<int, int> IndexOfId { get; init; }
    /// <summary>Indexes of products per category code, so a category search looks only at its own products.</summary>
    public required int[][] ProductsByCategory { get; init; }

    public required int[] VariantSize { get; init; }
    /// <summary>Shade code: a colour name together with its family (see <see cref="ShadeColor"/>, <see cref="ShadeFamily"/>).</summary>
    public required int[] VariantShade { get; init; }
    public required double[] VariantPrice { get; init; }
    public required bool[] VariantOnSale { get; init; }
    /// <summary>The "was" price, 0 when the variant has none.</summary>
    public required double[] VariantCompareAt { get; init; }
    public required int[] VariantStock { get; init; }

    public required Vocabulary Categories { get; init; }
    public required Vocabulary Brands { get; init; }
    public required Vocabulary Materials { get; init; }
    public required Vocabulary Patterns { get; init; }
    public required Vocabulary Fits { get; init; }
    public required Vocabulary Occasions { get; init; }
    public required Vocabulary Seasons { get; init; }
    public required Vocabulary Styles { get; init; }
    /// <summary>Sleeve lengths and necklines of tops and dresses (<see cref="SnapshotProduct.Sleeve"/>, <see cref="SnapshotProduct.Neckline"/>).</summary>
    public Vocabulary Sleeves { get; init; } = new();
    public Vocabulary Necklines { get; init; } = new();
    public required Vocabulary Collections { get; init; }
    public required Vocabulary Sizes { get; init; }
    public required Vocabulary Families { get; init; }
    public required Vocabulary Colors { get; init; }
    /// <summary>By shade code: the colour name's code in <see cref="Colors"/> and the family's in <see cref="Families"/>.</summary>
    public required int[] ShadeColor { get; init; }
    public required int[] ShadeFamily { get; init; }

    /// <summary>Mean rating over all reviews: the prior that a product with few reviews is pulled towards.</summary>
    public required double MeanRating { get; init; }
    public required CatalogFingerprint Fingerprint { get; init; }
    /// <summary>The invalidation count when loading began; a later <c>Invalidate()</c> makes this snapshot stale.</summary>
    public required long Generation { get; init; }
    public required TimeSpan LoadTime { get; init; }

    public int VariantCount => VariantPrice.Length;

    /// <summary>Full-text hits already resolved against this snapshot's products.</summary>
    public required TextHitCache TextHits { get; init; }
}

/// <summary>One product as search sees it: codes into the snapshot's vocabularies (-1 for none).</summary>
/// <param name="SizesInStock">Bit <c>size code % 64</c> set for each size in stock: a search for a size skips, without
/// reading a variant, the many products that do not have it.</param>
/// <param name="FamiliesInStock">Bit <c>family code % 32</c> set for each colour family in stock, likewise.</param>
/// <param name="Sleeve">Code in <see cref="CatalogSnapshot.Sleeves"/>, -1 for none (trousers, shoes…).</param>
/// <param name="Neckline">Code in <see cref="CatalogSnapshot.Necklines"/>, -1 for none.</param>
internal readonly record struct SnapshotProduct(
    int Id, Gender Gender, int Category, int Brand, int Material, int Pattern, int Fit,
    CodeRange Occasions, CodeRange Seasons, CodeRange Styles, CodeRange Collections,
    int FirstVariant, int VariantCount, int ReviewCount, double RatingSum, long CreatedTicks,
    ulong SizesInStock = 0, uint FamiliesInStock = 0, int Sleeve = -1, int Neckline = -1)
{
    public static ulong SizeBit(int size) => 1UL << (size & 63);
    public static uint FamilyBit(int family) => 1U << (family & 31);
}

/// <summary>A product's list of codes, as a range of <see cref="CatalogSnapshot.AttributeCodes"/>.</summary>
internal readonly record struct CodeRange(int Start, int Length)
{
    public ReadOnlySpan<int> Of(int[] codes) => codes.AsSpan(Start, Length);
}

/// <summary>
/// Aggregates that change whenever the catalog does: an edit or import moves the latest UpdatedAt or a count, an order
/// or restock moves total stock. Comparing two is far cheaper than reloading.
/// </summary>
internal sealed record CatalogFingerprint(long LastUpdate, long Products, long Variants, long Stock, long Reviews)
{
    /// <summary>Same products, in the same order, with the same text: what the full-text hits depend on.</summary>
    public bool SameProducts(CatalogFingerprint other) => LastUpdate == other.LastUpdate && Products == other.Products;

    /// <summary>Only stock moved: orders and restocks, which the page's fresh read already reflects.</summary>
    public bool OnlyStockDiffers(CatalogFingerprint other) => this != other && this with { Stock = other.Stock } == other;

    public const string Sql =
        "SELECT (SELECT ifnull(max(UpdatedAt), 0) FROM Products), (SELECT count(*) FROM Products), " +
        "(SELECT count(*) FROM Variants), (SELECT ifnull(sum(Stock), 0) FROM Variants), (SELECT count(*) FROM Reviews)";

    /// <summary>The fingerprint of the catalog as it is now (one scan of each table: run it in the background).</summary>
    public static async Task<CatalogFingerprint> ReadAsync(SqlRunner sql, CancellationToken ct)
    {
        var values = await sql.ScalarsAsync(sql.IsPostgreSql ? PostgreSqlSearch.Fingerprint : Sql, ct);
        return new CatalogFingerprint(values[0], values[1], values[2], values[3], values[4]);
    }
}
