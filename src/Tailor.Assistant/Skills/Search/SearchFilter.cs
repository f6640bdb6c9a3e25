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
    private readonly ValueRule brands, materials, patterns, fits, occasions, seasons, styles, sleeves, necklines;
    private readonly int[] attributeCodes;

    public SearchFilter(SearchConstraints constraints, CatalogSnapshot snapshot)
    {
        this.snapshot = snapshot;
        Variants = new VariantRule(constraints);
        gender = constraints.Gender;
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
        sleeves = Rule(snapshot.Sleeves, constraints.Sleeves, [], Names);
        necklines = Rule(snapshot.Necklines, constraints.Necklines, [], Names);
        ShadeAllowed = Enumerable.Range(0, snapshot.ShadeColor.Length)
            .Select(code => Variants.ColorAllowed(snapshot.Colors[snapshot.ShadeColor[code]], snapshot.Families[snapshot.ShadeFamily[code]])).ToArray();
        SizeAllowed = snapshot.Sizes.Where(Variants.SizeAllowed);
        attributeCodes = snapshot.AttributeCodes;
        // A product has a wanted variant in stock only if it has a wanted size and a wanted family in stock.
        SizeBits = Variants.AsksSize ? Bits(SizeAllowed, SnapshotProduct.SizeBit) : ulong.MaxValue;
        FamilyBits = Variants.AsksColor ? (uint)Bits(ShadeAllowed, shade => SnapshotProduct.FamilyBit(snapshot.ShadeFamily[shade])) : uint.MaxValue;
    }

    /// <summary>The variant-level rules, for values re-read from the database.</summary>
    public VariantRule Variants { get; }

    /// <summary>The variant-level rules on snapshot codes: by shade (colour and family) and by size.</summary>
    public bool[] ShadeAllowed { get; }
    public bool[] SizeAllowed { get; }

    /// <summary>Whether a product may have a wanted variant in stock, judged on its in-stock size and family bits alone.</summary>
    public bool MayHave(in SnapshotProduct product) => (product.SizesInStock & SizeBits) != 0 && (product.FamiliesInStock & FamilyBits) != 0;

    private ulong SizeBits { get; }
    private uint FamilyBits { get; }

    /// <summary>The categories whose products are worth looking at without text; null for all.</summary>
    public IEnumerable<int[]>? CategoryScope() => categories is null ? null
        : Enumerable.Range(0, categories.Length).Where(code => categories[code]).Select(code => snapshot.ProductsByCategory[code]);

    /// <summary>The product-level rules: category, gender (unisex suits women and men), brand and attributes (sleeve and neckline included).</summary>
    public bool Admits(in SnapshotProduct product) =>
        (gender is not { } g || product.Gender == g || (product.Gender == Gender.Unisex && g is Gender.Women or Gender.Men))
        && (categories is null || categories[product.Category]) && brands.Admits(product.Brand) && materials.Admits(product.Material)
        && patterns.Admits(product.Pattern) && fits.Admits(product.Fit) && sleeves.Admits(product.Sleeve) && necklines.Admits(product.Neckline)
        && occasions.AdmitsAny(product.Occasions.Of(attributeCodes)) && seasons.AdmitsAny(product.Seasons.Of(attributeCodes))
        && styles.AdmitsAny(product.Styles.Of(attributeCodes));

    private static ulong Bits(bool[] allowed, Func<int, ulong> bit)
    {
        var bits = 0UL;
        for (var code = 0; code < allowed.Length; code++) if (allowed[code]) bits |= bit(code);
        return bits;
    }

    private static ValueRule Rule(Vocabulary vocabulary, IReadOnlyList<string> wanted, IReadOnlyList<string> unwanted, Func<string, string, bool> matches) =>
        wanted.Count == 0 && unwanted.Count == 0 ? ValueRule.None : new(
            vocabulary.Where(value => (wanted.Count == 0 || wanted.Any(w => matches(value, w))) && !unwanted.Any(u => matches(value, u))),
            Required: wanted.Count > 0);

    /// <summary>Allowed codes of one attribute. A product without the attribute passes only when nothing was asked for.</summary>
    private readonly record struct ValueRule(bool[]? Allowed, bool Required)
    {
        public static readonly ValueRule None = new(null, false);

        public bool Admits(int code) => Allowed is null || (code >= 0 ? Allowed[code] : !Required);

        public bool AdmitsAny(ReadOnlySpan<int> codes)
        {
            if (Allowed is null) return true;
            foreach (var code in codes) if (Allowed[code]) return true;
            return false;
        }
    }
}
