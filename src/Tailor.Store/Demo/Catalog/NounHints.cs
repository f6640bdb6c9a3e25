using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

/// <summary>
/// What a product's name already promises: a "Roll-Neck Jumper" has a roll neck, "Skinny Jeans" a skinny fit,
/// a "Silk Scarf" is silk. Applied after the random draws so titles and attributes never contradict each other.
/// </summary>
internal static class NounHints
{
    private static readonly (string Word, string Neckline)[] Necklines =
    [
        ("Roll-Neck", "roll neck"), ("Crew-Neck", "crew neck"), ("V-Neck", "v-neck"), ("Tie-Neck", "tie neck"),
        ("Polo", "collared"), ("Camp-Collar", "collared"), ("Oxford", "collared"), ("Quarter-Zip", "funnel neck"),
        ("Bandeau", "bandeau"), ("Halter", "halter"), ("Henley", "crew neck"),
    ];

    private static readonly (string Word, string Sleeve)[] Sleeves =
        [("Vest", "sleeveless"), ("Slip", "sleeveless"), ("Sundress", "sleeveless"), ("Pinafore", "sleeveless"), ("Camp-Collar", "short sleeve"), ("Polo", "short sleeve")];

    private static readonly (string Word, string Fit)[] Fits =
    [
        ("Skinny", "skinny"), ("Straight", "straight"), ("Wide-Leg", "wide-leg"), ("Palazzo", "wide-leg"), ("Culottes", "wide-leg"),
        ("Slim", "slim"), ("Tapered", "tapered"), ("Relaxed", "relaxed"), ("Mom", "relaxed"), ("Barrel", "relaxed"),
        ("Oversized", "oversized"), ("Boyfriend", "relaxed"), ("Boxy", "relaxed"), ("Fitted", "slim"), ("Tailored", "tailored"),
        ("Cigarette", "slim"), ("Bootcut", "regular"), ("Flared", "regular"), ("Compression", "slim"),
    ];

    private static readonly (string Word, string Pattern)[] Patterns =
        [("Check", "checked"), ("Flannel", "checked"), ("Fair Isle", "geometric"), ("Striped", "striped")];

    private static readonly (string Word, string Material)[] MaterialWords =
    [
        ("Denim", "denim"), ("Silk", "silk"), ("Lambswool", "wool"), ("Wool", "wool"), ("Canvas", "canvas"), ("Leather", "leather"),
        ("Straw", "straw"), ("Flannel", "cotton"), ("Oxford", "cotton"), ("Poplin", "cotton"), ("Jelly", "nylon"), ("Wellington", "nylon"),
        ("Puffer", "nylon"), ("Rain Jacket", "nylon"), ("Borg", "polyester"), ("Cable-Knit", "wool"), ("Fair Isle", "wool"),
        ("Espadrille", "canvas"), ("Joggers", "cotton"), ("Cargo", "cotton"), ("Chinos", "cotton"), ("Track", "recycled polyester"),
    ];

    public static string? MaterialIn(string noun) => Find(MaterialWords, noun);

    public static void Apply(string noun, ProductAttributes attributes, CategoryRange range)
    {
        if (range.Upper && Find(Necklines, noun) is { } neckline) attributes.Neckline = neckline;
        if (attributes.Sleeve is not null && Find(Sleeves, noun) is { } sleeve) attributes.Sleeve = sleeve;
        if (attributes.Fit is not null && Find(Fits, noun) is { } fit) attributes.Fit = fit;
        if (attributes.Pattern is not null && Find(Patterns, noun) is { } pattern) attributes.Pattern = pattern;
    }

    private static string? Find((string Word, string Value)[] hints, string noun)
    {
        foreach (var (word, value) in hints)
            if (noun.Contains(word, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }
}
