namespace Tailor.Store.Demo.Catalog;

/// <summary>Styles, seasons and pattern words: the attributes shoppers filter by that cut across categories.</summary>
internal static class StyleVocabulary
{
    public static readonly IReadOnlyList<string> Styles =
        ["classic", "boho", "minimalist", "streetwear", "preppy", "romantic", "edgy", "sporty", "vintage", "glam"];

    public static readonly IReadOnlyList<string> AllSeasons = ["spring", "summer", "autumn", "winter"];

    private static readonly string[] Romantic = ["boho", "romantic", "vintage"];
    private static readonly string[] Bold = ["edgy", "glam"];
    private static readonly string[] Preppy = ["preppy", "classic"];
    private static readonly string[] Sporty = ["sporty"];
    private static readonly string[] Street = ["streetwear", "sporty", "minimalist"];
    private static readonly string[] Polished = ["glam", "classic", "minimalist"];
    private static readonly string[] Denim = ["classic", "streetwear", "vintage"];
    private static readonly string[] Tailored = ["classic", "minimalist", "preppy"];
    private static readonly string[] Rugged = ["edgy", "classic", "streetwear"];
    private static readonly string[] ColdMonths = ["autumn", "winter"];
    private static readonly string[] WarmMonths = ["spring", "summer"];

    /// <summary>Styles a print or a category leans to; the first draw comes from here, a second from anywhere.</summary>
    public static IReadOnlyList<string> LeaningsFor(string category, string? pattern) => (pattern, category) switch
    {
        ("floral" or "paisley", _) => Romantic,
        ("animal print", _) => Bold,
        ("checked" or "striped", _) => Preppy,
        (_, "activewear") => Sporty,
        (_, "sneakers") => Street,
        (_, "heels" or "jewellery") => Polished,
        (_, "jeans") => Denim,
        (_, "coats" or "knitwear" or "shirts") => Tailored,
        (_, "boots" or "jackets") => Rugged,
        _ => Styles,
    };

    /// <summary>Seasons a category is bought for, when the category rather than the fabric decides.</summary>
    public static IReadOnlyList<string>? SeasonsFor(string category) => category switch
    {
        "coats" or "knitwear" or "boots" => ColdMonths,
        "swimwear" or "sandals" => WarmMonths,
        _ => null,
    };

    /// <summary>How a pattern reads in a title: "Floral Midi Dress", "Polka Dot Blouse".</summary>
    public static string TitleWord(string pattern) => pattern switch
    {
        "polka dot" => "Polka Dot",
        "animal print" => "Leopard Print",
        "checked" => "Check",
        "striped" => "Stripe",
        _ => char.ToUpperInvariant(pattern[0]) + pattern[1..],
    };
}
