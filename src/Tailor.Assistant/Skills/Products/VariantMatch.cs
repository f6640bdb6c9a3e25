using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Products;

/// <summary>
/// Matches the way shoppers name sizes and colours to a product's variants: "8" is "UK 8", "medium" is "M",
/// "w32" is "32"; "navy" is navy, and "blue" is any blue when the shopper named the family.
/// </summary>
public static class VariantMatch
{
    private static readonly Dictionary<string, string> SizeWords = new(StringComparer.Ordinal)
    {
        ["extrasmall"] = "xs", ["xsmall"] = "xs", ["small"] = "s", ["medium"] = "m", ["med"] = "m", ["large"] = "l",
        ["extralarge"] = "xl", ["xlarge"] = "xl", ["2xl"] = "xxl", ["xxlarge"] = "xxl", ["onesize"] = "onesize", ["os"] = "onesize",
    };

    public static bool SameSize(string asked, string size) => NormalizeSize(asked) == NormalizeSize(size);

    /// <summary>A size label reduced for comparing: lower case, no spaces, no "uk"/"size"/"w" prefix, words to letters.</summary>
    public static string NormalizeSize(string size)
    {
        var s = string.Concat(size.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        if (!s.Any(char.IsDigit)) s = s.Replace("-", "", StringComparison.Ordinal); // "x-large", but "2-3y" stays
        foreach (var prefix in new[] { "size", "uk", "w" })
            if (s.Length > prefix.Length && s.StartsWith(prefix, StringComparison.Ordinal) && char.IsDigit(s[prefix.Length])) s = s[prefix.Length..];
        if (s.Length > 4 && s.StartsWith("size", StringComparison.Ordinal)) s = s[4..];
        return SizeWords.GetValueOrDefault(s, s);
    }

    /// <summary>
    /// The colours among <paramref name="colors"/> that answer <paramref name="asked"/>: the exact colour when the product
    /// has it, else every colour of the family when the shopper named a family ("blue"), else none.
    /// </summary>
    public static IReadOnlyList<string> Colors(IEnumerable<string> colors, string asked)
    {
        var distinct = colors.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var exact = distinct.Where(c => string.Equals(c.Trim(), asked.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        var family = asked.Trim().ToLowerInvariant();
        return ColorFamilies.All.Contains(family) ? distinct.Where(c => ColorFamilies.FamilyOf(c) == family).ToList() : [];
    }
}
