namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// How shoppers say things (<c>training/synonyms.yaml</c>): per group, a canonical value and the phrases that mean it,
/// plus the word lists the recognizer needs (stop words, words never corrected as typos, size conversions).
/// </summary>
public sealed record ShopperSynonyms
{
    /// <summary>The pattern group that stands for every catalog pattern other than "solid" ("prints", "patterned").</summary>
    public const string AnyPattern = "patterned";

    public static readonly ShopperSynonyms None = new();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Categories { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Colors { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Materials { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Patterns { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fits { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Occasions { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Seasons { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Styles { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sleeves { get; init; } = Empty;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Necklines { get; init; } = Empty;
    /// <summary>Keyed by <see cref="Tailor.Domain.Catalog.Gender"/> name, lowercase.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Genders { get; init; } = Empty;
    /// <summary>Size words by catalog size label: "medium" → "M".</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sizes { get; init; } = Empty;
    /// <summary>Keyed by <see cref="SearchSort"/> name in snake case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sort { get; init; } = Empty;
    /// <summary>Keyed by <see cref="ProductAspect"/> name in snake case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aspects { get; init; } = Empty;
    /// <summary>Keyed by <see cref="Understanding.PriceDirection"/> name in snake case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PriceDirection { get; init; } = Empty;
    public IReadOnlyList<string> OnSale { get; init; } = [];

    public SizeConversions SizeConversions { get; init; } = SizeConversions.None;
    public IReadOnlyList<string> FootwearCategories { get; init; } = [];
    public IReadOnlyList<string> FootwearWords { get; init; } = [];

    /// <summary>Catalog words that are everyday words next to certain others ("will it work", "check my order").</summary>
    public IReadOnlyList<WordGuard> WordGuards { get; init; } = [];

    /// <summary>Categories where a size word describes the item ("a small bag"), not the shopper's size.</summary>
    public IReadOnlyList<string> SizeDescribes { get; init; } = [];
    /// <summary>Phrases reporting a damaged, faulty or wrong item ("has a hole", "zip broke").</summary>
    public IReadOnlyList<string> Defects { get; init; } = [];
    /// <summary>Feelings, politeness, filler and chat (with the words of <c>emotion.yaml</c>): never search words.</summary>
    public IReadOnlyList<string> ChatWords { get; init; } = [];

    public IReadOnlyList<string> StopWords { get; init; } = [];
    public IReadOnlyList<string> NeverCorrect { get; init; } = [];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>A catalog word that means nothing right after one of <paramref name="After"/> or right before one of <paramref name="Before"/>.</summary>
public sealed record WordGuard(IReadOnlyList<string> Words, IReadOnlyList<string> After, IReadOnlyList<string> Before);

/// <summary>Size tables to the store's UK sizes, keyed by the foreign size number ("38" → "10").</summary>
public sealed record SizeConversions(
    IReadOnlyDictionary<string, string> EuClothing,
    IReadOnlyDictionary<string, string> UsClothing,
    IReadOnlyDictionary<string, string> EuShoes,
    IReadOnlyDictionary<string, string> UsWomenShoes,
    IReadOnlyDictionary<string, string> UsMenShoes)
{
    private static readonly IReadOnlyDictionary<string, string> Nothing = new Dictionary<string, string>();

    public static readonly SizeConversions None = new(Nothing, Nothing, Nothing, Nothing, Nothing);
}
