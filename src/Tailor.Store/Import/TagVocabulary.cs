namespace Tailor.Store.Import;

/// <summary>What a product's tags say once read: its attributes, its collections, whether it is final sale, and the tags to keep.</summary>
internal sealed record TaggedProduct(AttributeDraft Attributes, IReadOnlyList<string> Tags, IReadOnlyList<string> Collections, bool FinalSale);

/// <summary>
/// Reads product attributes from tags, the only place most stores keep them: "key:value" pairs ("material:linen",
/// "occasion:wedding", "collection:summer-edit") are consumed, and plain tags that are known words ("Linen", "Summer")
/// fill the attributes while staying tags.
/// </summary>
internal static class TagVocabulary
{
    private enum Kind { Material, Pattern, Fit, Neckline, Sleeve, Occasion, Season, Style }

    private static readonly Dictionary<string, Kind> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["material"] = Kind.Material, ["fabric"] = Kind.Material, ["pattern"] = Kind.Pattern, ["print"] = Kind.Pattern,
        ["fit"] = Kind.Fit, ["neckline"] = Kind.Neckline, ["neck"] = Kind.Neckline, ["sleeve"] = Kind.Sleeve,
        ["sleeves"] = Kind.Sleeve, ["occasion"] = Kind.Occasion, ["season"] = Kind.Season, ["style"] = Kind.Style,
    };

    // Plain words a tag may be on its own, with the catalog's name for them.
    private static readonly Dictionary<string, (Kind Kind, string Value)> Words = Build(new()
    {
        [Kind.Material] = ["cotton", "organic cotton", "linen", "wool", "merino", "merino wool", "cashmere", "silk", "satin", "denim",
            "leather", "faux leather", "suede", "polyester", "recycled polyester", "viscose", "nylon", "velvet", "corduroy", "tweed",
            "chiffon", "lace", "modal", "jersey", "fleece"],
        [Kind.Pattern] = ["floral", "striped", "stripes=striped", "stripe=striped", "checked", "check=checked", "plaid=checked",
            "tartan=checked", "gingham=checked", "polka dot", "polka dots=polka dot", "animal print", "leopard=animal print",
            "geometric", "paisley", "camouflage", "solid", "plain=solid"],
        [Kind.Fit] = ["slim", "slim fit=slim", "fitted", "regular", "regular fit=regular", "relaxed", "relaxed fit=relaxed", "loose=relaxed",
            "oversized", "skinny", "straight", "tapered", "wide-leg", "wide leg=wide-leg", "tailored"],
        [Kind.Neckline] = ["v-neck", "v neck=v-neck", "crew neck", "crewneck=crew neck", "round neck=crew neck", "scoop neck", "high neck",
            "roll neck", "roll-neck=roll neck", "turtleneck=roll neck", "square neck", "sweetheart", "wrap", "collared", "funnel neck",
            "off-the-shoulder", "off shoulder=off-the-shoulder", "off-shoulder=off-the-shoulder", "halter", "bandeau", "tie neck"],
        [Kind.Sleeve] = ["sleeveless", "short sleeve", "short sleeves=short sleeve", "long sleeve", "long sleeves=long sleeve",
            "three-quarter sleeve", "3/4 sleeve=three-quarter sleeve", "cap sleeve", "puff sleeve", "flutter sleeve"],
        [Kind.Occasion] = ["wedding", "wedding guest=wedding", "party", "work", "office=work", "casual", "everyday=casual", "beach",
            "holiday", "vacation=holiday", "evening", "formal", "date night", "gym", "workout=gym", "travel", "festival", "lounge"],
        [Kind.Season] = ["spring", "summer", "autumn", "fall=autumn", "winter", "all season", "all-season=all season"],
        [Kind.Style] = ["boho", "bohemian=boho", "minimalist", "minimal=minimalist", "classic", "streetwear", "romantic", "preppy",
            "sporty", "vintage", "retro=vintage", "glam", "elegant", "edgy", "smart casual"],
    });

    private static readonly HashSet<string> FinalSaleTags = new(StringComparer.OrdinalIgnoreCase)
        { "final sale", "final-sale", "finalsale", "no returns", "non-returnable" };

    public static TaggedProduct Read(IEnumerable<string> tags)
    {
        var single = new Dictionary<Kind, string>();
        var lists = new Dictionary<Kind, List<string>> { [Kind.Occasion] = [], [Kind.Season] = [], [Kind.Style] = [] };
        List<string> kept = [], collections = [];
        var finalSale = false;
        foreach (var raw in tags)
        {
            var tag = raw.Trim();
            if (tag.Length == 0) continue;
            var colon = tag.IndexOf(':');
            if (colon > 0 && tag[(colon + 1)..].Trim() is { Length: > 0 } value)
            {
                var key = tag[..colon].Trim();
                if (key.Equals("collection", StringComparison.OrdinalIgnoreCase)) { collections.Add(value); continue; }
                if (Keys.TryGetValue(key, out var kind)) { Note(kind, Canonical(kind, value)); continue; }
            }
            if (FinalSaleTags.Contains(tag)) finalSale = true;
            if (Words.TryGetValue(tag.ToLowerInvariant(), out var word)) Note(word.Kind, word.Value);
            kept.Add(tag);
        }
        var attributes = new AttributeDraft(
            single.GetValueOrDefault(Kind.Material), single.GetValueOrDefault(Kind.Pattern), single.GetValueOrDefault(Kind.Fit),
            single.GetValueOrDefault(Kind.Neckline), single.GetValueOrDefault(Kind.Sleeve),
            lists[Kind.Occasion], lists[Kind.Season], lists[Kind.Style]);
        return new TaggedProduct(attributes, [.. kept.Distinct(StringComparer.OrdinalIgnoreCase)], [.. collections.Distinct()], finalSale);

        void Note(Kind kind, string value)
        {
            if (lists.TryGetValue(kind, out var list)) { if (!list.Contains(value)) list.Add(value); }
            else single.TryAdd(kind, value);
        }
    }

    /// <summary>An attribute value in the catalog's words: "Fall" is autumn, "Stripes" striped; unknown values are kept, lowercase.</summary>
    public static string Canonical(string kind, string value) =>
        Keys.TryGetValue(kind, out var k) ? Canonical(k, value) : value.Trim().ToLowerInvariant();

    private static string Canonical(Kind kind, string value)
    {
        var lower = value.Trim().ToLowerInvariant();
        return Words.TryGetValue(lower, out var word) && word.Kind == kind ? word.Value : lower;
    }

    private static Dictionary<string, (Kind, string)> Build(Dictionary<Kind, string[]> words)
    {
        var map = new Dictionary<string, (Kind, string)>(StringComparer.Ordinal);
        foreach (var (kind, entries) in words)
            foreach (var entry in entries)
            {
                var equals = entry.IndexOf('=');
                map.TryAdd(equals < 0 ? entry : entry[..equals], (kind, equals < 0 ? entry : entry[(equals + 1)..]));
            }
        return map;
    }
}
