using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Skills;

/// <summary>Product facts written by hand, so size and comparison rules can be checked on exact figures.</summary>
internal static class HandBuiltProducts
{
    /// <summary>Women's letter sizes, UK 6 to 18, bust/waist/hip in centimetres.</summary>
    public static readonly SizeChartFacts WomenTops = new("t-shirts", null, Gender.Women,
    [
        Row("XS", "6", "2", "34", chest: (76.5m, 81.5m), waist: (58.5m, 63.5m), hip: (83.5m, 88.5m)),
        Row("S", "8", "4", "36", chest: (81.5m, 86.5m), waist: (63.5m, 68.5m), hip: (88.5m, 93.5m)),
        Row("M", "10-12", "6-8", "38-40", chest: (86.5m, 96.5m), waist: (68.5m, 78.5m), hip: (93.5m, 103.5m)),
        Row("L", "14", "10", "42", chest: (96.5m, 101.5m), waist: (78.5m, 83.5m), hip: (103.5m, 108.5m)),
        Row("XL", "16", "12", "44", chest: (101.5m, 106.5m), waist: (83.5m, 88.5m), hip: (108.5m, 113.5m)),
    ]);

    public static readonly SizeChartFacts WomenShoes = new("sneakers", null, Gender.Women,
    [
        Row("UK 4", "4", "6", "37", foot: (22.45m, 23.25m)),
        Row("UK 5", "5", "7", "38", foot: (23.3m, 24.1m)),
        Row("UK 6", "6", "8", "39", foot: (24.15m, 24.95m)),
    ]);

    /// <summary>A product in every size of the chart and in the given colours; stock is 5 unless listed as (size, colour) sold out.</summary>
    public static ProductFacts Product(string handle, SizeChartFacts? chart, string[] colors, FitSummary? fit = null,
        (string Size, string Color)[]? soldOut = null, decimal price = 40m, string material = "cotton", string fitName = "regular",
        IReadOnlyList<string>? sizes = null)
    {
        var variants = (sizes ?? chart!.Rows.Select(r => r.Size).ToList())
            .SelectMany(size => colors.Select(color => new VariantFact($"{handle}-{size}-{color}", size, color, ColorFamilies.FamilyOf(color), price, null,
                soldOut?.Contains((size, color)) == true ? 0 : 5)))
            .ToList();
        var inStock = variants.Where(v => v.InStock).GroupBy(v => v.Color).Select(g => new ColorSizes(g.Key, g.Select(v => v.Size).ToList())).ToList();
        return new ProductFacts(handle, handle, "Brand", chart?.Category ?? "bags", "Women > " + handle, Gender.Women, "", $"Wash {material} cold.",
            new ProductAttributes { Material = material, Fit = fitName }, [], $"/products/{handle}", null, "GBP", false,
            variants, inStock.Select(c => c.Color).ToList(), inStock, fit ?? new FitSummary(0, 0, 0, 0, 0), [], chart);
    }

    private static SizeChartRow Row(string size, string uk, string us, string eu, (decimal, decimal)? chest = null, (decimal, decimal)? waist = null,
        (decimal, decimal)? hip = null, (decimal, decimal)? foot = null) => new()
    {
        Size = size, Uk = uk, Us = us, Eu = eu, Chest = Range(chest), Waist = Range(waist), Hip = Range(hip), Foot = Range(foot),
    };

    private static MeasureRange? Range((decimal Min, decimal Max)? range) => range is { } r ? new MeasureRange(r.Min, r.Max) : null;
}
