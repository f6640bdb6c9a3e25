using System.Globalization;
using System.Text.RegularExpressions;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>Checks one turn against what the script expects of it; returns what did not hold, in words.</summary>
public static class StepChecks
{
    public static async Task<List<string>> CheckAsync(StepExpectation expect, TurnObservation turn, StoreFacts facts)
    {
        var failures = new List<string>();
        void Require(bool condition, string failure)
        {
            if (!condition) failures.Add(failure);
        }

        var record = turn.Turn;
        if (expect.Command is { } command) Require(record?.Command == command, $"command: expected {command}, got {record?.Command}");
        if (expect.Intent is { } intent) Require(record?.Intent == intent, $"intent: expected {intent}, got {record?.Intent}");
        if (expect.Outcome is { } outcome)
            Require(record is not null && OutcomeNames.Matches(outcome, record.Outcome), $"outcome: expected {outcome}, got {record?.Outcome}");
        if (expect.CatalogHadMatches is { } hadMatches)
            Require(record?.CatalogHadMatches == hadMatches, $"catalog had matches: expected {hadMatches}, got {record?.CatalogHadMatches}");

        if (expect.Slots is { } slots) failures.AddRange(SlotChecks.Check(slots, turn.After.Search));
        if (expect.SearchActive is { } active)
            Require((turn.After.Search is { IsEmpty: false }) == active, active ? "expected an active search, there is none" : "expected no active search, one is still active");

        var text = turn.Text;
        foreach (var wanted in expect.TextContains ?? [])
            Require(text.Contains(wanted, StringComparison.OrdinalIgnoreCase), $"text should contain \"{wanted}\"");
        if (expect.TextContainsAny is { Count: > 0 } any)
            Require(any.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)), $"text should contain one of \"{string.Join("\", \"", any)}\"");
        foreach (var unwanted in expect.TextNotContains ?? [])
            Require(!text.Contains(unwanted, StringComparison.OrdinalIgnoreCase), $"text should not contain \"{unwanted}\"");
        if (expect.TextMatches is { } pattern)
            Require(Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase), $"text should match /{pattern}/");
        foreach (var option in expect.QuickRepliesContain ?? [])
            Require(turn.QuickReplies.Any(q => q.Contains(option, StringComparison.OrdinalIgnoreCase)),
                $"quick replies should include \"{option}\" (got: {string.Join(" | ", turn.QuickReplies)})");

        if (expect.Citation is { } citation)
        {
            var found = turn.Citations.Any(c =>
                (citation.UrlContains is null || c.Url.Contains(citation.UrlContains, StringComparison.OrdinalIgnoreCase))
                && (citation.TitleContains is null || c.Title.Contains(citation.TitleContains, StringComparison.OrdinalIgnoreCase))
                && (citation.QuoteContains is null || c.Quote.Contains(citation.QuoteContains, StringComparison.OrdinalIgnoreCase)));
            Require(found, $"expected a citation (url~{citation.UrlContains}, title~{citation.TitleContains}, quote~{citation.QuoteContains}); got {string.Join("; ", turn.Citations.Select(c => $"{c.Title} <{c.Url}>"))}");
            foreach (var quote in turn.Citations.Select(c => c.Quote))
                Require(text.Contains(quote, StringComparison.Ordinal), "a cited passage should be quoted in the text");
        }
        if (expect.NoCitation == true) Require(turn.Citations.Count == 0, "expected no citation");

        if (expect.HumanRequested is { } requested)
            Require(turn.After.HumanRequested == requested, $"human requested: expected {requested}, got {turn.After.HumanRequested}");
        if (expect.HumanOffered is { } offered)
            Require(turn.After.HumanOffered == offered, $"human offered: expected {offered}, got {turn.After.HumanOffered}");
        if (expect.PromoCode is { } code)
            Require(string.Equals(turn.After.PromoCode, code, StringComparison.OrdinalIgnoreCase), $"promo code in state: expected {code}, got {turn.After.PromoCode}");

        if (expect.FocusResult is { } position)
        {
            var wanted = At(turn.Before.Results, position);
            Require(wanted is not null && turn.After.Focus == wanted,
                $"focus: expected result {position} of the previous list ({wanted ?? "none"}), got {turn.After.Focus ?? "none"}");
        }
        if (expect.FocusPage == true) Require(turn.After.Focus == turn.PageProduct, $"focus: expected the page product {turn.PageProduct}, got {turn.After.Focus}");

        if (expect.AboutFocus is { Count: > 0 } aspects) failures.AddRange(await FocusChecks.CheckAsync(aspects, turn, facts));
        if (expect.FocusColorFamily is { } family)
        {
            var focused = turn.After.Focus is { } handle ? await facts.ProductAsync(handle) : null;
            Require(focused is not null && focused.Variants.Any(v => v.Stock > 0 && string.Equals(v.ColorFamily, family, StringComparison.OrdinalIgnoreCase)),
                $"focus {turn.After.Focus ?? "none"} should have a {family} variant in stock");
        }
        if (expect.NoProducts == true) Require(turn.Cards.Count == 0, $"expected no product cards, got {turn.Cards.Count}");
        if (expect.Products is { } products) failures.AddRange(await ProductChecks.CheckAsync(products, turn, facts));
        return failures;
    }

    public static string? At(IReadOnlyList<string> list, int position)
    {
        var index = position < 0 ? list.Count + position : position - 1;
        return index >= 0 && index < list.Count ? list[index] : null;
    }
}

/// <summary>Slots of the active search in the dialogue state.</summary>
public static class SlotChecks
{
    public static IEnumerable<string> Check(Dictionary<string, string?> slots, SearchConstraints? search)
    {
        foreach (var (name, expected) in slots)
        {
            var actual = Actual(name, search);
            bool ok;
            if (expected is null) ok = actual.Count == 0;
            else
                ok = name switch
                {
                    "size" => actual.Any(a => Sizes.Same(a, expected)),
                    "max_price" or "min_price" => actual.Any(a => decimal.Parse(a, CultureInfo.InvariantCulture) == decimal.Parse(expected, CultureInfo.InvariantCulture)),
                    "sort" => actual.Any(a => Simple(a) == Simple(expected)),
                    "material" or "excluded_material" => actual.Any(a => a.Contains(expected, StringComparison.OrdinalIgnoreCase)),
                    _ => actual.Any(a => string.Equals(a, expected, StringComparison.OrdinalIgnoreCase)),
                };
            if (!ok) yield return $"slot {name}: expected {expected ?? "unset"}, got {(actual.Count == 0 ? "unset" : string.Join(", ", actual))}";
        }
    }

    private static List<string> Actual(string name, SearchConstraints? s)
    {
        if (s is null) return [];
        string one(object? value) => value switch
        {
            null => "",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        IReadOnlyList<string> values = name switch
        {
            "category" => [one(s.Category)],
            "gender" => [one(s.Gender)],
            "color" => s.Colors,
            "excluded_color" => s.ExcludedColors,
            "size" => [one(s.Size)],
            "max_price" => [one(s.MaxPrice)],
            "min_price" => [one(s.MinPrice)],
            "material" => s.Materials,
            "excluded_material" => s.ExcludedMaterials,
            "pattern" => s.Patterns,
            "excluded_pattern" => s.ExcludedPatterns,
            "excluded_category" => s.ExcludedCategories,
            "brand" => s.Brands,
            "fit" => s.Fits,
            "occasion" => s.Occasions,
            "season" => s.Seasons,
            "style" => s.Styles,
            "term" => s.Terms,
            "sort" => s.Sort == SearchSort.Relevance ? [] : [one(s.Sort)],
            "on_sale" => s.OnSaleOnly ? ["true"] : [],
            _ => throw new InvalidDataException($"Unknown slot '{name}'."),
        };
        return values.Where(v => v.Length > 0).ToList();
    }

    private static string Simple(string value) => value.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}

/// <summary>Size labels as shoppers and the catalog write them: "UK 10" is "10", "medium" is "M".</summary>
public static class Sizes
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["small"] = "s", ["medium"] = "m", ["large"] = "l", ["extrasmall"] = "xs", ["extralarge"] = "xl", ["onesize"] = "onesize",
    };

    public static bool Same(string a, string b) => Key(a) == Key(b);

    public static string Key(string size)
    {
        var key = string.Concat(size.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        foreach (var prefix in new[] { "size", "uk", "w" })
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal) && char.IsDigit(key[prefix.Length])) key = key[prefix.Length..];
        return Words.GetValueOrDefault(key, key);
    }
}
