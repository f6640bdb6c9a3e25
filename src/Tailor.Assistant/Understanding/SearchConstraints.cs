using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Understanding;

/// <summary>What the shopper is looking for, as structured filters. Lists hold lowercase catalog values.</summary>
public sealed record SearchConstraints
{
    public string? Category { get; init; }
    public Gender? Gender { get; init; }
    public IReadOnlyList<string> Colors { get; init; } = [];
    public IReadOnlyList<string> ExcludedColors { get; init; } = [];
    public string? Size { get; init; }
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public IReadOnlyList<string> Brands { get; init; } = [];
    public IReadOnlyList<string> Materials { get; init; } = [];
    public IReadOnlyList<string> ExcludedMaterials { get; init; } = [];
    public IReadOnlyList<string> Patterns { get; init; } = [];
    public IReadOnlyList<string> ExcludedPatterns { get; init; } = [];
    public IReadOnlyList<string> Fits { get; init; } = [];
    public IReadOnlyList<string> Occasions { get; init; } = [];
    public IReadOnlyList<string> Seasons { get; init; } = [];
    public IReadOnlyList<string> Styles { get; init; } = [];
    /// <summary>Sleeve lengths ("long sleeve") and necklines ("v-neck"), as the catalog names them.</summary>
    public IReadOnlyList<string> Sleeves { get; init; } = [];
    public IReadOnlyList<string> Necklines { get; init; } = [];
    public IReadOnlyList<string> ExcludedCategories { get; init; } = [];
    /// <summary>Words the recognizer did not map to an attribute; they go to full-text search.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
    public bool OnSaleOnly { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public static readonly SearchConstraints Empty = new();

    /// <summary>True when no filter, term or sort is set (lists compare by content, not reference).</summary>
    public bool IsEmpty => Category is null && Gender is null && Size is null && MinPrice is null && MaxPrice is null
        && !OnSaleOnly && Sort == SearchSort.Relevance
        && AllLists.All(list => list.Count == 0);

    private IEnumerable<IReadOnlyList<string>> AllLists =>
        [Colors, ExcludedColors, Brands, Materials, ExcludedMaterials, Patterns, ExcludedPatterns, Fits, Occasions, Seasons, Styles, Sleeves, Necklines, ExcludedCategories, Terms];

    /// <summary>Applies a refinement: every value the refinement sets replaces the current one, the rest is kept.</summary>
    public SearchConstraints With(SearchConstraints change) => this with
    {
        Category = change.Category ?? Category,
        Gender = change.Gender ?? Gender,
        // "not black" while black is selected drops black instead of asking for black and not black at once.
        Colors = Without(Pick(change.Colors, Colors), change.ExcludedColors),
        ExcludedColors = Pick(change.ExcludedColors, ExcludedColors),
        Size = change.Size ?? Size,
        MinPrice = change.MinPrice ?? (change.MaxPrice is not null ? null : MinPrice),
        MaxPrice = change.MaxPrice ?? MaxPrice,
        Brands = Pick(change.Brands, Brands),
        Materials = Without(Pick(change.Materials, Materials), change.ExcludedMaterials),
        ExcludedMaterials = Pick(change.ExcludedMaterials, ExcludedMaterials),
        Patterns = Without(Pick(change.Patterns, Patterns), change.ExcludedPatterns),
        ExcludedPatterns = Pick(change.ExcludedPatterns, ExcludedPatterns),
        Fits = Pick(change.Fits, Fits),
        Occasions = Pick(change.Occasions, Occasions),
        Seasons = Pick(change.Seasons, Seasons),
        Styles = Pick(change.Styles, Styles),
        Sleeves = Pick(change.Sleeves, Sleeves),
        Necklines = Pick(change.Necklines, Necklines),
        ExcludedCategories = Pick(change.ExcludedCategories, ExcludedCategories),
        Terms = Pick(change.Terms, Terms),
        OnSaleOnly = change.OnSaleOnly || OnSaleOnly,
        Sort = change.Sort != SearchSort.Relevance ? change.Sort : Sort,
    };

    private static IReadOnlyList<string> Without(IReadOnlyList<string> values, IReadOnlyList<string> excluded) =>
        excluded.Count == 0 ? values : values.Where(v => !excluded.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList();

    private static IReadOnlyList<string> Pick(IReadOnlyList<string> change, IReadOnlyList<string> current) =>
        change.Count > 0 ? change : current;
}

public enum SearchSort { Relevance, PriceLowToHigh, PriceHighToLow, BestRated, Newest }
