using System.Globalization;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Turns a finished <see cref="MessageScan"/> into <see cref="RecognizedEntities"/>: the first of each single value,
/// every listed value once, ruled-out colours, materials, patterns and categories as exclusions, and the words
/// nothing explained as search terms. A ruled-out value with no exclusion list ("not on sale") is dropped.
/// </summary>
internal static class EntitiesAssembler
{
    public static RecognizedEntities Assemble(MessageScan scan, IReadOnlySet<string> stopWords)
    {
        var findings = scan.Findings.OrderBy(f => f.First).ToList();
        var terms = new List<string>();
        var termSpans = new List<(int Position, EntitySpan Span)>();
        for (var i = 0; i < scan.Count; i++)
        {
            var word = scan.Words[i].Text;
            // "165cm", "2pm": measurements and times, not words a product is described by.
            if (!scan.IsFree(i) || word.Length < 2 || !char.IsLetter(word[0]) || stopWords.Contains(word) || IsMaskPlaceholder(scan, i)) continue;
            var negated = scan.Negated?[i] == true;
            if (!negated && !terms.Contains(word)) terms.Add(word);
            termSpans.Add((i, new EntitySpan(EntityKinds.Term, word, scan.TextOf(i, i), negated)));
        }

        var category = findings.FirstOrDefault(f => f.Kind == EntityKinds.Category && !f.Negated && !f.Weak)?.Value
            ?? First(findings, EntityKinds.Category);
        var ordinals = findings.Where(f => f.Kind == EntityKinds.Ordinal)
            .Select(f => int.Parse(f.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        var referencedColor = First(findings, EntityKinds.ColorReference);

        var constraints = new SearchConstraints
        {
            Category = category,
            Gender = Parse<Gender>(First(findings, EntityKinds.Gender)),
            Colors = Values(findings, EntityKinds.Color, negated: false),
            ExcludedColors = Values(findings, EntityKinds.Color, negated: true),
            Size = First(findings, EntityKinds.Size),
            MinPrice = Money(First(findings, EntityKinds.MinPrice)),
            MaxPrice = Money(First(findings, EntityKinds.MaxPrice)),
            Brands = Values(findings, EntityKinds.Brand, negated: false),
            Materials = Values(findings, EntityKinds.Material, negated: false),
            ExcludedMaterials = Values(findings, EntityKinds.Material, negated: true),
            Patterns = Values(findings, EntityKinds.Pattern, negated: false),
            ExcludedPatterns = Values(findings, EntityKinds.Pattern, negated: true),
            Fits = Values(findings, EntityKinds.Fit, negated: false),
            Occasions = Values(findings, EntityKinds.Occasion, negated: false),
            Seasons = Values(findings, EntityKinds.Season, negated: false),
            Styles = Values(findings, EntityKinds.Style, negated: false),
            Sleeves = Values(findings, EntityKinds.Sleeve, negated: false),
            Necklines = Values(findings, EntityKinds.Neckline, negated: false),
            ExcludedCategories = Values(findings, EntityKinds.Category, negated: true).Where(c => c != category).ToArray(),
            Terms = terms,
            OnSaleOnly = First(findings, EntityKinds.OnSale) is not null,
            Sort = Parse<SearchSort>(First(findings, EntityKinds.Sort)) ?? SearchSort.Relevance,
        };

        return new RecognizedEntities
        {
            Constraints = constraints,
            Ordinal = ordinals.Count == 1 ? ordinals[0] : null,
            Ordinals = ordinals,
            ReferencedColor = referencedColor,
            // "that one in blue" picks a shown product by colour rather than meaning the one in focus.
            RefersToFocus = referencedColor is null && findings.Any(f => f.Kind == EntityKinds.Focus),
            RefersToOther = findings.Any(f => f.Kind == EntityKinds.Other),
            OrderNumber = First(findings, EntityKinds.OrderNumber),
            ReturnNumber = First(findings, EntityKinds.ReturnNumber),
            PromoCode = First(findings, EntityKinds.PromoCode),
            Defect = First(findings, EntityKinds.Defect),
            // A question stays about its aspect whatever is negated around it ("doesn't it run small?").
            Aspect = Parse<ProductAspect>(findings.FirstOrDefault(f => f.Kind == EntityKinds.Aspect)?.Value),
            PriceDirection = Parse<PriceDirection>(First(findings, EntityKinds.PriceDirection)),
            Spans = findings.Select(f => (Position: f.First, Span: new EntitySpan(f.Kind, f.Value, scan.TextOf(f.First, f.Last), f.Negated)))
                .Concat(termSpans).OrderBy(s => s.Position).Select(s => s.Span).ToArray(),
        };
    }

    /// <summary>"[email]", "[phone]": where the guard masked personal data, not the shopper's words.</summary>
    private static bool IsMaskPlaceholder(MessageScan scan, int i)
    {
        var word = scan.Words[i];
        return word.Before == '[' && word.End < scan.Text.Length && scan.Text[word.End] == ']';
    }

    private static string? First(List<Finding> findings, string kind) =>
        findings.FirstOrDefault(f => f.Kind == kind && !f.Negated)?.Value;

    private static IReadOnlyList<string> Values(List<Finding> findings, string kind, bool negated) =>
        findings.Where(f => f.Kind == kind && f.Negated == negated).Select(f => f.Value).Distinct().ToArray();

    private static decimal? Money(string? value) =>
        value is null ? null : decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static TEnum? Parse<TEnum>(string? value) where TEnum : struct, Enum =>
        value is not null && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) ? parsed : null;
}
