using System.Globalization;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Reads how the shopper points at products already shown: by position ("the second one", "2nd", "number 3", "#3",
/// "the last one" → -1, "the first two", "compare 1 and 3"), by colour ("the red one", "that one in blue") or as
/// the product in focus ("it", "this one", "that dress"). Ordinal words need the shape of a reference around them,
/// so "my first order" or "give me a second" are not positions.
/// </summary>
internal static partial class ReferenceFinder
{
    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["last"] = -1,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    private static readonly HashSet<string> NumberCues = ["number", "option", "item", "result", "product", "pick", "choice", "nr"];
    private static readonly HashSet<string> ListNouns = ["one", "ones", "option", "options", "item", "items", "product", "products", "result", "results", "choice", "pick", "link", "look"];
    private static readonly HashSet<string> OrdinalBefore =
        ["the", "that", "this", "number", "and", "or", "vs", "versus", "compare", "take", "want", "like", "choose", "pick", "get", "show", "see", "prefer", "about", "with", "between", "love", "add", "buy"];
    private static readonly HashSet<string> NotOrdinalAfter =
        ["time", "times", "order", "orders", "purchase", "week", "month", "year", "day", "night", "date", "name", "thing", "things", "place", "step", "impression", "of", "off", "minute", "hand"];
    private static readonly HashSet<string> CompareCues = ["compare", "comparing", "comparison", "difference", "vs", "versus"];
    private static readonly HashSet<string> FocusVerbs =
        ["is", "was", "like", "love", "buy", "take", "get", "add", "want", "about", "with", "does", "do", "has", "have", "need", "prefer", "keep", "try", "see", "show", "reserve", "order"];
    private static readonly HashSet<string> FocusNext = ["one", "in", "looks", "look", "comes", "come", "fits", "fit", "runs", "run", "available"];
    private static readonly HashSet<string> TimeWords =
        ["summer", "winter", "spring", "autumn", "weekend", "week", "month", "year", "season", "morning", "evening", "afternoon", "christmas", "time", "friday", "saturday"];
    private static readonly HashSet<string> Pointers = ["the", "that", "this"];
    private static readonly HashSet<string> ColorNouns = ["one", "ones", "version", "option"];

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:st|nd|rd|th)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericOrdinal();

    public static void Find(MessageScan scan)
    {
        var comparing = scan.Words.Any(w => CompareCues.Contains(w.Text));
        for (var i = 0; i < scan.Count; i++)
            if (scan.IsFree(i)) ReadOrdinal(scan, i, comparing);
        for (var i = 0; i < scan.Count; i++)
            if (scan.IsFree(i) && IsOther(scan, i)) scan.Add(EntityKinds.Other, "true", i - 1, ColorNouns.Contains(scan.WordAt(i + 1)) ? i + 1 : i);
        for (var i = 0; i < scan.Count; i++)
            if (scan.IsFree(i) && IsFocus(scan, i)) scan.Add(EntityKinds.Focus, "true", i, i);
        FindColorReference(scan);
    }

    private static void ReadOrdinal(MessageScan scan, int i, bool comparing)
    {
        var word = scan.WordAt(i);
        var next = scan.WordAt(i + 1);
        var numeric = NumericOrdinal().Match(word);
        if (OrdinalWords.TryGetValue(word, out var position) || (numeric.Success && int.TryParse(numeric.Groups["n"].Value, out position)))
        {
            if (NotOrdinalAfter.Contains(next)) return;
            if (position == 1 && Count(next) is { } count and >= 2 and <= 5)
            {
                for (var n = 1; n <= count; n++) scan.Findings.Add(new Finding(EntityKinds.Ordinal, n.ToString(CultureInfo.InvariantCulture), i, i + 1));
                scan.Claim(i, i + 1);
                return;
            }
            var looksLikeReference = numeric.Success || OrdinalBefore.Contains(scan.WordAt(i - 1)) || ListNouns.Contains(next)
                || scan.FindingAt(i + 1, EntityKinds.Category) is not null || scan.Count <= 3;
            if (looksLikeReference) AddOrdinal(scan, position, i, ListNouns.Contains(next) && scan.IsFree(i + 1) ? i + 1 : i);
            return;
        }

        var afterCue = NumberCues.Contains(word) || (word == "no" && scan.Words[i].End < scan.Text.Length && scan.Text[scan.Words[i].End] == '.');
        if (afterCue && scan.IsFree(i + 1) && Count(next) is { } cued and >= 1 and <= 50) AddOrdinal(scan, cued, i, i + 1);
        else if (scan.Words[i].Before == '#' && Count(word) is { } hashed and >= 1 and <= 50) AddOrdinal(scan, hashed, i, i);
        else if (comparing && word.All(char.IsAsciiDigit) && Count(word) is { } compared and >= 1 and <= 20) AddOrdinal(scan, compared, i, i);
    }

    private static void AddOrdinal(MessageScan scan, int position, int first, int last) =>
        scan.Add(EntityKinds.Ordinal, position.ToString(CultureInfo.InvariantCulture), first, last);

    private static int? Count(string word) =>
        NumberWords.TryGetValue(word, out var n) ? n : word.Length is > 0 and <= 2 && word.All(char.IsAsciiDigit) ? int.Parse(word, CultureInfo.InvariantCulture) : null;

    /// <summary>"it"; "this"/"that" when they point at a thing ("that one", "this dress", "I love that"), not at a time or a clause.</summary>
    private static bool IsFocus(MessageScan scan, int i)
    {
        var word = scan.WordAt(i);
        if (word is "it" or "its") return true;
        if (word is not ("this" or "that")) return false;
        var next = i + 1;
        if (TimeWords.Contains(scan.WordAt(next))) return false;
        return next >= scan.Count || scan.Words[next].BreakBefore || FocusNext.Contains(scan.WordAt(next))
            || scan.FindingAt(next, EntityKinds.Category) is not null || FocusVerbs.Contains(scan.WordAt(i - 1))
            || (word == "this" && scan.WordAt(next) is "is" or "does" or "has");
    }

    /// <summary>"the other one", "the other dress", "what about the other": not "any other colours" or "the other ones".</summary>
    private static bool IsOther(MessageScan scan, int i)
    {
        if (scan.WordAt(i) != "other" || scan.WordAt(i - 1) != "the" || !scan.IsFree(i - 1)) return false;
        var next = i + 1;
        return next >= scan.Count || scan.Words[next].BreakBefore || scan.WordAt(next) is "one" or "version" or "option"
            || (scan.FindingAt(next, EntityKinds.Category) is not null && !IsPlural(scan.WordAt(next)));
    }

    // "the red dress" picks one; "the red dresses" is a search.
    private static bool IsPlural(string word) => word.EndsWith('s') && !word.EndsWith("ss");

    /// <summary>"the red one", "that blue dress", "the one in red", "that one in blue": a shown product picked by colour.</summary>
    private static void FindColorReference(MessageScan scan)
    {
        foreach (var color in scan.Findings.Where(f => f.Kind == EntityKinds.Color).ToList())
        {
            var after = color.Last + 1;
            var singularCategory = scan.FindingAt(after, EntityKinds.Category) is not null && !IsPlural(scan.WordAt(after));
            var beforeColor = Pointers.Contains(scan.WordAt(color.First - 1)) && (ColorNouns.Contains(scan.WordAt(after)) || singularCategory);
            var oneIn = scan.WordAt(color.First - 1) == "in" && scan.WordAt(color.First - 2) == "one" && Pointers.Contains(scan.WordAt(color.First - 3));
            if (!beforeColor && !oneIn) continue;
            scan.Findings.Add(new Finding(EntityKinds.ColorReference, color.Value, oneIn ? color.First - 3 : color.First - 1, color.Last));
            return;
        }
    }
}
