using System.Globalization;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Checks a model-worded answer against this turn's facts: every number (prices, sizes, stock counts, days, fees,
/// percentages, order numbers), every month and weekday, every product title of the catalog, letter size, order status
/// and stock claim it states must be found in the facts. Returns what is not, in words the model can act on.
/// </summary>
public sealed partial class GroundingCheck(GroundingWords words, CultureInfo culture)
{
    private readonly string[] months = culture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();
    private readonly string[] weekdays = culture.DateTimeFormat.DayNames;

    /// <param name="titles">The catalog's product titles, lowercase: a title named in the answer must be one of the turn's.</param>
    public IReadOnlyList<string> Findings(string answer, string facts, IReadOnlySet<string> titles)
    {
        var findings = new List<string>();
        var factText = facts + " " + DateWords(facts);
        var factNumbers = Numbers(factText).ToHashSet();
        var factMoney = MoneyIn(factText);
        var moneySpans = new List<(int Start, int End)>();
        foreach (Match money in Money().Matches(answer))
        {
            moneySpans.Add((money.Index, money.Index + money.Length));
            if (Numbers(money.Value).FirstOrDefault() is var amount && !factMoney.Contains(amount)) findings.Add($"the price {money.Value.Trim()}");
        }
        foreach (Match number in Number().Matches(answer))
            if (!moneySpans.Any(s => number.Index >= s.Start && number.Index < s.End)
                && Numbers(number.Value).FirstOrDefault() is var value && !factNumbers.Contains(value))
                findings.Add($"the figure {number.Value}");
        foreach (var name in months.Concat(weekdays))
            if (HasWord(answer, name) && !HasWord(factText, name)) findings.Add($"the date word {name}");
        foreach (var size in words.LetterSizes)
            if (HasWord(answer, size, ignoreCase: false) && !HasWord(factText, size, ignoreCase: false)) findings.Add($"size {size}");
        foreach (var (status, names) in words.OrderStatuses)
            if (names.FirstOrDefault(n => HasWord(answer, n)) is { } said && !names.Append(status).Any(n => HasWord(factText, n)))
                findings.Add($"the order status '{said}'");
        foreach (var claim in words.StockClaims)
            if (claim.Claim.FirstOrDefault(c => HasWord(answer, c)) is { } said
                && !claim.SupportedBy.Any(s => factText.Contains(s, StringComparison.OrdinalIgnoreCase)))
                findings.Add($"the stock claim '{said}'");
        foreach (var title in TitlesIn(answer, titles))
            if (!factText.Contains(title, StringComparison.OrdinalIgnoreCase)) findings.Add($"the product '{title}'");
        return findings.Distinct().ToList();
    }

    /// <summary>Runs of capitalised words that are a catalog title ("Thea Linen Midi Dress"); checking runs, not 50,000 titles, keeps it fast.</summary>
    private static IEnumerable<string> TitlesIn(string answer, IReadOnlySet<string> titles)
    {
        if (titles.Count == 0) yield break;
        foreach (Match run in CapitalisedRun().Matches(answer))
        {
            var parts = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < parts.Length; start++)
                for (var end = parts.Length; end > start + 1; end--)
                {
                    var candidate = string.Join(' ', parts[start..end]);
                    if (titles.Contains(candidate.ToLowerInvariant())) yield return candidate;
                }
        }
    }

    /// <summary>ISO dates in the facts ("2026-11-27") also read as their month and weekday.</summary>
    private string DateWords(string facts) => string.Join(" ", IsoDate().Matches(facts)
        .Select(m => DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dddd d MMMM yyyy", culture) : ""));

    /// <summary>
    /// Amounts of money in the facts: after a currency sign in the draft, or the value of a price-like JSON field of a
    /// card. A price in the answer must be one of them, so "£1" is not supported by "1 to 4" in the draft.
    /// </summary>
    private static HashSet<decimal> MoneyIn(string facts) =>
        Money().Matches(facts).Select(m => m.Value).Concat(MoneyField().Matches(facts).Select(m => m.Groups[1].Value))
            .SelectMany(Numbers).ToHashSet();

    private static IEnumerable<decimal> Numbers(string text)
    {
        foreach (Match match in Number().Matches(text))
        {
            var clean = match.Value.Replace(",", "", StringComparison.Ordinal);
            if (decimal.TryParse(clean, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) yield return value;
        }
    }

    private static bool HasWord(string text, string word, bool ignoreCase = true) =>
        Regex.IsMatch(text, $@"(?<![\w]){Regex.Escape(word)}(?![\w])", ignoreCase ? RegexOptions.IgnoreCase | RegexOptions.CultureInvariant : RegexOptions.None);

    // Thousands separators are dropped and 12.00 equals 12, so "£1,200" matches 1200.00 in the facts.
    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"[£$€]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:GBP|EUR|USD|pounds?|euros?|dollars?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"""\w*(?:price|total|fee|amount|cost|spend|saving|threshold)\w*""\s*:\s*(\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyField();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")]
    private static partial Regex CapitalisedRun();
}
