using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;
using static Tailor.Assistant.Skills.Search.CatalogValues;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// A search's constraints compiled against one snapshot: each rule is decided once per distinct catalog value
/// (a few hundred), after which a product or variant costs a few array look-ups. Null arrays mean "not asked".
/// </summary>
internal sealed class SearchFilter
{
    private readonly CatalogSnapshot snapshot;
    private readonly Gender? gender;
    private readonly bool[]? categories;
    private readonly ValueRule brands, materials, patterns, fits, occasions, seasons, styles;
    private readonly bool[] shades, sizes;
    private readonly bool onSaleOnly;

    public SearchFilter(SearchConstraints constraints, CatalogSnapshot snapshot)
    {
        this.snapshot = snapshot;
        Variants = new VariantRule(constraints);
        gender = constraints.Gender;
        onSaleOnly = constraints.OnSaleOnly;
        categories = constraints.Category is null && constraints.ExcludedCategories.Count == 0 ? null : snapshot.Categories.Where(category =>
            (constraints.Category is null || Same(category, constraints.Category)) && !constraints.ExcludedCategories.Any(c => Same(category, c)));
        brands = Rule(snapshot.Brands, constraints.Brands, [], Same);
        // "merino wool" is a wool and "recycled polyester" a polyester, both ways: asked for, or ruled out.
        materials = Rule(snapshot.Materials, constraints.Materials, constraints.ExcludedMaterials, Contains);
        patterns = Rule(snapshot.Patterns, constraints.Patterns, constraints.ExcludedPatterns, Names);
        fits = Rule(snapshot.Fits, constraints.Fits, [], Names);
        occasions = Rule(snapshot.Occasions, constraints.Occasions, [], Names);
        seasons = Rule(snapshot.Seasons, constraints.Seasons, [], Names);
        styles = Rule(snapshot.Styles, constraints.Styles, [], Names);
        shades = Enumerable.Range(0, snapshot.Shades.Count)
            .Select(code => Variants.ColorAllowed(snapshot.ShadeColor[code], snapshot.Families[snapshot.ShadeFamily[code]])).ToArray();
        sizes = snapshot.Sizes.Where(Variants.SizeAllowed);
    }

    public VariantRule Variants { get; }

    /// <summary>The products worth looking at without text: one category's, or all.</summary>
    public IEnumerable<int> Scope()
    {
        if (categories is null) return Enumerable.Range(0, snapshot.Products.Length);
        return Enumerable.Range(0, categories.Length).Where(code => categories[code]).SelectMany(code => snapshot.ProductsByCategory[code]);
    }

    /// <summary>The product-level rules: category, gender (unisex suits women and men), brand and attributes.</summary>
    public bool Admits(SnapshotProduct product) =>
        (gender is not { } g || product.Gender == g || (product.Gender == Gender.Unisex && g is Gender.Women or Gender.Men))
        && (categories is null || categories[product.Category]) && brands.Admits(product.Brand) && materials.Admits(product.Material)
        && patterns.Admits(product.Pattern) && fits.Admits(product.Fit)
        && occasions.AdmitsAny(product.Occasions) && seasons.AdmitsAny(product.Seasons) && styles.AdmitsAny(product.Styles);

    /// <summary>Every variant-level rule but stock: colour, size, price and sale.</summary>
    public bool Wants(int variant) =>
        shades[snapshot.VariantShade[variant]] && sizes[snapshot.VariantSize[variant]]
        && Variants.PriceAllowed(snapshot.VariantPrice[variant]) && (!onSaleOnly || snapshot.VariantOnSale[variant]);

    private static ValueRule Rule(Vocabulary vocabulary, IReadOnlyList<string> wanted, IReadOnlyList<string> unwanted, Func<string, string, bool> matches) =>
        wanted.Count == 0 && unwanted.Count == 0 ? ValueRule.None : new(
            vocabulary.Where(value => (wanted.Count == 0 || wanted.Any(w => matches(value, w))) && !unwanted.Any(u => matches(value, u))),
            Required: wanted.Count > 0);

    /// <summary>Allowed codes of one attribute. A product without the attribute passes only when nothing was asked for.</summary>
    private readonly record struct ValueRule(bool[]? Allowed, bool Required)
    {
        public static readonly ValueRule None = new(null, false);

        public bool Admits(int code) => Allowed is null || (code >= 0 ? Allowed[code] : !Required);

        public bool AdmitsAny(int[] codes)
        {
            if (Allowed is null) return true;
            foreach (var code in codes) if (Allowed[code]) return true;
            return false;
        }
    }
}
