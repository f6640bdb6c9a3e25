using Tailor.Domain.Catalog;

namespace Tailor.Tests.Domain;

public sealed class CatalogRulesTests
{
    [Theory]
    [InlineData("Navy", "blue")]
    [InlineData("burgundy", "red")]
    [InlineData("Dusty Pink", "pink")]
    [InlineData("Midnight Navy", "blue")]
    [InlineData("Camel", "brown")]
    [InlineData("", "multi")]
    [InlineData("Unicorn Sparkle", "multi")]
    public void Colour_names_map_to_the_family_shoppers_search_by(string color, string family) =>
        Assert.Equal(family, ColorFamilies.FamilyOf(color));

    [Fact]
    public void Every_known_colour_belongs_to_a_listed_family() =>
        Assert.All(ColorFamilies.KnownColors, c => Assert.Contains(ColorFamilies.FamilyOf(c), ColorFamilies.All));

    [Fact]
    public void Fit_summary_reports_shares_and_the_majority_verdict()
    {
        var reviews = Enumerable.Range(0, 50).Select(i => new Review
        {
            Rating = i % 5 + 1,
            Fit = i < 31 ? FitFeedback.Small : i < 45 ? FitFeedback.TrueToSize : FitFeedback.Large,
        }).ToList();
        var fit = FitSummary.Of(reviews);
        Assert.Equal(62, fit.PercentSmall);
        Assert.Equal(28, fit.PercentTrueToSize);
        Assert.Equal(10, fit.PercentLarge);
        Assert.Equal(FitFeedback.Small, fit.Verdict);
        Assert.Equal(3.0, fit.AverageRating);
    }

    [Fact]
    public void Fit_summary_without_reviews_is_true_to_size_with_no_shares()
    {
        var fit = FitSummary.Of([]);
        Assert.Equal(0, fit.PercentSmall);
        Assert.Equal(FitFeedback.TrueToSize, fit.Verdict);
    }

    [Fact]
    public void Measure_ranges_are_inclusive() =>
        Assert.True(new MeasureRange(86, 90).Contains(90) && !new MeasureRange(86, 90).Contains(90.5m));
}
