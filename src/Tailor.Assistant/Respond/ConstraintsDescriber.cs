using System.Globalization;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Respond;

/// <summary>Says a search back in words: "blue linen dresses in size 10 under £120, not black".</summary>
public static class ConstraintsDescriber
{
    public static string Describe(SearchConstraints c, CultureInfo culture)
    {
        var words = new List<string>();
        if (c.OnSaleOnly) words.Add("reduced");
        words.AddRange(c.Colors);
        words.AddRange(c.Patterns);
        words.AddRange(c.Materials);
        words.AddRange(c.Fits);
        words.AddRange(c.Sleeves);
        words.AddRange(c.Necklines);
        words.AddRange(c.Styles);
        words.AddRange(c.Brands);
        if (c.Gender is { } gender) words.Add(gender switch
        {
            Domain.Catalog.Gender.Women => "women's",
            Domain.Catalog.Gender.Men => "men's",
            Domain.Catalog.Gender.Kids => "kids'",
            _ => "",
        });
        words.AddRange(c.Terms);
        words.Add(c.Category ?? (c.Terms.Count == 0 ? "products" : "items"));

        var text = string.Join(' ', words.Where(w => w.Length > 0));
        if (c.Occasions.Count > 0) text += $" for {Join(c.Occasions)}";
        if (c.Seasons.Count > 0) text += $" for {Join(c.Seasons)}";
        if (c.Size is { } size) text += $" in size {size}";
        text += (c.MinPrice, c.MaxPrice) switch
        {
            ({ } min, { } max) => $" between {Money(min, culture)} and {Money(max, culture)}",
            (null, { } max) => $" under {Money(max, culture)}",
            ({ } min, null) => $" over {Money(min, culture)}",
            _ => "",
        };
        var excluded = c.ExcludedColors.Concat(c.ExcludedMaterials).Concat(c.ExcludedPatterns).Concat(c.ExcludedCategories).ToList();
        if (excluded.Count > 0) text += $", not {Join(excluded, "or")}";
        return text;
    }

    public static string Money(decimal amount, CultureInfo culture) =>
        amount == decimal.Truncate(amount) ? amount.ToString("C0", culture) : amount.ToString("C", culture);

    public static string Join(IReadOnlyList<string> items, string conjunction = "and") => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };
}
