using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// What one variant must be for the shopper to be offered it: an allowed colour, the size asked for, a price in range,
/// on sale when only sale items are wanted, and in stock. The one definition of it, applied both to the snapshot's
/// codes (once per distinct value) and to the rows re-read for the page shown.
/// </summary>
internal sealed class VariantRule
{
    private readonly SearchConstraints constraints;
    private readonly string? size;

    /// <summary>The price range asked for, open-ended where not asked.</summary>
    public double MinPrice { get; }
    public double MaxPrice { get; }
    public bool OnSaleOnly => constraints.OnSaleOnly;

    public VariantRule(SearchConstraints constraints)
    {
        this.constraints = constraints;
        size = string.IsNullOrWhiteSpace(constraints.Size) ? null : SizeKey(constraints.Size);
        MinPrice = constraints.MinPrice is { } low ? (double)low : double.NegativeInfinity;
        MaxPrice = constraints.MaxPrice is { } high ? (double)high : double.PositiveInfinity;
    }

    public bool AsksSize => size is not null;
    public bool AsksColor => constraints.Colors.Count > 0;

    /// <summary>
    /// A colour is wanted when its name or family was asked for ("blue" takes navy; "navy" takes "navy blue") and
    /// neither was excluded ("blue but not navy" drops navy, "not black" drops jet).
    /// </summary>
    public bool ColorAllowed(string color, string family) =>
        (constraints.Colors.Count == 0 || constraints.Colors.Any(wanted => Names(color, family, wanted)))
        && !constraints.ExcludedColors.Any(unwanted => Names(color, family, unwanted));

    public bool SizeAllowed(string variantSize) => size is null || SizeKey(variantSize) == size;

    public bool PriceAllowed(double price) => price >= MinPrice && price <= MaxPrice;

    public bool SaleAllowed(bool onSale) => onSale || !constraints.OnSaleOnly;

    public bool Satisfies(VariantRow variant) => variant.Stock > 0 && SatisfiesIgnoringStock(variant);

    /// <summary>Everything but stock: what the shop lists as "sold out" when sold-out products are included.</summary>
    public bool SatisfiesIgnoringStock(VariantRow variant) => ColorAllowed(variant.Color, variant.ColorFamily)
        && SizeAllowed(variant.Size) && PriceAllowed(variant.Price) && SaleAllowed(variant.OnSale);

    private static bool Names(string color, string family, string wanted) =>
        CatalogValues.Same(family, wanted) || CatalogValues.Names(color, wanted);

    /// <summary>
    /// Sizes compare without case or spaces, and without a leading "UK": the store sizes in UK units, and shoppers
    /// say "size 8" for a UK 8 shoe as for a UK 8 dress.
    /// </summary>
    internal static string SizeKey(string size)
    {
        var key = string.Concat(size.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return key.Length > 2 && key.StartsWith("uk", StringComparison.Ordinal) && char.IsDigit(key[2]) ? key[2..] : key;
    }
}

/// <summary>A variant as re-read from the database for the page shown.</summary>
internal sealed record VariantRow(string Size, string Color, string ColorFamily, double Price, double? CompareAtPrice, int Stock)
{
    public bool OnSale => CompareAtPrice is { } was && was > Price;
}
