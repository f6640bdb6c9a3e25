using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Products;

/// <summary>
/// Everything the assistant may say about one product, read from the catalog in this turn: copy, attributes, variants
/// with list prices and stock, what reviewers say about the fit, and the size chart. Promotions are priced elsewhere.
/// </summary>
/// <param name="SizesInStockByColor">For each colour with stock, its sizes in stock, in size order.</param>
/// <param name="Reviews">Up to three short excerpts of recent, detailed reviews.</param>
/// <param name="SizeChart">The chart for the product's category and gender, the brand's own when it has one.</param>
/// <param name="FinalSale">Final-sale items cannot be returned or exchanged.</param>
public sealed record ProductFacts(
    string Handle, string Title, string Brand, string Category, string CategoryPath, Gender Gender,
    string Description, string Care, ProductAttributes Attributes, IReadOnlyList<string> Collections,
    string Url, string? ImageUrl, string Currency, bool FinalSale,
    IReadOnlyList<VariantFact> Variants, IReadOnlyList<string> ColorsInStock, IReadOnlyList<ColorSizes> SizesInStockByColor,
    FitSummary Fit, IReadOnlyList<ReviewSnippet> Reviews, SizeChartFacts? SizeChart)
{
    /// <summary>The lowest list price; 0 for a product without variants.</summary>
    public decimal PriceFrom => Variants.Count == 0 ? 0 : Variants.Min(v => v.Price);

    public decimal PriceTo => Variants.Count == 0 ? 0 : Variants.Max(v => v.Price);

    public bool InStock => Variants.Any(v => v.InStock);

    /// <summary>Every size the product is made in, smallest first (variant order).</summary>
    public IReadOnlyList<string> Sizes => Variants.Select(v => v.Size).Distinct().ToList();

    /// <summary>The sizes in stock in at least one colour, smallest first.</summary>
    public IReadOnlyList<string> SizesInStock => Variants.Where(v => v.InStock).Select(v => v.Size).Distinct().ToList();

    /// <summary>The colours in which <paramref name="size"/> is in stock.</summary>
    public IReadOnlyList<string> ColorsInStockIn(string size) =>
        Variants.Where(v => v.InStock && VariantMatch.SameSize(size, v.Size)).Select(v => v.Color).Distinct().ToList();
}

/// <summary>One size × colour with its list price, "was" price and stock.</summary>
public sealed record VariantFact(string Sku, string Size, string Color, string ColorFamily, decimal Price, decimal? CompareAtPrice, int Stock)
{
    public bool InStock => Stock > 0;
    public bool OnSale => CompareAtPrice is { } was && was > Price;
}

/// <summary>The sizes of one colour that are in stock.</summary>
public sealed record ColorSizes(string Color, IReadOnlyList<string> Sizes);

/// <summary>A short excerpt of a review, with the stars and the fit the reviewer reported.</summary>
public sealed record ReviewSnippet(int Rating, string Title, string Text, FitFeedback Fit, string? ReviewerSize, string AuthorName, DateTimeOffset CreatedAt);

/// <summary>A size chart as it applies to a product; <see cref="Brand"/> is null for the store's general chart.</summary>
public sealed record SizeChartFacts(string Category, string? Brand, Gender Gender, IReadOnlyList<SizeChartRow> Rows);
