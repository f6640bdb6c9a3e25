using System.Globalization;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Reads budgets: "under 50", "below £40", "less than 30 quid", "between 30 and 60", "30-60", "£30 to £60",
/// "around 50" (±20%), "50 bucks or less", "£50". A number is a price only with a price word or a currency around
/// it, so "size 10", "2 pairs", "20% off", "5 years" and order numbers stay what they are.
/// </summary>
internal static partial class PriceFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Number = @"(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d{1,2})?";
    private const string Unit = @"(?:pounds?|quid|bucks?|dollars?|euros?|gbp|usd|eur)\b";
    // Without a currency word, an amount must not be a quantity or run into letters ("32w", "2xl").
    private const string NotQuantity = @"(?![.,]?\d)(?![a-z])(?!\s*%)(?!\s*(?:percent|per\s?cent|pairs?|items?|pieces?|pcs|units?"
        + @"|reviews?|ratings?|stars?|days?|weeks?|months?|years?|yrs?|yo|cm|mm|inch(?:es)?|kg|off|waist|x)\b)";
    private const string Amount = @"(?<cur>[£$€])?\s?(?<n>" + Number + @")(?:\s?(?<unit>" + Unit + ")|" + NotQuantity + ")";
    private const string Low = @"(?<curlo>[£$€])?\s?(?<lo>" + Number + @")(?:\s?(?<unitlo>" + Unit + ")|" + NotQuantity + ")";
    private const string High = @"(?<curhi>[£$€])?\s?(?<hi>" + Number + @")(?:\s?(?<unithi>" + Unit + ")|" + NotQuantity + ")";

    private const string AtMostCue = @"under|below|beneath|(?<!\b(?:no|not)\s+)less\s+than|cheaper\s+than|lower\s+than|(?:no|not)\s+more\s+than"
        + @"|no\s+higher\s+than|not\s+over|max(?:imum)?(?:\s+of)?|up\s+to|at\s+most|within|budget(?:\s+(?:of|is))?|spend(?:ing)?(?:\s+up\s+to)?";
    private const string AtLeastCue = @"over|above|more\s+than|at\s+least|min(?:imum)?(?:\s+of)?|starting\s+(?:at|from)|(?:no|not)\s+less\s+than"
        + @"|upwards\s+of|from";
    private const string AroundCue = @"around|about|roughly|approximately|approx\.?|circa|close\s+to|in\s+the\s+region\s+of";
    private const string CueAfter = @"\s*(?:(?<max>or\s+(?:less|under|below|lower|cheaper)|max(?:imum)?|tops|and\s+under|at\s+most)"
        + @"|(?<min>or\s+(?:more|above|over|higher)|and\s+(?:up|above|over)|plus|\+)|(?<about>or\s+so))(?!\w)";

    /// <summary>Words right before a number that make it a size, an age or a position, whatever follows.</summary>
    private static readonly HashSet<string> NotPriceBefore =
        ["size", "sizes", "sz", "uk", "eu", "us", "age", "aged", "ages", "waist", "number", "no", "item", "option", "result", "order"];

    private static readonly HashSet<string> CompareWords = ["compare", "comparing", "comparison", "difference", "vs", "versus"];

    /// <summary>"nothing over 80" is a ceiling and "nothing under 20" a floor: the negation turns the bound round.</summary>
    private static readonly HashSet<string> Negations = ["nothing", "none", "not", "no", "never"];

    [GeneratedRegex(@"\b(?:between|from)\s+" + Low + @"\s*(?:and|to|-|–|till|until)\s*" + High, Options)]
    private static partial Regex RangeWithCue();

    [GeneratedRegex(@"(?<![\w.])" + Low + @"\s*(?<sep>-|–|to)\s*" + High, Options)]
    private static partial Regex BareRange();

    /// <summary>"50 or less", "£200+", "50 or so", "50ish".</summary>
    [GeneratedRegex(@"(?<![\w.])" + Amount + CueAfter + @"|(?<![\w.])(?<cur>[£$€])?(?<n>" + Number + @")\s?-?(?<about>ish)\b", Options)]
    private static partial Regex AmountThenCue();

    [GeneratedRegex(@"(?:\b(?:" + AtMostCue + @")\s*:?\s*|<\s*)" + Amount, Options)]
    private static partial Regex AtMost();

    [GeneratedRegex(@"(?:\b(?:" + AtLeastCue + @")\s*:?\s*|>\s*)" + Amount, Options)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"(?:\b(?:" + AroundCue + @")\s*|~\s*)" + Amount, Options)]
    private static partial Regex Around();

    /// <summary>A bare amount of money ("a coat for £120", "50 quid") is what the shopper means to spend at most.</summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<cur>[£$€])\s?(?<n>" + Number + @")(?:\s?(?<unit>" + Unit + @"))?|(?<n>" + Number + @")\s?(?<unit>" + Unit + @"))(?![\w%])", Options)]
    private static partial Regex WithCurrency();

    public static void Find(MessageScan scan)
    {
        if (!scan.Text.AsSpan().ContainsAnyInRange('0', '9')) return;
        var comparing = scan.Words.Any(w => CompareWords.Contains(w.Text));
        foreach (Match match in RangeWithCue().Matches(scan.Text)) AddRange(scan, match, comparing, bare: false);
        foreach (Match match in BareRange().Matches(scan.Text)) AddRange(scan, match, comparing, bare: true);
        foreach (Match match in AmountThenCue().Matches(scan.Text))
        {
            var bound = match.Groups["max"].Success ? Bound.AtMost : match.Groups["min"].Success ? Bound.AtLeast : Bound.Around;
            // "2 plus 2" is arithmetic; "50+" and "£5 or more" are budgets.
            if (bound == Bound.AtLeast && !HasMoney(match) && Parse(match.Groups["n"].Value) < 10) continue;
            AddBound(scan, match, bound);
        }
        foreach (Match match in AtMost().Matches(scan.Text)) AddBound(scan, match, Bound.AtMost);
        foreach (Match match in AtLeast().Matches(scan.Text)) AddBound(scan, match, Bound.AtLeast);
        foreach (Match match in Around().Matches(scan.Text)) AddBound(scan, match, Bound.Around);
        foreach (Match match in WithCurrency().Matches(scan.Text)) AddBound(scan, match, Bound.AtMost);
    }

    private enum Bound { AtMost, AtLeast, Around }

    private static void AddRange(MessageScan scan, Match match, bool comparing, bool bare)
    {
        var hasMoney = match.Groups["curlo"].Success || match.Groups["curhi"].Success || match.Groups["unitlo"].Success || match.Groups["unithi"].Success;
        var low = Parse(match.Groups["lo"].Value);
        var high = Parse(match.Groups["hi"].Value);
        // "compare 1 and 3", "between 2 and 4" and "1 to 3" are positions in a list, not a budget.
        if (!hasMoney && (comparing || high <= 10 || (bare && match.Groups["sep"].Value.Equals("to", StringComparison.OrdinalIgnoreCase)))) return;
        if (low <= 0 || high <= 0 || Words(scan, match) is not { } words) return;
        if (low > high) (low, high) = (high, low);
        scan.Findings.Add(new Finding(EntityKinds.MinPrice, Format(low), words.First, words.Last));
        scan.Add(EntityKinds.MaxPrice, Format(high), words.First, words.Last);
    }

    private static void AddBound(MessageScan scan, Match match, Bound bound)
    {
        var amount = Parse(match.Groups["n"].Value);
        if (amount <= 0 || Words(scan, match) is not { } words) return;
        if (bound != Bound.Around && Negations.Contains(scan.WordAt(words.First - 1)) && scan.IsFree(words.First - 1))
        {
            bound = bound == Bound.AtMost ? Bound.AtLeast : Bound.AtMost;
            words = (words.First - 1, words.Last);
        }
        switch (bound)
        {
            case Bound.AtMost:
                scan.Add(EntityKinds.MaxPrice, Format(amount), words.First, words.Last);
                break;
            case Bound.AtLeast:
                scan.Add(EntityKinds.MinPrice, Format(amount), words.First, words.Last);
                break;
            default:
                // "around 50" is a budget with some give either way: 40 to 60.
                scan.Findings.Add(new Finding(EntityKinds.MinPrice, Format(Math.Round(amount * 0.8m, 2)), words.First, words.Last));
                scan.Add(EntityKinds.MaxPrice, Format(Math.Round(amount * 1.2m, 2)), words.First, words.Last);
                break;
        }
    }

    /// <summary>The free words a match covers, unless the word before it makes the number a size, an age or a position.</summary>
    private static (int First, int Last)? Words(MessageScan scan, Match match)
    {
        if (scan.FreeWordsIn(match.Index, match.Index + match.Length) is not { } words) return null;
        return NotPriceBefore.Contains(scan.WordAt(words.First - 1)) ? null : words;
    }

    private static bool HasMoney(Match match) => match.Groups["cur"].Success || match.Groups["unit"].Success;

    private static decimal Parse(string number) =>
        decimal.TryParse(number.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100_000 ? value : 0;

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
