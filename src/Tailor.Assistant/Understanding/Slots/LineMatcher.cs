using System.Text.RegularExpressions;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// Which offered order lines a message names: a line as the quick replies write it ("Relaxed Jeans (Indigo, 32)"),
/// the product words of lines ("the jeans and the dress"), or "both". Positions ("the second one") are entities.
/// </summary>
public static partial class LineMatcher
{
    public static IReadOnlyList<int> Named(string text, IReadOnlyList<LineOption> offered, OrderWords words)
    {
        // The exact wording of a quick reply names one line; otherwise every line whose product words are mentioned.
        var exact = offered.Where(l => text.Contains(l.Label, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return Ids(exact);
        var mentioned = Stems(text);
        var named = offered.Where(l => Stems(l.Title + " " + l.Category).Overlaps(mentioned)).ToList();
        // A whole title said outright beats a shared word: "Linen Shirt" is not also the "Linen Trousers".
        var whole = named.Where(l => Stems(l.Title).IsSubsetOf(mentioned)).ToList();
        if (whole.Count > 0) return Ids(ByValues(text, whole));
        if (named.Count > 0) return Ids(ByValues(text, named));
        return words.MeansEverything(text) ? Ids(offered) : [];
    }

    // "The t-shirt in black" when two t-shirts were bought: the lines whose option values the message says, if any do.
    private static List<LineOption> ByValues(string text, List<LineOption> lines)
    {
        if (lines.Count < 2) return lines;
        var said = lines.Where(l => (l.Values ?? []).Any(v => Says(text, v))).ToList();
        return said.Count > 0 ? said : lines;
    }

    // Short values ("M", "XL") only as typed in capitals, never the "m" of "I'm".
    public static bool Says(string text, string value) =>
        value.Length > 0 && Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}']){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])",
            (value.Length <= 2 ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant);

    private static List<int> Ids(IEnumerable<LineOption> lines) => lines.Select(l => l.Id).ToList();

    // Words of three letters or more, singular: "dresses" and "dress" meet, so do "t-shirts" and "t-shirt".
    private static HashSet<string> Stems(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => Singular(m.Value)).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    private static string Singular(string word) =>
        word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    [GeneratedRegex(@"[\p{L}][\p{L}-]*")]
    private static partial Regex Word();
}
