using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Search;

/// <summary>One page of a product search, the number of all matches and the facets of all matches.</summary>
/// <param name="Relaxed">True when no product matched every search word, so products matching any of them are shown.</param>
public sealed record ProductSearchResult(int Total, IReadOnlyList<ProductMatch> Products, SearchFacets Facets, bool Relaxed = false)
{
    public static readonly ProductSearchResult None = new(0, [], SearchFacets.None);
}

/// <summary>
/// A product that can be bought as asked: the price, colours and sizes are those of its variants that satisfy the
/// search, read from the catalog in this turn.
/// </summary>
/// <param name="Price">The price of the cheapest variant that satisfies the search.</param>
/// <param name="CompareAtPrice">That variant's "was" price, only when it is higher than <paramref name="Price"/>.</param>
/// <param name="Colors">Colours with at least one variant that satisfies the search.</param>
/// <param name="SizesInStock">Sizes in stock in those colours (within the price range asked for).</param>
/// <param name="Reasons">Short phrases saying why it matched: "linen", "navy", "in stock in M", "4.6★ from 23 reviews".</param>
public sealed record ProductMatch(
    string Handle, string Title, string Brand, string Category, Gender Gender,
    decimal Price, decimal? CompareAtPrice,
    IReadOnlyList<string> Colors, IReadOnlyList<string> SizesInStock,
    double Rating, int ReviewCount, string? ImageUrl, double Score, IReadOnlyList<string> Reasons);

/// <summary>How all matches of a search divide up, for clarifying quick replies ("Which colour? Blue (12), Black (9)…").</summary>
/// <param name="Colors">Colour families of the variants that satisfy the search.</param>
/// <param name="Sizes">Sizes in stock among the variants that satisfy the search.</param>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Categories, IReadOnlyList<FacetCount> Colors, IReadOnlyList<FacetCount> Sizes,
    IReadOnlyList<FacetCount> Materials, IReadOnlyList<FacetCount> Brands, PriceRange? PriceRange)
{
    public static readonly SearchFacets None = new([], [], [], [], [], null);
}

/// <summary>A facet value and the number of matching products that have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>The cheapest and dearest prices among the matches (each match counted at its cheapest satisfying variant).</summary>
public sealed record PriceRange(decimal Min, decimal Max);
