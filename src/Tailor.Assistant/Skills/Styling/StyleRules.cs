namespace Tailor.Assistant.Skills.Styling;

/// <summary>
/// One occasion's dress code: the catalog occasions that suit it, the formality range, colour families to prefer and
/// avoid, categories that must never appear, patterns ruled out, the reason said to the shopper and a look per department.
/// </summary>
public sealed record OccasionRule(
    string Name, IReadOnlyList<string> Words, IReadOnlyList<string> CatalogOccasions, decimal MinFormality, decimal MaxFormality,
    IReadOnlyList<string> Prefer, IReadOnlyList<string> Avoid, IReadOnlyList<string> Never, IReadOnlyList<string> AvoidPatterns,
    string Why, IReadOnlyDictionary<string, IReadOnlyList<string>> Looks)
{
    public bool Allows(string category, int formality) =>
        !Never.Contains(category, StringComparer.OrdinalIgnoreCase) && formality >= MinFormality && formality <= MaxFormality;
}

/// <summary>A body shape: preferred fits by category group ("dresses", "tops", "bottoms"), necklines, fits to avoid, and why.</summary>
public sealed record BodyShapeRule(
    string Name, IReadOnlyList<string> Words, IReadOnlyDictionary<string, IReadOnlyList<string>> Fits,
    IReadOnlyList<string> Necklines, IReadOnlyList<string> AvoidFits, string Why)
{
    /// <summary>The fits that flatter this shape in <paramref name="category"/>; empty where the shape has no say (shoes, bags).</summary>
    public IReadOnlyList<string> FitsFor(string category) =>
        Fits.TryGetValue(GroupOf(category), out var fits) ? fits : [];

    public bool ShapesNeckline(string category) => GroupOf(category) is "dresses" or "tops";

    private static string GroupOf(string category) => category switch
    {
        "t-shirts" or "shirts" or "knitwear" => "tops",
        "jeans" or "trousers" or "skirts" => "bottoms",
        _ => category,
    };
}

/// <summary>Which colour families go together: neutrals with anything, and each family's companions with the reason.</summary>
public sealed record ColorHarmony(IReadOnlyList<string> Neutrals, IReadOnlyDictionary<string, HarmonyRule> Companions, string NeutralWhy)
{
    /// <summary>The families that go with <paramref name="family"/>: the neutrals and its companions.</summary>
    public IReadOnlyList<string> With(string family) =>
        [.. Neutrals, .. Companions.TryGetValue(family, out var rule) ? rule.With : []];

    /// <summary>Why a piece in <paramref name="family"/> goes with a centre piece in <paramref name="anchor"/>.</summary>
    public string Why(string anchor, string family) =>
        Neutrals.Contains(family) ? NeutralWhy
        : Companions.TryGetValue(anchor, out var rule) ? rule.Why
        : NeutralWhy;
}

public sealed record HarmonyRule(IReadOnlyList<string> With, string Why);

/// <summary>Companions cost between <see cref="Min"/> and <see cref="Max"/> times the centre piece, or up to <see cref="Floor"/> whatever it costs.</summary>
public sealed record PriceBand(decimal Min, decimal Max, decimal Floor)
{
    public (decimal Min, decimal Max) Around(decimal price) => (Math.Floor(price * Min), Math.Max(Math.Ceiling(price * Max), Floor));
}
