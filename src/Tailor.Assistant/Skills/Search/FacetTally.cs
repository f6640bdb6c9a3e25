namespace Tailor.Assistant.Skills.Search;

/// <summary>Counts, over all matches of a search, how many products have each category, colour family, size, material and brand.</summary>
internal sealed class FacetTally(CatalogSnapshot snapshot)
{
    private readonly int[] categories = new int[snapshot.Categories.Count];
    private readonly int[] brands = new int[snapshot.Brands.Count];
    private readonly int[] materials = new int[snapshot.Materials.Count];
    private readonly int[] families = new int[snapshot.Families.Count];
    private readonly int[] sizes = new int[snapshot.Sizes.Count];
    // The last product (index + 1) counted for each family and size, so a product counts once per value.
    private readonly int[] familySeen = new int[snapshot.Families.Count];
    private readonly int[] sizeSeen = new int[snapshot.Sizes.Count];
    private double minPrice = double.PositiveInfinity, maxPrice = double.NegativeInfinity;

    /// <summary>A variant of product <paramref name="index"/> that satisfies the search.</summary>
    public void AddVariant(int index, int variant)
    {
        var family = snapshot.ShadeFamily[snapshot.VariantShade[variant]];
        if (familySeen[family] != index + 1)
        {
            familySeen[family] = index + 1;
            families[family]++;
        }
        var size = snapshot.VariantSize[variant];
        if (sizeSeen[size] != index + 1)
        {
            sizeSeen[size] = index + 1;
            sizes[size]++;
        }
    }

    /// <summary>A matching product, at the price of its cheapest satisfying variant.</summary>
    public void AddProduct(in SnapshotProduct product, double price)
    {
        categories[product.Category]++;
        brands[product.Brand]++;
        if (product.Material >= 0) materials[product.Material]++;
        minPrice = Math.Min(minPrice, price);
        maxPrice = Math.Max(maxPrice, price);
    }

    public SearchFacets ToFacets() => new(
        Counts(snapshot.Categories, categories), Counts(snapshot.Families, families), Counts(snapshot.Sizes, sizes),
        Counts(snapshot.Materials, materials), Counts(snapshot.Brands, brands),
        minPrice <= maxPrice ? new PriceRange((decimal)minPrice, (decimal)maxPrice) : null);

    // Most common first, so the first few make the quick replies; ties in a stable, readable order.
    private static List<FacetCount> Counts(Vocabulary vocabulary, int[] counts) => Enumerable.Range(0, counts.Length)
        .Where(code => counts[code] > 0 && vocabulary[code].Length > 0)
        .Select(code => new FacetCount(vocabulary[code], counts[code]))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.OrdinalIgnoreCase)
        .ToList();
}
