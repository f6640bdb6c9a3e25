namespace Tailor.Store.Import;

/// <summary>What a Shopify option is about, read from its name in any spelling or language ("Size", "Taille", "Colour", "Farbe").</summary>
internal enum OptionKind { Other, Size, Color, Default }

/// <summary>Recognises size and colour options by name.</summary>
internal static class OptionNames
{
    private static readonly HashSet<string> SizeWords = new(StringComparer.Ordinal)
    {
        "size", "sizes", "taille", "größe", "grösse", "groesse", "grosse", "talla", "taglia", "maat", "storlek", "størrelse",
        "storrelse", "koko", "rozmiar", "tamanho", "velikost", "beden", "waist", "length", "inseam", "leg", "cup", "band",
    };

    private static readonly HashSet<string> ColorWords = new(StringComparer.Ordinal)
    {
        "color", "colour", "colors", "colours", "farbe", "couleur", "colore", "kleur", "färg", "farve", "farge", "väri",
        "kolor", "cor", "barva", "renk", "shade",
    };

    private static readonly char[] NotLetter = [' ', '-', '_', '/', '(', ')', '.', ':', '&'];

    public static OptionKind KindOf(string? name)
    {
        var words = (name ?? "").ToLowerInvariant().Split(NotLetter, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return OptionKind.Other;
        if (words is ["title"]) return OptionKind.Default;   // Shopify's placeholder option of single-variant products
        if (words.Any(ColorWords.Contains)) return OptionKind.Color;
        if (words.Any(SizeWords.Contains)) return OptionKind.Size;
        return OptionKind.Other;
    }
}
