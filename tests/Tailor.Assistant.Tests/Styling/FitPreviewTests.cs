using Tailor.Assistant.Skills.Styling;
using static Tailor.Assistant.Tests.Skills.HandBuiltProducts;

namespace Tailor.Assistant.Tests.Styling;

/// <summary>The fit preview's zones: tight above a size's range, loose below it, right within; length from height; honest misses.</summary>
public sealed class FitPreviewTests
{
    private static readonly Tailor.Assistant.Skills.Products.ProductFacts Dress = Product("dress", WomenTops with { Category = "dresses" }, ["navy"]);

    // Chart M: bust 86.5–96.5, waist 68.5–78.5, hips 93.5–103.5; S below, L above.
    [Theory]
    [InlineData("M", 92, 74, 98, "chest:right waist:right hips:right")]
    [InlineData("S", 92, 74, 98, "chest:tight waist:tight hips:tight")]
    [InlineData("L", 92, 74, 98, "chest:loose waist:loose hips:loose")]
    // Between sizes: a waist for L with a bust for M is tight at the waist in M and loose at the bust in L.
    [InlineData("M", 92, 81, 0, "chest:right waist:tight")]
    [InlineData("L", 92, 81, 0, "chest:loose waist:right")]
    public void Each_zone_is_marked_against_the_chosen_size(string size, int chest, int waist, int hips, string expected)
    {
        var (preview, miss) = FitPreviewer.Preview(Dress, size, new FitBody(chest, waist, hips == 0 ? null : hips, null));

        Assert.Equal(FitPreviewMiss.None, miss);
        Assert.Equal(expected, string.Join(' ', preview!.Zones.Select(z => $"{z.Zone}:{z.Fit.ToString().ToLowerInvariant()}")));
    }

    [Fact]
    public void Between_sizes_the_advised_size_is_the_larger_one_and_every_size_can_be_compared()
    {
        var (preview, _) = FitPreviewer.Preview(Dress, "M", new FitBody(92, 81, null, null));

        Assert.Equal("L", preview!.Advised);
        Assert.Equal(["XS", "S", "M", "L", "XL"], preview.Sizes);
    }

    // The dress is cut for 165 cm: on a tall shopper it sits short, on a petite one long.
    [Theory]
    [InlineData(150, ZoneFit.Long)]
    [InlineData(165, ZoneFit.Right)]
    [InlineData(180, ZoneFit.Short)]
    public void Length_is_read_from_height_against_the_height_the_dress_is_cut_for(int height, ZoneFit expected)
    {
        var (preview, _) = FitPreviewer.Preview(Dress, "M", new FitBody(null, null, null, height));

        var length = Assert.Single(preview!.Zones);
        Assert.Equal("length", length.Zone);
        Assert.Equal(expected, length.Fit);
    }

    [Fact]
    public void Inches_are_read_as_inches()
    {
        var inCm = FitPreviewer.Preview(Dress, "M", new FitBody(92, 74, 98, null)).Preview!;
        var inInches = FitPreviewer.Preview(Dress, "M", new FitBody(36.2m, 29.1m, 38.6m, null).FromInches()).Preview!;

        Assert.Equal(inCm.Zones.Select(z => z.Fit), inInches.Zones.Select(z => z.Fit));
        Assert.Equal(91.9m, inInches.Zones[0].ValueCm);
    }

    [Fact]
    public void A_product_without_a_chart_has_no_preview()
    {
        var (preview, miss) = FitPreviewer.Preview(Product("tee", null, ["navy"], sizes: ["S", "M", "L"]), "M", new FitBody(92, 74, 98, null));

        Assert.Null(preview);
        Assert.Equal(FitPreviewMiss.NoChart, miss);
    }

    [Theory]
    [InlineData("XXL", FitPreviewMiss.UnknownSize)]
    [InlineData("12", FitPreviewMiss.None)]
    public void A_size_is_found_by_its_label_or_its_UK_size(string size, FitPreviewMiss expected)
    {
        var (preview, miss) = FitPreviewer.Preview(Dress, size, new FitBody(92, null, null, null));

        Assert.Equal(expected, miss);
        if (expected == FitPreviewMiss.None) Assert.Equal("M", preview!.Size);
    }
}
