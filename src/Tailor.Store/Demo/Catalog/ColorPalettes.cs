namespace Tailor.Store.Demo.Catalog;

/// <summary>
/// Colours a buyer would actually stock in each kind of product, all names from ColorFamilies.KnownColors.
/// A colour listed twice is bought twice as often: black sells.
/// </summary>
internal static class ColorPalettes
{
    public static readonly IReadOnlyList<string> Fashion =
    [
        "black", "black", "black", "white", "white", "navy", "navy", "ivory", "cream", "grey", "heather grey", "charcoal",
        "stone", "sky blue", "light blue", "cobalt", "teal", "powder blue", "red", "burgundy", "wine", "scarlet", "rust",
        "pink", "blush", "dusty pink", "fuchsia", "coral", "green", "olive", "khaki", "sage", "sage", "emerald",
        "forest green", "mint", "mustard", "lemon", "ochre", "terracotta", "burnt orange", "apricot", "lilac", "lavender",
        "plum", "mauve", "chocolate", "tan", "camel", "beige", "sand", "oatmeal", "taupe", "ecru",
    ];

    public static readonly IReadOnlyList<string> Denim =
        ["denim", "denim", "denim", "indigo", "indigo", "light blue", "light blue", "midnight", "black", "black", "charcoal", "ecru", "white", "stone"];

    public static readonly IReadOnlyList<string> Leather =
    [
        "black", "black", "black", "black", "tan", "tan", "cognac", "chocolate", "camel", "burgundy", "taupe", "nude",
        "white", "navy", "olive", "stone", "mocha", "chestnut", "cream",
    ];

    public static readonly IReadOnlyList<string> Outerwear =
    [
        "black", "black", "black", "camel", "camel", "navy", "navy", "charcoal", "charcoal", "grey", "oatmeal", "cream",
        "chocolate", "olive", "khaki", "forest green", "burgundy", "stone", "sand", "rust", "slate",
    ];

    public static readonly IReadOnlyList<string> Knit =
    [
        "cream", "cream", "oatmeal", "oatmeal", "black", "navy", "grey", "heather grey", "camel", "charcoal", "burgundy",
        "forest green", "sage", "rust", "mustard", "powder blue", "lilac", "chocolate", "ivory", "ecru", "blush",
    ];

    public static readonly IReadOnlyList<string> Bright =
    [
        "black", "black", "black", "white", "navy", "coral", "fuchsia", "cobalt", "royal blue", "teal", "emerald", "lemon",
        "scarlet", "lilac", "mint", "apricot", "sky blue", "red",
    ];

    public static readonly IReadOnlyList<string> Canvas =
        ["white", "white", "white", "white", "black", "black", "cream", "off-white", "navy", "grey", "stone", "sand", "sage", "blush", "khaki"];

    public static readonly IReadOnlyList<string> Metal = ["gold", "gold", "gold", "silver", "silver", "rose gold", "bronze"];

    /// <summary>Every colour any palette can produce, for checks that they all have a swatch and a family.</summary>
    public static IEnumerable<string> All =>
        Fashion.Concat(Denim).Concat(Leather).Concat(Outerwear).Concat(Knit).Concat(Bright).Concat(Canvas).Concat(Metal).Distinct();
}
