
namespace Tailor.Store.Import;

/// <summary>Turns the ways stores name a category ("Sweaters", "Jumpers", "Trainers", "T-Shirts") into the catalog's slugs.</summary>
internal static class CategoryNames
{
    private static readonly Dictionary<string, string> Canonical = Build(new()
    {
        ["dresses"] = ["dress", "dresses", "gowns"],
        ["jeans"] = ["jean", "jeans"],
        ["trousers"] = ["trouser", "trousers", "pants", "chinos", "slacks"],
        ["t-shirts"] = ["t-shirt", "t-shirts", "tshirt", "tshirts", "tee", "tees", "t-shirts-tops"],
        ["shirts"] = ["shirt", "shirts", "blouse", "blouses", "shirts-tops", "shirts-blouses"],
        ["knitwear"] = ["knitwear", "knits", "sweater", "sweaters", "jumper", "jumpers", "pullover", "pullovers", "cardigan", "cardigans"],
        ["jackets"] = ["jacket", "jackets", "blazer", "blazers"],
        ["coats"] = ["coat", "coats", "outerwear", "coats-jackets"],
        ["skirts"] = ["skirt", "skirts"],
        ["activewear"] = ["activewear", "sportswear", "leggings", "gym-wear", "athleisure"],
        ["swimwear"] = ["swimwear", "swimsuit", "swimsuits", "bikini", "bikinis", "swim", "swimming-costumes"],
        ["sneakers"] = ["sneaker", "sneakers", "trainer", "trainers", "athletic-shoes", "running-shoes"],
        ["boots"] = ["boot", "boots", "ankle-boots"],
        ["heels"] = ["heel", "heels", "high-heels", "pumps", "court-shoes"],
        ["sandals"] = ["sandal", "sandals"],
        ["bags"] = ["bag", "bags", "handbag", "handbags", "handbags-wallets-cases"],
        ["belts"] = ["belt", "belts"],
        ["scarves"] = ["scarf", "scarves", "scarfs", "scarves-shawls"],
        ["hats"] = ["hat", "hats", "cap", "caps", "beanies"],
        ["jewellery"] = ["jewellery", "jewelry", "necklace", "necklaces", "earrings", "bracelets", "rings"],
    });

    /// <summary>The catalog slug of a category name: a known synonym's canonical slug, else the name's own slug.</summary>
    public static string Normalize(string? name)
    {
        var slug = Slug.Of(name ?? "");
        if (Canonical.TryGetValue(slug, out var canonical)) return canonical;
        return slug.Length <= 100 ? slug : slug[..100];
    }

    /// <summary>The last segment of a path such as "Apparel &amp; Accessories > Clothing > Dresses".</summary>
    public static string? Leaf(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var cut = path.LastIndexOf('>');
        var leaf = (cut < 0 ? path : path[(cut + 1)..]).Trim();
        return leaf.Length == 0 ? null : leaf;
    }

    private static Dictionary<string, string> Build(Dictionary<string, string[]> synonyms) =>
        synonyms.SelectMany(pair => pair.Value, (pair, name) => (name, pair.Key)).ToDictionary(p => p.name, p => p.Key, StringComparer.Ordinal);
}
