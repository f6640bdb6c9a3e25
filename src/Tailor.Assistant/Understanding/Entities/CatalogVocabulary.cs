using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// The values the live catalog really has, which the entity recognizer may return, and how shoppers say them.
/// Attribute values are lowercase; sizes keep the catalog's labels ("XS", "UK 7", "5-6Y", "One Size").
/// </summary>
public sealed record CatalogVocabulary
{
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Colour names on variants ("navy", "dusty pink").</summary>
    public IReadOnlyList<string> Colors { get; init; } = [];
    /// <summary>The families shoppers search by (<see cref="Tailor.Domain.Catalog.ColorFamilies.All"/>): "blue" covers navy.</summary>
    public IReadOnlyList<string> ColorFamilies { get; init; } = [];
    public IReadOnlyList<string> Materials { get; init; } = [];
    public IReadOnlyList<string> Brands { get; init; } = [];
    public IReadOnlyList<string> Patterns { get; init; } = [];
    public IReadOnlyList<string> Fits { get; init; } = [];
    public IReadOnlyList<string> Occasions { get; init; } = [];
    public IReadOnlyList<string> Seasons { get; init; } = [];
    public IReadOnlyList<string> Styles { get; init; } = [];
    /// <summary>Sleeve lengths ("long sleeve") and necklines ("v-neck") of tops and dresses.</summary>
    public IReadOnlyList<string> Sleeves { get; init; } = [];
    public IReadOnlyList<string> Necklines { get; init; } = [];
    public IReadOnlyList<string> Sizes { get; init; } = [];
    /// <summary>Every product's title and brand, so a message can name one ("the Thea Linen Midi Dress").</summary>
    public IReadOnlyList<ProductTitle> Titles { get; init; } = [];
    public ShopperSynonyms Synonyms { get; init; } = ShopperSynonyms.None;

    /// <summary>The vocabulary of products already in memory (tests, imports); the loader reads the same from the database.</summary>
    public static CatalogVocabulary From(IEnumerable<Product> products, ShopperSynonyms synonyms)
    {
        var list = products as IReadOnlyCollection<Product> ?? products.ToList();
        var variants = list.SelectMany(p => p.Variants).ToList();
        return Of(
            categories: list.Select(p => p.Category),
            colors: variants.Select(v => v.Color),
            materials: list.Select(p => p.Attributes.Material),
            brands: list.Select(p => p.Brand),
            patterns: list.Select(p => p.Attributes.Pattern),
            fits: list.Select(p => p.Attributes.Fit),
            occasions: list.SelectMany(p => p.Attributes.Occasions),
            seasons: list.SelectMany(p => p.Attributes.Seasons),
            styles: list.SelectMany(p => p.Attributes.Styles),
            sizes: variants.Select(v => v.Size),
            synonyms) with
        {
            Sleeves = Clean(list.Select(p => p.Attributes.Sleeve)),
            Necklines = Clean(list.Select(p => p.Attributes.Neckline)),
            Titles = list.Select(p => new ProductTitle(p.Handle, p.Title, p.Brand)).ToArray(),
        };
    }

    /// <summary>Cleans raw catalog values: trimmed, lowercase (sizes excepted), no blanks, no repeats, sorted.</summary>
    internal static CatalogVocabulary Of(
        IEnumerable<string?> categories, IEnumerable<string?> colors, IEnumerable<string?> materials, IEnumerable<string?> brands,
        IEnumerable<string?> patterns, IEnumerable<string?> fits, IEnumerable<string?> occasions, IEnumerable<string?> seasons,
        IEnumerable<string?> styles, IEnumerable<string?> sizes, ShopperSynonyms synonyms) => new()
    {
        Categories = Clean(categories),
        Colors = Clean(colors),
        ColorFamilies = Tailor.Domain.Catalog.ColorFamilies.All,
        Materials = Clean(materials),
        Brands = Clean(brands),
        Patterns = Clean(patterns),
        Fits = Clean(fits),
        Occasions = Clean(occasions),
        Seasons = Clean(seasons),
        Styles = Clean(styles),
        Sizes = sizes.Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal).ToArray(),
        Synonyms = synonyms,
    };

    internal static string[] Clean(IEnumerable<string?> values) =>
        values.Select(v => v?.Trim().ToLowerInvariant() ?? "").Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
}
