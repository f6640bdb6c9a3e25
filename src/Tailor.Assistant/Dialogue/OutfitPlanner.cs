namespace Tailor.Assistant.Dialogue;

/// <summary>Which categories complete a look around an anchor item or an occasion.</summary>
public static class OutfitPlanner
{
    private static readonly Dictionary<string, string[]> Companions = new()
    {
        ["dresses"] = ["heels", "bags", "jewellery", "sandals"],
        ["skirts"] = ["shirts", "knitwear", "boots", "bags"],
        ["jeans"] = ["t-shirts", "jackets", "sneakers", "belts"],
        ["trousers"] = ["shirts", "knitwear", "boots", "belts"],
        ["t-shirts"] = ["jeans", "sneakers", "jackets"],
        ["shirts"] = ["trousers", "jeans", "belts"],
        ["knitwear"] = ["jeans", "trousers", "boots", "scarves"],
        ["jackets"] = ["t-shirts", "jeans", "sneakers"],
        ["coats"] = ["knitwear", "scarves", "boots", "hats"],
        ["activewear"] = ["sneakers", "bags"],
        ["swimwear"] = ["sandals", "hats", "bags"],
        ["sneakers"] = ["jeans", "t-shirts", "jackets"],
        ["boots"] = ["jeans", "coats", "knitwear"],
        ["heels"] = ["dresses", "bags", "jewellery"],
        ["sandals"] = ["dresses", "hats", "bags"],
    };

    private static readonly Dictionary<string, string[]> ForOccasion = new()
    {
        ["wedding"] = ["dresses", "heels", "bags", "jewellery"],
        ["party"] = ["dresses", "heels", "jewellery"],
        ["work"] = ["trousers", "shirts", "jackets"],
        ["beach"] = ["swimwear", "sandals", "hats"],
        ["gym"] = ["activewear", "sneakers", "bags"],
        ["date night"] = ["dresses", "heels", "jackets"],
    };

    public static IReadOnlyList<string> CompanionsOf(string? category, string? occasion) =>
        category is not null && Companions.TryGetValue(category, out var companions) ? companions
        : occasion is not null && ForOccasion.TryGetValue(occasion, out var look) ? look
        : ["jeans", "t-shirts", "sneakers"];
}
