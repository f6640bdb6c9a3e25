namespace Tailor.Store.Demo.Images;

/// <summary>The hex value of every colour name the store knows (ColorFamilies.KnownColors), for drawing product images.</summary>
public static class ColorSwatches
{
    private static readonly Dictionary<string, string> HexByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "#1c1c1e", ["jet"] = "#0f0f10", ["onyx"] = "#353839", ["charcoal"] = "#3b3f45",
        ["white"] = "#fbfbf8", ["ivory"] = "#f6f1e1", ["cream"] = "#f3e9d2", ["off-white"] = "#f4f1ea", ["ecru"] = "#e6dcc3", ["snow"] = "#fffafa",
        ["grey"] = "#8e9196", ["gray"] = "#8e9196", ["heather grey"] = "#a5a7aa", ["silver grey"] = "#b8bcc2", ["slate"] = "#5f6b75", ["stone"] = "#b9b0a1",
        ["blue"] = "#2f5fa8", ["navy"] = "#1f2a44", ["denim"] = "#44618b", ["cobalt"] = "#1f4fbf", ["sky blue"] = "#8cc4ec", ["light blue"] = "#a9c9e6",
        ["indigo"] = "#2f3a6b", ["royal blue"] = "#2a4ed0", ["teal"] = "#1d7a7a", ["powder blue"] = "#b7d0e6", ["midnight"] = "#191f33",
        ["red"] = "#c62f2f", ["burgundy"] = "#6d1f2e", ["wine"] = "#722f37", ["scarlet"] = "#d6282b", ["cherry"] = "#a4161a", ["rust"] = "#a9522b", ["brick"] = "#9c4a3a",
        ["pink"] = "#f0a6c0", ["blush"] = "#efc7c2", ["rose"] = "#e28aa0", ["fuchsia"] = "#d0338a", ["dusty pink"] = "#d8a4a6", ["coral"] = "#f0786a",
        ["green"] = "#3f8f4f", ["olive"] = "#6b6d35", ["khaki"] = "#a39a6b", ["sage"] = "#a3b18a", ["emerald"] = "#1f7a4c", ["forest green"] = "#2b4a33", ["mint"] = "#b4e3cf",
        ["yellow"] = "#f2cf3a", ["mustard"] = "#d4a531", ["lemon"] = "#f6e58d", ["ochre"] = "#c8902e",
        ["orange"] = "#ec7a2b", ["terracotta"] = "#c2603f", ["burnt orange"] = "#c75b12", ["apricot"] = "#f6b987",
        ["purple"] = "#6f3f9a", ["lilac"] = "#c8a8dc", ["lavender"] = "#b9a7e0", ["plum"] = "#5d2e56", ["violet"] = "#7c4ddb", ["mauve"] = "#a77f98",
        ["brown"] = "#6b4632", ["chocolate"] = "#4a2f22", ["tan"] = "#c19a6b", ["camel"] = "#c19a5b", ["cognac"] = "#9a4f24", ["mocha"] = "#7b5b4c", ["chestnut"] = "#7f4330",
        ["beige"] = "#dccbb0", ["sand"] = "#d9c39b", ["oatmeal"] = "#ddd1bc", ["nude"] = "#e2bfa5", ["taupe"] = "#9c8b7a", ["natural"] = "#e9dfcb",
        ["multi"] = "#7a6fb0", ["multicolour"] = "#7a6fb0", ["multicolor"] = "#7a6fb0", ["print"] = "#7a6fb0",
        ["gold"] = "#d4af37", ["silver"] = "#c0c0c8", ["rose gold"] = "#d8a08a", ["bronze"] = "#a8713a",
    };

    /// <summary>The colour's hex value; an unknown name gets a neutral grey rather than failing the image.</summary>
    public static string HexOf(string colorName) => HexByName.TryGetValue(colorName.Trim(), out var hex) ? hex : "#9a9a9a";

    public static bool Knows(string colorName) => HexByName.ContainsKey(colorName.Trim());

    /// <summary>A darker or lighter shade of a hex colour: negative amounts darken, positive lighten.</summary>
    public static string Shade(string hex, double amount)
    {
        var value = Convert.ToInt32(hex[1..], 16);
        int Channel(int shift)
        {
            var c = (value >> shift) & 0xff;
            return (int)Math.Round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount);
        }
        return $"#{Channel(16):x2}{Channel(8):x2}{Channel(0):x2}";
    }

    /// <summary>Whether a colour is light enough that details drawn on it should be dark.</summary>
    public static bool IsLight(string hex)
    {
        var value = Convert.ToInt32(hex[1..], 16);
        var luminance = 0.299 * ((value >> 16) & 0xff) + 0.587 * ((value >> 8) & 0xff) + 0.114 * (value & 0xff);
        return luminance > 150;
    }
}
