namespace Tailor.Domain.Catalog;

/// <summary>Maps colour names to the families shoppers search by: navy is a blue, burgundy a red.</summary>
public static class ColorFamilies
{
    public static readonly IReadOnlyList<string> All =
        ["black", "white", "grey", "blue", "red", "pink", "green", "yellow", "orange", "purple", "brown", "beige", "multi", "metallic"];

    private static readonly Dictionary<string, string> FamilyByColor = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "black", ["jet"] = "black", ["charcoal"] = "grey", ["onyx"] = "black",
        ["white"] = "white", ["ivory"] = "white", ["cream"] = "white", ["off-white"] = "white", ["ecru"] = "white", ["snow"] = "white",
        ["grey"] = "grey", ["gray"] = "grey", ["heather grey"] = "grey", ["silver grey"] = "grey", ["slate"] = "grey", ["stone"] = "grey",
        ["blue"] = "blue", ["navy"] = "blue", ["denim"] = "blue", ["cobalt"] = "blue", ["sky blue"] = "blue", ["light blue"] = "blue",
        ["indigo"] = "blue", ["royal blue"] = "blue", ["teal"] = "blue", ["powder blue"] = "blue", ["midnight"] = "blue",
        ["red"] = "red", ["burgundy"] = "red", ["wine"] = "red", ["scarlet"] = "red", ["cherry"] = "red", ["rust"] = "red", ["brick"] = "red",
        ["pink"] = "pink", ["blush"] = "pink", ["rose"] = "pink", ["fuchsia"] = "pink", ["dusty pink"] = "pink", ["coral"] = "pink",
        ["green"] = "green", ["olive"] = "green", ["khaki"] = "green", ["sage"] = "green", ["emerald"] = "green", ["forest green"] = "green", ["mint"] = "green",
        ["yellow"] = "yellow", ["mustard"] = "yellow", ["lemon"] = "yellow", ["ochre"] = "yellow",
        ["orange"] = "orange", ["terracotta"] = "orange", ["burnt orange"] = "orange", ["apricot"] = "orange",
        ["purple"] = "purple", ["lilac"] = "purple", ["lavender"] = "purple", ["plum"] = "purple", ["violet"] = "purple", ["mauve"] = "purple",
        ["brown"] = "brown", ["chocolate"] = "brown", ["tan"] = "brown", ["camel"] = "brown", ["cognac"] = "brown", ["mocha"] = "brown", ["chestnut"] = "brown",
        ["beige"] = "beige", ["sand"] = "beige", ["oatmeal"] = "beige", ["nude"] = "beige", ["taupe"] = "beige", ["natural"] = "beige",
        ["multi"] = "multi", ["multicolour"] = "multi", ["multicolor"] = "multi", ["print"] = "multi",
        ["gold"] = "metallic", ["silver"] = "metallic", ["rose gold"] = "metallic", ["bronze"] = "metallic",
    };

    /// <summary>All colour names the store knows, for generators and entity recognition.</summary>
    public static IEnumerable<string> KnownColors => FamilyByColor.Keys;

    /// <summary>The family of a colour name; an unknown name falls back to the family word it contains, else "multi".</summary>
    public static string FamilyOf(string? color)
    {
        if (string.IsNullOrWhiteSpace(color)) return "multi";
        var name = color.Trim();
        if (FamilyByColor.TryGetValue(name, out var family)) return family;
        foreach (var word in name.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Reverse())
            if (FamilyByColor.TryGetValue(word, out family)) return family;
        return "multi";
    }
}
