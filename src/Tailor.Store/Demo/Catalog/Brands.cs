using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

/// <summary>
/// A fictional label: which categories it makes, for whom, how it is priced and how it tends to fit.
/// FitBias below zero means the label's patterns run small, above zero large.
/// </summary>
internal sealed record BrandSpec(string Name, decimal PriceFactor, IReadOnlyList<string> Categories, IReadOnlyList<Gender> Genders, double FitBias = 0);

/// <summary>The labels the demo store stocks.</summary>
internal static class Brands
{
    private static readonly Gender[] Adults = [Gender.Women, Gender.Men, Gender.Unisex];
    private static readonly Gender[] Womens = [Gender.Women];
    private static readonly Gender[] Mens = [Gender.Men, Gender.Unisex];
    private static readonly Gender[] Children = [Gender.Kids];
    private static readonly Gender[] Everyone = [Gender.Women, Gender.Men, Gender.Kids, Gender.Unisex];

    private static readonly string[] Clothing = ["dresses", "jeans", "trousers", "t-shirts", "shirts", "knitwear", "jackets", "coats", "skirts"];
    private static readonly string[] Shoes = ["sneakers", "boots", "heels", "sandals"];
    private static readonly string[] Accessories = ["bags", "belts", "scarves", "hats", "jewellery"];

    public static readonly IReadOnlyList<BrandSpec> All =
    [
        new("Aster & Oak", 1.0m, Clothing, Adults),
        new("Northbound", 1.1m, ["jackets", "coats", "knitwear", "boots", "hats", "scarves", "bags"], Adults),
        new("Maison Lumière", 1.6m, ["dresses", "skirts", "shirts", "heels", "bags", "jewellery", "scarves"], Womens, FitBias: -0.6),
        new("Fable & Thread", 1.0m, ["dresses", "skirts", "shirts", "knitwear", "t-shirts"], Womens),
        new("Kestrel", 1.15m, ["jackets", "coats", "trousers", "shirts", "boots", "belts"], Mens),
        new("Wild Meadow", 0.9m, ["dresses", "skirts", "t-shirts", "sandals", "hats", "swimwear"], Womens, FitBias: 0.4),
        new("Saltmarsh", 1.0m, ["swimwear", "t-shirts", "shirts", "sandals", "hats", "bags"], Adults),
        new("Harbour Lane", 0.85m, Clothing, Adults),
        new("Velour Studio", 1.3m, ["dresses", "skirts", "trousers", "heels", "bags", "jewellery"], Womens, FitBias: -0.5),
        new("Juniper Row", 0.95m, ["knitwear", "t-shirts", "trousers", "scarves", "hats"], Adults),
        new("Oxley & Sons", 1.35m, ["shirts", "trousers", "knitwear", "coats", "belts", "boots"], Mens, FitBias: 0.3),
        new("Linden Denim Co.", 1.05m, ["jeans", "jackets", "shirts", "skirts"], Everyone, FitBias: -0.4),
        new("Copper Fox", 1.1m, ["boots", "sneakers", "belts", "bags"], Adults),
        new("Loom & Lark", 1.2m, ["knitwear", "scarves", "hats", "coats"], Adults, FitBias: 0.6),
        new("Atelier Nine", 1.7m, ["coats", "jackets", "dresses", "trousers", "heels", "bags"], Adults, FitBias: -0.7),
        new("Brightwell", 0.8m, Clothing, Everyone),
        new("Marlowe", 1.25m, ["heels", "boots", "sandals", "bags", "belts"], Womens, FitBias: -0.3),
        new("Sable Street", 0.9m, ["t-shirts", "jeans", "jackets", "sneakers", "hats", "activewear"], Adults, FitBias: 0.7),
        new("Tidewater", 1.0m, ["swimwear", "activewear", "sandals", "t-shirts"], Everyone),
        new("Hollis & Vane", 1.5m, ["shirts", "knitwear", "coats", "trousers", "scarves", "jewellery"], Adults),
        new("Pebble & Pine", 0.8m, ["dresses", "jeans", "trousers", "t-shirts", "shirts", "knitwear", "jackets", "coats", "skirts", "swimwear", "activewear", "hats"], Children),
        new("Little Acorn", 0.85m, [.. Clothing, "sneakers", "boots", "sandals", "hats"], Children, FitBias: -0.3),
        new("Stride Lab", 1.1m, ["sneakers", "activewear", "boots", "sandals"], Everyone),
        new("Pace Athletic", 0.95m, ["activewear", "sneakers", "t-shirts", "bags", "hats"], Everyone, FitBias: -0.4),
        new("Goldleaf", 1.3m, ["jewellery"], Adults),
        new("Ivy & Ember", 1.1m, [.. Shoes, .. Accessories], Womens),
        new("Caspian", 1.0m, ["bags", "belts", "scarves", "hats", "jewellery", "sneakers"], Adults),
    ];

    /// <summary>The labels that make this category for this gender; every range has at least one.</summary>
    public static IReadOnlyList<BrandSpec> Making(string category, Gender gender) =>
        All.Where(b => b.Categories.Contains(category) && b.Genders.Contains(gender)).ToList();
}
