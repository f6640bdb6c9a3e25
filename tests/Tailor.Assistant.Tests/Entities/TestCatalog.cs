using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>
/// A small hand-written catalog, shaped like a real fashion store's (and independent of the demo generator), with the
/// shipped <c>training/synonyms.yaml</c> and one shared recognizer over both.
/// </summary>
public static class TestCatalog
{
    private static readonly string[] Letters = ["XS", "S", "M", "L", "XL", "XXL"];
    private static readonly string[] DressSizes = ["6", "8", "10", "12", "14", "16", "18"];
    private static readonly string[] Waists = ["28", "30", "32", "34", "36", "38"];
    private static readonly string[] Shoes = ["UK 3", "UK 4", "UK 5", "UK 6", "UK 7", "UK 8", "UK 9", "UK 10", "UK 11", "UK 12"];
    private static readonly string[] KidsAges = ["2-3Y", "3-4Y", "4-5Y", "5-6Y", "7-8Y", "9-10Y", "11-12Y", "13-14Y"];
    private static readonly string[] OneSize = ["One Size"];

    public static readonly ShopperSynonyms Synonyms = ShopperSynonymsFile.Read(ShopperSynonymsFile.Find());

    public static IReadOnlyList<Product> Products { get; } =
    [
        Make("dresses", Gender.Women, "Maison Lumière", "silk", "floral", "fitted", ["wedding", "party"], ["spring", "summer"], ["romantic"], ["dusty pink", "navy", "wine"], DressSizes),
        Make("dresses", Gender.Women, "Aster & Oak", "cotton", "polka dot", "relaxed", ["casual", "holiday"], ["summer"], ["vintage"], ["black", "cream", "red"], Letters),
        Make("dresses", Gender.Women, "Aster & Oak", "polyester", "solid", "regular", ["work", "date night"], ["autumn"], ["classic"], ["black", "sage"], DressSizes),
        Make("jeans", Gender.Women, "Linden Denim Co.", "denim", "solid", "wide-leg", ["casual"], ["spring"], ["streetwear"], ["indigo", "light blue", "denim"], Waists),
        Make("jeans", Gender.Men, "Linden Denim Co.", "denim", "solid", "skinny", ["casual", "festival"], ["autumn"], ["classic"], ["black", "denim"], Waists),
        Make("trousers", Gender.Men, "Kestrel", "wool", "checked", "tailored", ["work"], ["winter"], ["classic"], ["charcoal", "navy"], Waists),
        Make("t-shirts", Gender.Men, "Aster & Oak", "organic cotton", "striped", "oversized", ["casual", "gym"], ["summer"], ["minimalist"], ["white", "navy", "olive"], Letters),
        Make("knitwear", Gender.Women, "Northbound", "cashmere", "solid", "relaxed", ["casual", "work"], ["autumn", "winter"], ["classic"], ["oatmeal", "burgundy", "heather grey"], Letters),
        Make("knitwear", Gender.Men, "Northbound", "merino wool", "geometric", "regular", ["travel"], ["winter"], ["preppy"], ["grey", "forest green"], Letters),
        Make("jackets", Gender.Men, "Kestrel", "leather", "solid", "regular", ["casual", "date night"], ["autumn"], ["edgy"], ["black", "tan"], Letters),
        Make("coats", Gender.Women, "Northbound", "wool", "checked", "oversized", ["work"], ["winter"], ["classic"], ["camel", "grey"], Letters),
        Make("sneakers", Gender.Women, "Stride Lab", "canvas", "solid", "standard fit", ["casual", "gym"], ["spring", "summer"], ["sporty"], ["white", "off-white", "blush"], Shoes),
        Make("boots", Gender.Men, "Kestrel", "suede", "solid", "wide fit", ["work"], ["autumn", "winter"], ["edgy"], ["chocolate", "black"], Shoes),
        Make("heels", Gender.Women, "Maison Lumière", "satin", "animal print", "standard fit", ["wedding", "party"], ["spring"], ["glam"], ["nude", "black"], Shoes),
        Make("bags", Gender.Women, "Maison Lumière", "leather", "animal print", null, ["work", "party"], ["autumn"], ["glam"], ["tan", "black"], OneSize),
        Make("jewellery", Gender.Women, "Goldleaf", "sterling silver", null, null, ["wedding", "party"], ["summer"], ["glam"], ["silver", "gold", "rose gold"], OneSize),
        Make("activewear", Gender.Women, "Stride Lab", "recycled polyester", "solid", "slim", ["gym"], ["spring", "summer"], ["sporty"], ["black", "coral"], Letters),
        Make("swimwear", Gender.Women, "Saltmarsh", "nylon", "floral", "regular", ["beach", "holiday"], ["summer"], ["boho"], ["coral", "cobalt"], Letters),
        Make("t-shirts", Gender.Kids, "Pebble & Pine", "cotton", "striped", "regular", ["casual"], ["summer"], ["sporty"], ["red", "navy"], KidsAges),
        Make("scarves", Gender.Unisex, "Northbound", "wool", "checked", null, ["casual"], ["winter"], ["classic"], ["mustard", "camel"], OneSize),
    ];

    public static CatalogVocabulary Vocabulary { get; } = CatalogVocabulary.From(Products, Synonyms);

    public static EntityRecognizer Recognizer { get; } = new(Vocabulary);

    public static RecognizedEntities Recognize(string text) => Recognizer.Recognize(text);

    /// <summary>Comma-separated, for compact table-driven assertions ("" for none).</summary>
    public static string Join(IEnumerable<string> values) => string.Join(",", values);

    internal static Product Make(
        string category, Gender gender, string brand, string material, string? pattern, string? fit,
        string[] occasions, string[] seasons, string[] styles, string[] colors, string[] sizes)
    {
        var handle = $"{brand}-{material}-{category}-{gender}".ToLowerInvariant().Replace(' ', '-');
        return new Product
        {
            Handle = handle,
            Title = $"{brand} {material} {category}",
            Brand = brand,
            Category = category,
            Gender = gender,
            Attributes = new ProductAttributes
            {
                Material = material, Pattern = pattern, Fit = fit,
                Occasions = [.. occasions], Seasons = [.. seasons], Styles = [.. styles],
            },
            Variants = colors.SelectMany(color => sizes.Select(size => new Variant
            {
                Sku = $"{handle}-{color}-{size}".Replace(' ', '-'),
                Color = color,
                ColorFamily = ColorFamilies.FamilyOf(color),
                Size = size,
                Price = 50m,
                Stock = 3,
            })).ToList(),
        };
    }
}
