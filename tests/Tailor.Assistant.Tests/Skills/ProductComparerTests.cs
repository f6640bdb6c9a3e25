using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;
using static Tailor.Assistant.Tests.Skills.HandBuiltProducts;

namespace Tailor.Assistant.Tests.Skills;

public sealed class ProductComparerTests
{
    private readonly ProductComparer comparer = new();

    [Fact]
    public void Two_products_line_up_row_by_row_with_the_cheaper_and_the_better_rated_named()
    {
        var linen = Product("linen-tee", WomenTops, ["white", "sage"], new FitSummary(12, 1, 10, 1, 4.6), soldOut: [("XS", "white"), ("XS", "sage")],
            price: 35m, material: "linen", fitName: "relaxed");
        var cotton = Product("cotton-tee", WomenTops, ["white", "black"], new FitSummary(30, 18, 10, 2, 4.1), price: 29.5m);

        var comparison = comparer.Compare(linen, cotton);

        Assert.Equal(new PriceRange(35m, 35m), comparison.Price.First);
        Assert.Equal(new PriceRange(29.5m, 29.5m), comparison.Price.Second);
        Assert.Equal(ComparisonSide.Second, comparison.Cheaper);
        Assert.Equal(ComparisonSide.First, comparison.BetterRated);
        Assert.Equal(("linen", "cotton", false), (comparison.Material.First, comparison.Material.Second, comparison.Material.Same));
        Assert.Equal(("relaxed", "regular"), (comparison.Fit.First, comparison.Fit.Second));
        Assert.Equal(["S", "M", "L", "XL"], comparison.SizesInStock.First);
        Assert.False(comparison.SizesInStock.Same);
        Assert.False(comparison.Colors.Same);
        Assert.Equal((FitFeedback.Small, 60, 30), (comparison.Reviews.Second.FitVerdict, comparison.Reviews.Second.FitPercent, comparison.Reviews.Second.Reviews));
        Assert.Equal("Wash linen cold.", comparison.Care.First);
    }

    [Fact]
    public void Equal_prices_are_neither_cheaper_and_too_few_reviews_rank_nothing()
    {
        var a = Product("a", WomenTops, ["navy"], new FitSummary(2, 0, 2, 0, 5.0));
        var b = Product("b", WomenTops, ["navy"], new FitSummary(40, 4, 30, 6, 3.8));

        var comparison = comparer.Compare(a, b);

        Assert.Equal(ComparisonSide.Neither, comparison.Cheaper);
        Assert.Equal(ComparisonSide.Unknown, comparison.BetterRated);
        Assert.True(comparison.Colors.Same);
        Assert.True(comparison.Price.Same);
    }
}
