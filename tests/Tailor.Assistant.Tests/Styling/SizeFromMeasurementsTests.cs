using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Styling;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;
using static Tailor.Assistant.Tests.Skills.HandBuiltProducts;

namespace Tailor.Assistant.Tests.Styling;

/// <summary>Size advice from what shoppers actually type: units, height, between sizes, fit preference, confidence.</summary>
public sealed class SizeFromMeasurementsTests
{
    private readonly SizeAdvisor advisor = new();
    private static readonly FitSummary RunsSmall = new(48, 30, 15, 3, 3.9);

    private static SizeAdviceRequest From(string text, string? size = null)
    {
        var said = MeasurementReader.Read(text) ?? new BodyMeasurements();
        return new SizeAdviceRequest(said.ChestCm, said.WaistCm, said.HipCm, said.FootCm, said.UsualSize ?? size, said.InseamCm, said.HeightCm, said.Fit);
    }

    [Theory]
    [InlineData("bust 92 cm, waist 74 cm", "M", SizeConfidence.High)]
    [InlineData("bust 36 inches, waist 29 inches", "M", SizeConfidence.High)]
    [InlineData("bust 84, waist 66, hips 91", "S", SizeConfidence.High)]
    [InlineData("bust 84, waist 74", "M", SizeConfidence.Medium)]
    [InlineData("bust 120 cm", "XL", SizeConfidence.Low)]
    [InlineData("I'm usually a 14", "L", SizeConfidence.Medium)]
    [InlineData("I'm usually an EU 38", "M", SizeConfidence.Medium)]
    [InlineData("usually a US 4", "S", SizeConfidence.Medium)]
    public void Measurements_and_usual_sizes_in_any_unit_or_system_give_one_size_with_a_confidence(string text, string size, SizeConfidence confidence)
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"]), From(text));

        Assert.Equal(SizeAdviceOutcome.Suggested, advice.Outcome);
        Assert.Equal((size, confidence), (advice.Size, advice.Confidence));
    }

    [Fact]
    public void Between_two_sizes_the_larger_is_advised_and_the_smaller_offered_for_a_closer_fit()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"]), From("bust 86.5 cm"));

        Assert.Equal(("M", "S"), (advice.Size, advice.OtherSize));
        Assert.Equal(SizeConfidence.Medium, advice.Confidence);
    }

    [Fact]
    public void Between_two_sizes_a_shopper_who_likes_it_snug_gets_the_smaller()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"]), From("bust 86.5 cm, I like it fitted"));

        Assert.Equal(("S", "M"), (advice.Size, advice.OtherSize));
    }

    [Fact]
    public void Reviews_saying_it_runs_small_move_the_measured_size_up_and_keep_the_chart_size_for_the_reason()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"], RunsSmall), From("bust 92 cm"));

        Assert.Equal(("L", "M"), (advice.Size, advice.ChartSize));
        Assert.Equal((62, 48, true), (advice.Adjustment!.Percent, advice.Adjustment.Reviews, advice.Adjustment.Applied));
        Assert.Equal(SizeConfidence.Medium, advice.Confidence);
    }

    [Theory]
    [InlineData("hips 100 cm, I'm 5'11", LengthFit.Shorter)]
    [InlineData("hips 100 cm, I'm 5'0", LengthFit.Longer)]
    [InlineData("hips 100 cm, I'm 5'5", LengthFit.AsCut)]
    [InlineData("hips 100 cm, inside leg 86 cm", LengthFit.Shorter)]
    [InlineData("hips 100 cm, inside leg 70 cm", LengthFit.Longer)]
    [InlineData("hips 100 cm, inside leg 78 cm, I'm 6'0", LengthFit.AsCut)]
    public void Height_and_inside_leg_say_how_the_length_will_sit(string text, LengthFit expected)
    {
        var advice = advisor.Advise(Product("wide-leg", WomenTrousers, ["black"]), From(text));

        Assert.Equal("12", advice.Size);
        Assert.Equal(expected, advice.Length?.Fit);
    }

    [Fact]
    public void Length_is_not_judged_for_a_top_without_height_or_for_shoes()
    {
        Assert.Null(advisor.Advise(Product("wide-leg", WomenTrousers, ["black"]), From("hips 100 cm")).Length);
        Assert.Null(advisor.Advise(Product("trainer", WomenShoes, ["white"]), From("foot 23.5 cm, I'm 5'11")).Length);
    }

    [Fact]
    public void Without_a_chart_measurements_are_not_turned_into_a_size()
    {
        var noChart = Product("tee", null, ["navy"], sizes: ["S", "M", "L"]);

        var advice = advisor.Advise(noChart, From("bust 92 cm, waist 74 cm"));

        Assert.Equal(SizeAdviceOutcome.NoChart, advice.Outcome);
        Assert.Null(advice.Size);
    }

    /// <summary>Women's trousers, UK 10 to 14, with inside leg and garment length.</summary>
    private static readonly SizeChartFacts WomenTrousers = new("trousers", null, Gender.Women,
    [
        Trouser("10", waist: (68.5m, 73.5m), hip: (93.5m, 98.5m)),
        Trouser("12", waist: (73.5m, 78.5m), hip: (98.5m, 103.5m)),
        Trouser("14", waist: (78.5m, 83.5m), hip: (103.5m, 108.5m)),
    ]);

    private static SizeChartRow Trouser(string size, (decimal Min, decimal Max) waist, (decimal Min, decimal Max) hip) => new()
    {
        Size = size, Uk = size, Waist = new MeasureRange(waist.Min, waist.Max), Hip = new MeasureRange(hip.Min, hip.Max),
        Inseam = new MeasureRange(74, 80), GarmentLength = 101,
    };
}
