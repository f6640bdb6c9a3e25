using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

/// <summary>Builds one size chart per category and gender: body ranges, garment measurements and conversions.</summary>
internal static class SizeChartBuilder
{
    /// <summary>Garment length of a mid size (cm), how much it grows per size, and the ease added to the chest.</summary>
    private sealed record Cut(decimal Length, decimal LengthStep, decimal ChestEase);

    private static readonly Dictionary<string, Cut> Cuts = new()
    {
        ["dresses"] = new(105, 1, 6), ["jeans"] = new(102, 1, 0), ["trousers"] = new(101, 1, 0),
        ["t-shirts"] = new(66, 1.5m, 8), ["shirts"] = new(74, 1.5m, 12), ["knitwear"] = new(64, 1.5m, 10),
        ["jackets"] = new(62, 1.5m, 14), ["coats"] = new(100, 1.5m, 18), ["skirts"] = new(70, 0.5m, 0),
        ["activewear"] = new(88, 1, -2), ["swimwear"] = new(62, 1, -4), ["sneakers"] = new(0, 0, 0),
        ["boots"] = new(0, 0, 0), ["heels"] = new(0, 0, 0), ["sandals"] = new(0, 0, 0),
        ["bags"] = new(30, 0, 0), ["belts"] = new(0, 0, 0), ["scarves"] = new(190, 0, 0),
        ["hats"] = new(0, 0, 0), ["jewellery"] = new(45, 0, 0),
    };

    public static List<SizeChart> Build() => Assortment.Ranges
        .Select(range => new SizeChart
        {
            Category = range.Category.Slug,
            Gender = range.Gender,
            Rows = BodySizes.Of(range.Sizes).Select((body, i) => Row(range, body, i)).ToList(),
        })
        .ToList();

    private static SizeChartRow Row(CategoryRange range, BodySize body, int index)
    {
        var cut = Cuts[range.Category.Slug];
        var isBottom = range.Category.Slug is "jeans" or "trousers" or "skirts";
        var isFootwear = range.Category.Department == Department.Shoes;
        return new SizeChartRow
        {
            Size = body.Size,
            Uk = body.Uk,
            Us = body.Us,
            Eu = body.Eu,
            // Each row gets its own ranges: EF Core owns them, and one owned instance cannot sit in two rows.
            Chest = isBottom ? null : Copy(body.Chest),
            Waist = Copy(body.Waist),
            Hip = Copy(body.Hip),
            Inseam = range.Category.Slug is "jeans" or "trousers" ? Copy(body.Inseam) : null,
            Foot = Copy(body.Foot),
            GarmentLength = GarmentLength(range, body, cut, index, isFootwear),
            GarmentChestWidth = !isBottom && !isFootwear && body.Chest is { } chest && cut.ChestEase != 0
                ? Math.Round((chest.Max + cut.ChestEase) / 2, 1) : null,
            GarmentWaistWidth = isBottom && body.Waist is { } waist ? Math.Round((waist.Min + waist.Max) / 4 + 1, 1) : null,
        };
    }

    private static MeasureRange? Copy(MeasureRange? range) => range is null ? null : range with { };

    // Shoes are measured by insole, kids' clothes scale with height, men's tops are cut a little longer.
    private static decimal? GarmentLength(CategoryRange range, BodySize body, Cut cut, int index, bool isFootwear)
    {
        if (isFootwear) return body.Foot is { } foot ? foot.Max + 0.6m : null;
        if (cut.Length == 0) return null;
        if (body.HeightCm is { } height) return Math.Round(cut.Length * height / 165m, 0);
        var length = cut.Length + (range.Gender == Gender.Men ? 4 : 0) + cut.LengthStep * (index - 2);
        return Math.Round(length, 1);
    }
}
