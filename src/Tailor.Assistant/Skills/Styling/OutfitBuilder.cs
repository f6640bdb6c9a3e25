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
public sealed class OutfitBuilder(ProductSearchSkill catalog, StyleKnowledge knowledge, OutfitPlanner planner)
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
        var slots = Slots(request);
        var seen = new HashSet<string>(StringComparer.Ordinal) { anchor?.Handle ?? "" };
        // A budget is for the whole look: each piece gets an equal share of what the centre piece leaves of it.
        decimal? share = request.Budget is { } budget ? (budget - (anchor?.PriceFrom ?? 0)) / Math.Max(1, slots.Count) : null;
        var search = new SlotSearch(this, request, share, seen, ct);
        var outfits = new List<Outfit>();
        if (anchor is not null)
        {
            // Different centre pieces start at different places in the best-rated lists, so they don't all get the same companions.
            var rotation = (int)(StableHash(anchor.Handle) % Candidates);
            for (var k = 0; k < MaxOutfits; k++)
                if (await search.CompleteAsync(slots, anchor.PriceFrom, anchorColor, rotation + k, []) is { Count: > 0 } pieces)
                    outfits.Add(new Outfit(pieces));
            // A child's party dress has no heels or jewellery to go with it: fall back to the department's own companions.
            if (outfits.Count == 0 && knowledge.FallbackLooks.GetValueOrDefault(DepartmentKey(request.Department)) is { } fallback)
                for (var k = 0; k < MaxOutfits; k++)
                    if (await search.CompleteAsync(Allowed(fallback, request), anchor.PriceFrom, anchorColor, rotation + k, []) is { Count: > 0 } pieces)
                        outfits.Add(new Outfit(pieces));
        }
        else if (slots.Count > 0)
        {
            // Without a centre piece, the first category of the look is the centre: the rest are matched to it.
            var centres = await search.CandidatesAsync(slots[0], null, null, null);
            foreach (var centre in centres.Take(MaxOutfits))
            {
                seen.Add(centre.Handle);
                var first = Piece(centre, slots[0], request, null);
                var rest = await search.CompleteAsync(slots.Skip(1).ToList(), centre.Price, first.Color, 0, [first]);
                outfits.Add(new Outfit(rest));
            }
        }
        var kept = outfits.Where(o => request.Budget is not { } budget || o.Total + (anchor?.PriceFrom ?? 0) <= budget).ToList();
        return new StyledOutfits(request.Department, anchorColor, kept);
    }

    /// <summary>The searches of one request: the companions of a centre piece, one per category of the look.</summary>
    private sealed class SlotSearch(OutfitBuilder builder, OutfitRequest request, decimal? share, HashSet<string> seen, CancellationToken ct)
    {
        private readonly Dictionary<(string, decimal, string?), IReadOnlyList<ProductMatch>> cache = [];

        public async Task<IReadOnlyList<OutfitPiece>> CompleteAsync(IReadOnlyList<string> slots, decimal centrePrice, string? centreColor, int pick,
            IReadOnlyList<OutfitPiece> start)
        {
            var pieces = start.ToList();
            var family = centreColor is null ? null : ColorFamilies.FamilyOf(centreColor);
            foreach (var category in slots)
            {
                var key = (category, centrePrice, family);
                if (!cache.TryGetValue(key, out var matches))
                    cache[key] = matches = await CandidatesAsync(category, centrePrice, family, centreColor);
                var fresh = matches.Where(m => !seen.Contains(m.Handle)).ToList();
                if (fresh.Count == 0) continue;
                var match = fresh[pick % fresh.Count];
                seen.Add(match.Handle);
                pieces.Add(builder.Piece(match, category, request, family));
            }
            return pieces;
        }

        public Task<IReadOnlyList<ProductMatch>> CandidatesAsync(string category, decimal? centrePrice, string? centreFamily, string? centreColor) =>
            builder.CandidatesAsync(request, category, builder.Palette(request.Occasion, centreFamily), builder.PriceRange(centrePrice, share), ct);
    }

    /// <summary>The categories of the look: the occasion's for this department, else the centre piece's companions.</summary>
    private List<string> Slots(OutfitRequest request)
    {
        var department = DepartmentKey(request.Department);
        var occasion = request.Occasion;
        IReadOnlyList<string> look = request.Anchor is { } anchor
            ? planner.CompanionsOf(anchor.Category, null)
            : occasion is not null ? occasion.Looks.GetValueOrDefault(department) ?? occasion.Looks.GetValueOrDefault("women") ?? []
            : planner.CompanionsOf(null, null);
        return Allowed(look, request);
    }

    private static string DepartmentKey(Gender department) => department switch { Gender.Men => "men", Gender.Kids => "kids", _ => "women" };

    /// <summary>The categories the occasion allows, or within a step of the centre piece's formality.</summary>
    private List<string> Allowed(IReadOnlyList<string> look, OutfitRequest request)
    {
        var occasion = request.Occasion;
        var centre = request.Anchor is { } a ? knowledge.FormalityOf(a.Category) : (int?)null;
        return look.Where(category => category != request.Anchor?.Category)
            .Where(category => occasion?.Allows(category, knowledge.FormalityOf(category))
                ?? centre is not { } level || Math.Abs(knowledge.FormalityOf(category) - level) <= 1)
            .Distinct().ToList();
    }

    private (IReadOnlyList<string> Wanted, IReadOnlyList<string> Avoided) Palette(OccasionRule? occasion, string? centreFamily)
    {
        var avoided = occasion?.Avoid ?? [];
        IReadOnlyList<string> wanted = centreFamily is not null ? knowledge.Harmony.With(centreFamily)
            : occasion is { Prefer.Count: > 0 } ? occasion.Prefer : [];
        return (wanted.Except(avoided).Distinct().ToList(), avoided);
    }

    private (decimal? Min, decimal? Max) PriceRange(decimal? centrePrice, decimal? share)
    {
        decimal? min = null, max = null;
        if (centrePrice is > 0 and { } price)
            (min, max) = knowledge.PriceBand.Around(price);
        if (share is { } most) (min, max) = (min is { } low && low > most ? null : min, max is { } m ? Math.Min(m, most) : most);
        return (min, max);
    }

    // Strictest first: the occasion's catalog tags and the shape's fits, then without the shape, then without the tags.
    // Department, colours, patterns, price and size are never relaxed.
    private async Task<IReadOnlyList<ProductMatch>> CandidatesAsync(OutfitRequest request, string category,
        (IReadOnlyList<string> Wanted, IReadOnlyList<string> Avoided) palette, (decimal? Min, decimal? Max) price, CancellationToken ct)
    {
        var (min, max) = price;
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
            var result = await catalog.SearchAsync(constraints, 0, Candidates, ct);
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
