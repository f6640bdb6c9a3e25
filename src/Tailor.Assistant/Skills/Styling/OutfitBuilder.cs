using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Styling;

/// <summary>
/// Puts outfits together from what is in stock, on the in-memory catalog: one department, pieces within the
/// occasion's formality (or a step of the centre piece's), colours that go with the centre piece and that each piece
/// really comes in, a price band proportional to the centre piece or within the budget, fits that flatter the shape.
/// </summary>
public sealed class OutfitBuilder(ProductSearchSkill search, StyleKnowledge knowledge, OutfitPlanner planner)
{
    public const int MaxOutfits = 3;
    private const int Candidates = 9;

    /// <summary>Clothes share the shopper's clothing size; shoes and accessories are sized differently or not at all.</summary>
    private static readonly HashSet<string> Clothing =
        ["dresses", "jeans", "trousers", "t-shirts", "shirts", "knitwear", "jackets", "coats", "skirts", "activewear", "swimwear"];

    public async Task<StyledOutfits> BuildAsync(OutfitRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var anchor = request.Anchor;
        var anchorColor = anchor is null ? null
            : request.AnchorColor is { } wanted && anchor.ColorsInStock.FirstOrDefault(c => Same(c, wanted) || Same(ColorFamilies.FamilyOf(c), wanted)) is { } picked ? picked
            : anchor.ColorsInStock.FirstOrDefault() ?? anchor.Variants.FirstOrDefault()?.Color;
        var anchorFamily = anchorColor is null ? null : ColorFamilies.FamilyOf(anchorColor);
        var palette = Palette(request.Occasion, anchorFamily);
        var slots = Slots(request);
        var (min, max) = PriceRange(request, slots.Count);

        var picks = new List<IReadOnlyList<OutfitPiece>>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { anchor?.Handle ?? "" };
        var rotation = anchor is null ? 0 : (int)(StableHash(anchor.Handle) % Candidates);
        foreach (var category in slots)
        {
            var matches = await CandidatesAsync(request, category, palette, min, max, ct);
            var fresh = matches.Where(m => !seen.Contains(m.Handle)).ToList();
            if (fresh.Count == 0) continue;
            // Different centre pieces start at different places in the best-rated list, so they don't all get the same companions.
            var start = rotation % fresh.Count;
            var chosen = Enumerable.Range(0, Math.Min(MaxOutfits, fresh.Count)).Select(k => fresh[(start + k) % fresh.Count]).ToList();
            foreach (var match in chosen) seen.Add(match.Handle);
            picks.Add(chosen.Select(m => Piece(m, category, request, anchorFamily)).ToList());
        }
        var outfits = Enumerable.Range(0, MaxOutfits)
            .Select(k => new Outfit(picks.Where(slot => slot.Count > k).Select(slot => slot[k]).ToList()))
            .Where(o => o.Pieces.Count > 0 && (request.Budget is not { } budget || o.Total + (anchor?.PriceFrom ?? 0) <= budget))
            .ToList();
        return new StyledOutfits(request.Department, anchorColor, outfits);
    }

    /// <summary>The categories of the look: the occasion's for this department, else the centre piece's companions.</summary>
    private List<string> Slots(OutfitRequest request)
    {
        var department = request.Department switch { Gender.Men => "men", Gender.Kids => "kids", _ => "women" };
        var occasion = request.Occasion;
        IReadOnlyList<string> look = request.Anchor is { } anchor
            ? planner.CompanionsOf(anchor.Category, null)
            : occasion is not null ? occasion.Looks.GetValueOrDefault(department) ?? occasion.Looks.GetValueOrDefault("women") ?? []
            : planner.CompanionsOf(null, null);
        var centre = request.Anchor is { } a ? knowledge.FormalityOf(a.Category) : (int?)null;
        return look.Where(category => category != request.Anchor?.Category)
            .Where(category => occasion?.Allows(category, knowledge.FormalityOf(category))
                ?? centre is not { } level || Math.Abs(knowledge.FormalityOf(category) - level) <= 1)
            .Distinct().ToList();
    }

    private (IReadOnlyList<string> Wanted, IReadOnlyList<string> Avoided) Palette(OccasionRule? occasion, string? anchorFamily)
    {
        var avoided = occasion?.Avoid ?? [];
        IReadOnlyList<string> wanted = anchorFamily is not null ? knowledge.Harmony.With(anchorFamily)
            : occasion is { Prefer.Count: > 0 } ? occasion.Prefer : [];
        return (wanted.Except(avoided).Distinct().ToList(), avoided);
    }

    private (decimal? Min, decimal? Max) PriceRange(OutfitRequest request, int pieces)
    {
        decimal? min = null, max = null;
        if (request.Anchor is { } anchor && anchor.PriceFrom > 0)
            (min, max) = (Math.Floor(anchor.PriceFrom * knowledge.PriceBand.Min), Math.Ceiling(anchor.PriceFrom * knowledge.PriceBand.Max));
        // A budget is for the whole look: each piece gets its share of what the centre piece leaves.
        if (request.Budget is { } budget && pieces > 0)
        {
            var share = (budget - (request.Anchor?.PriceFrom ?? 0)) / pieces;
            max = max is { } m ? Math.Min(m, share) : share;
        }
        return (min, max);
    }

    // Strictest first: the occasion's catalog tags and the shape's fits, then without the shape, then without the tags.
    // Department, colours, patterns, price and size are never relaxed.
    private async Task<IReadOnlyList<ProductMatch>> CandidatesAsync(OutfitRequest request, string category,
        (IReadOnlyList<string> Wanted, IReadOnlyList<string> Avoided) palette, decimal? min, decimal? max, CancellationToken ct)
    {
        var strict = new SearchConstraints
        {
            Category = category,
            Gender = request.Department,
            Colors = palette.Wanted,
            ExcludedColors = palette.Avoided,
            ExcludedPatterns = request.Occasion?.AvoidPatterns ?? [],
            Occasions = request.Occasion?.CatalogOccasions ?? [],
            Size = Clothing.Contains(category) ? request.Size : null,
            MinPrice = min,
            MaxPrice = max,
            Fits = request.Shape?.FitsFor(category) ?? [],
            Necklines = request.Shape is { } shape && shape.ShapesNeckline(category) ? shape.Necklines : [],
            Sort = SearchSort.BestRated,
        };
        SearchConstraints[] tries = [strict, strict with { Fits = [], Necklines = [] }, strict with { Fits = [], Necklines = [], Occasions = [] }];
        foreach (var constraints in tries.Distinct())
        {
            var result = await search.SearchAsync(constraints, 0, Candidates, ct);
            var allowed = result.Products.Where(p => request.Department == Gender.Kids ? p.Gender == Gender.Kids : p.Gender != Gender.Kids).ToList();
            if (allowed.Count > 0) return allowed;
        }
        return [];
    }

    private OutfitPiece Piece(ProductMatch match, string category, OutfitRequest request, string? anchorFamily)
    {
        var color = match.Colors.FirstOrDefault() ?? "";
        var family = ColorFamilies.FamilyOf(color);
        var reasons = new List<string>();
        if (anchorFamily is not null) reasons.Add($"{color.ToLowerInvariant()}: {knowledge.Harmony.Why(anchorFamily, family)}");
        else if (request.Occasion is { } occasion && occasion.Prefer.Contains(family)) reasons.Add($"{color.ToLowerInvariant()} suits a {occasion.Name}");
        if (request.Shape is { } shape && shape.FitsFor(category).Count > 0) reasons.Add($"a cut chosen for a {shape.Name} shape");
        reasons.Add(match.ReviewCount > 0 ? $"{match.Rating:0.#}★ from {match.ReviewCount} reviews" : "new in");
        return new OutfitPiece(match, color, string.Join("; ", reasons));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // string.GetHashCode changes per process; the outfits must not.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
