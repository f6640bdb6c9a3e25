using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Dialogue;

/// <summary>One constraint let go: which kind, the words it was ("size L", "teal"), and the search without it.</summary>
public sealed record Relaxation(string Kind, string Dropped, SearchConstraints Search);

/// <summary>The first relaxation that finds products, with what it found.</summary>
public sealed record Alternative(Relaxation Relaxation, ProductSearchResult Result);

/// <summary>
/// When a search finds nothing, finds the nearest search that does by letting go of one hard constraint at a time,
/// re-running the real search each time; the first that finds products wins. The category is never dropped: it is
/// what the shopper came for.
/// </summary>
public sealed class NearestAlternatives(ProductSearchSkill search)
{
    /// <summary>
    /// The order costs the shopper least first: unmatched words and "reduced only" (the search's own narrowing),
    /// then details with close substitutes (pattern, sleeve, neckline, fit, style, occasion, season), then brand and
    /// material, then colour (its family first: a near shade often does), then money (a higher budget costs them), and size last
    /// (an item that does not fit is no alternative, so it is offered only when nothing else is).
    /// </summary>
    public static IEnumerable<Relaxation> Candidates(SearchConstraints c)
    {
        if (c.Terms.Count > 0) yield return new("words", string.Join(' ', c.Terms), c with { Terms = [] });
        if (c.OnSaleOnly) yield return new("sale", "reduced", c with { OnSaleOnly = false });
        foreach (var (values, without) in Details(c))
            if (values.Count > 0) yield return new("detail", ConstraintsListing(values), without);
        if (c.Brands.Count > 0) yield return new("brand", ConstraintsListing(c.Brands), c with { Brands = [] });
        if (c.Materials.Count > 0) yield return new("material", ConstraintsListing(c.Materials), c with { Materials = [] });
        // "teal" first widens to its family (other blues), then colour goes.
        var families = c.Colors.Select(ColorFamilies.FamilyOf).Distinct().ToList();
        if (c.Colors.Count > 0 && !families.SequenceEqual(c.Colors))
            yield return new("shade", ConstraintsListing(c.Colors), c with { Colors = families });
        if (c.Colors.Count > 0) yield return new("color", ConstraintsListing(c.Colors), c with { Colors = [] });
        if (c.MaxPrice is not null) yield return new("price", "budget", c with { MaxPrice = null, MinPrice = null, Sort = SearchSort.PriceLowToHigh });
        if (c.Size is { } size) yield return new("size", size, c with { Size = null });
    }

    public async Task<Alternative?> FindAsync(SearchConstraints constraints, int take, CancellationToken ct)
    {
        foreach (var relaxation in Candidates(constraints))
        {
            var result = await search.SearchAsync(relaxation.Search, 0, take, ct);
            if (result.Total > 0 && result.Products.Count > 0) return new Alternative(relaxation, result);
        }
        return null;
    }

    private static IEnumerable<(IReadOnlyList<string> Values, SearchConstraints Without)> Details(SearchConstraints c) =>
    [
        (c.Patterns, c with { Patterns = [] }), (c.Sleeves, c with { Sleeves = [] }), (c.Necklines, c with { Necklines = [] }),
        (c.Fits, c with { Fits = [] }), (c.Styles, c with { Styles = [] }), (c.Occasions, c with { Occasions = [] }),
        (c.Seasons, c with { Seasons = [] }),
    ];

    private static string ConstraintsListing(IReadOnlyList<string> values) => Respond.ConstraintsDescriber.Join(values, "or");
}
