namespace Tailor.Domain.Catalog;

/// <summary>
/// A named option of a variant other than size and colour, as a store defines them (Shopify allows three options in
/// all): "Fit: Petite", "Length: Long", "Switch type: Clicky". Size and colour keep their own fields and handling.
/// </summary>
public sealed record VariantOption
{
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";

    /// <summary>Shopify's limit on options per product, size and colour included.</summary>
    public const int MaxPerProduct = 3;

    /// <summary>"Petite, Long": the values as a shopper reads them after the title.</summary>
    public static string Describe(IEnumerable<VariantOption> options) => string.Join(", ", options.Select(o => o.Value).Where(v => v.Length > 0));

    /// <summary>Whether two lists hold the same value for every option name (case aside), in any order.</summary>
    public static bool Same(IReadOnlyCollection<VariantOption> a, IReadOnlyCollection<VariantOption> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.Value, y.Value, StringComparison.OrdinalIgnoreCase)));
}
