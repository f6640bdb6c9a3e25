using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;
using static Tailor.Assistant.Tests.Skills.HandBuiltProducts;

namespace Tailor.Assistant.Tests.Skills;

public sealed class SizeAdvisorTests
{
    private readonly SizeAdvisor advisor = new();

    private static readonly FitSummary TrueToSize = new(20, 2, 16, 2, 4.4);
    private static readonly FitSummary RunsSmall = new(48, 30, 15, 3, 3.9);
    private static readonly FitSummary RunsLarge = new(10, 1, 3, 6, 4.1);

    [Fact]
    public void Measurements_give_the_size_whose_ranges_hold_them_all()
    {
        var top = Product("tee", WomenTops, ["navy", "white"], TrueToSize);

        var advice = advisor.Advise(top, new SizeAdviceRequest(ChestCm: 84, WaistCm: 70, HipCm: 95));

        Assert.Equal(SizeAdviceOutcome.Suggested, advice.Outcome);
        Assert.Equal(SizeAdviceBasis.Measurements, advice.Basis);
        Assert.Equal("M", advice.Size); // chest says S, waist and hip say M: the garment has to fit the largest
        Assert.Equal(["S", "M", "M"], advice.Measurements.Select(m => m.Size));
        Assert.True(advice.InStock);
        Assert.Equal(["navy", "white"], advice.ColorsInStock);
        Assert.Equal((FitFeedback.TrueToSize, 0, false), (advice.Adjustment?.Verdict, advice.Adjustment?.Step, advice.Adjustment?.Applied));
    }

    [Fact]
    public void A_measurement_on_the_boundary_of_two_sizes_takes_the_larger()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"]), new SizeAdviceRequest(ChestCm: 86.5m));

        Assert.Equal("M", advice.Size);
    }

    [Fact]
    public void A_measurement_beyond_the_chart_gives_the_largest_size_and_says_so()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"]), new SizeAdviceRequest(ChestCm: 120));

        Assert.Equal("XL", advice.Size);
        Assert.False(Assert.Single(advice.Measurements).WithinChart);
    }

    [Fact]
    public void A_product_that_runs_small_is_recommended_one_size_up_with_the_reviews_as_the_reason()
    {
        var top = Product("tee", WomenTops, ["navy", "white"], RunsSmall, soldOut: [("L", "white")]);

        var advice = advisor.Advise(top, new SizeAdviceRequest(ChestCm: 90));

        Assert.Equal("M", advice.ChartSize);
        Assert.Equal("L", advice.Size);
        Assert.Equal(new FitAdjustment(FitFeedback.Small, RunsSmall.PercentSmall, 48, 1, Applied: true), advice.Adjustment);
        Assert.Equal(["navy"], advice.ColorsInStock);
    }

    [Fact]
    public void A_product_that_runs_large_is_recommended_one_size_down()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"], RunsLarge), new SizeAdviceRequest(UsualSize: "L"));

        Assert.Equal(("L", "M"), (advice.ChartSize, advice.Size));
        Assert.Equal((FitFeedback.Large, 60, -1), (advice.Adjustment?.Verdict, advice.Adjustment?.Percent, advice.Adjustment?.Step));
    }

    [Fact]
    public void A_few_reviews_do_not_move_the_size()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"], new FitSummary(3, 3, 0, 0, 4)), new SizeAdviceRequest(UsualSize: "M"));

        Assert.Equal("M", advice.Size);
        Assert.Equal((FitFeedback.Small, 0), (advice.Adjustment?.Verdict, advice.Adjustment?.Step));
    }

    [Fact]
    public void No_larger_size_means_the_chart_size_stays_and_the_step_is_not_applied()
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"], RunsSmall), new SizeAdviceRequest(UsualSize: "XL"));

        Assert.Equal("XL", advice.Size);
        Assert.False(advice.Adjustment?.Applied);
    }

    [Theory]
    [InlineData("M", "M")]
    [InlineData("medium", "M")]
    [InlineData("12", "M")]
    [InlineData("UK 14", "L")]
    [InlineData("EU 44", "XL")]
    [InlineData("US 4", "S")]
    public void A_usual_size_is_read_in_the_product_labels_or_converted_by_the_chart(string usual, string expected)
    {
        var advice = advisor.Advise(Product("tee", WomenTops, ["navy"], TrueToSize), new SizeAdviceRequest(UsualSize: usual));

        Assert.Equal(SizeAdviceBasis.UsualSize, advice.Basis);
        Assert.Equal(expected, advice.Size);
    }

    [Fact]
    public void Feet_are_sized_by_foot_length_and_the_advice_uses_the_product_label()
    {
        var shoe = Product("trainer", WomenShoes, ["white"]);

        Assert.Equal("UK 5", advisor.Advise(shoe, new SizeAdviceRequest(FootCm: 23.8m)).Size);
        Assert.Equal("UK 6", advisor.Advise(shoe, new SizeAdviceRequest(UsualSize: "6")).Size);
        Assert.Equal("UK 4", advisor.Advise(shoe, new SizeAdviceRequest(UsualSize: "EU 37")).Size);
    }

    [Fact]
    public void A_sold_out_recommendation_says_it_is_not_in_stock()
    {
        var top = Product("tee", WomenTops, ["navy", "white"], soldOut: [("S", "navy"), ("S", "white")]);

        var advice = advisor.Advise(top, new SizeAdviceRequest(UsualSize: "S"));

        Assert.Equal("S", advice.Size);
        Assert.True(advice.Offered);
        Assert.False(advice.InStock);
        Assert.Empty(advice.ColorsInStock);
    }

    [Fact]
    public void Without_a_chart_or_a_usual_size_the_advisor_says_what_it_needs()
    {
        var noChart = Product("top", null, ["red"], sizes: ["S", "M", "L"]);

        Assert.Equal(SizeAdviceOutcome.NoChart, advisor.Advise(noChart, new SizeAdviceRequest(ChestCm: 90)).Outcome);
        Assert.Equal("M", advisor.Advise(noChart, new SizeAdviceRequest(UsualSize: "m")).Size);
        var shoe = advisor.Advise(Product("trainer", WomenShoes, ["white"]), new SizeAdviceRequest(ChestCm: 90));
        Assert.Equal(SizeAdviceOutcome.NeedMeasurements, shoe.Outcome);
        Assert.Equal([BodyMeasure.Foot], shoe.ChartMeasures);
        Assert.Equal(SizeAdviceOutcome.UnknownSize, advisor.Advise(noChart, new SizeAdviceRequest(UsualSize: "42")).Outcome);
    }

    [Fact]
    public void A_one_size_product_needs_no_advice()
    {
        var bag = Product("bag", null, ["black"], sizes: ["One Size"]);

        var advice = advisor.Advise(bag, new SizeAdviceRequest(ChestCm: 90));

        Assert.Equal((SizeAdviceOutcome.OneSize, "One Size", true), (advice.Outcome, advice.Size, advice.InStock));
    }
}
