using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Products;

/// <summary>Compares two products on what shoppers weigh up: price, material, fit, colours, sizes in stock, reviews and care.</summary>
public sealed class ProductComparer
{
    /// <summary>Fewer reviews than this say more about the reviewers than the product, so neither is called better rated.</summary>
    public const int MinimumReviewsToRank = 3;

    public ProductComparison Compare(ProductFacts a, ProductFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (priceA, priceB) = (PriceOf(a), PriceOf(b));
        var (reviewsA, reviewsB) = (VerdictOf(a.Fit), VerdictOf(b.Fit));
        return new ProductComparison(a, b,
            Row(priceA, priceB),
            Row(a.Attributes.Material, b.Attributes.Material),
            Row(a.Attributes.Fit, b.Attributes.Fit),
            Rows(a.ColorsInStock, b.ColorsInStock),
            Rows(a.SizesInStock, b.SizesInStock),
            Row(reviewsA, reviewsB),
            Row(a.Care, b.Care),
            Lower(priceA.From, priceB.From),
            BetterRated(a.Fit, b.Fit));
    }

    private static PriceRange PriceOf(ProductFacts product)
    {
        var prices = (product.InStock ? product.Variants.Where(v => v.InStock) : product.Variants).Select(v => v.Price).ToList();
        return prices.Count == 0 ? new PriceRange(0, 0) : new PriceRange(prices.Min(), prices.Max());
    }

    private static ReviewVerdict VerdictOf(FitSummary fit) => new(fit.AverageRating, fit.Reviews, fit.Verdict, fit.Verdict switch
    {
        FitFeedback.Small => fit.PercentSmall,
        FitFeedback.Large => fit.PercentLarge,
        _ => fit.PercentTrueToSize,
    });

    private static ComparisonSide Lower(decimal a, decimal b) =>
        a < b ? ComparisonSide.First : b < a ? ComparisonSide.Second : ComparisonSide.Neither;

    private static ComparisonSide BetterRated(FitSummary a, FitSummary b)
    {
        if (a.Reviews < MinimumReviewsToRank || b.Reviews < MinimumReviewsToRank) return ComparisonSide.Unknown;
        return a.AverageRating > b.AverageRating ? ComparisonSide.First
            : b.AverageRating > a.AverageRating ? ComparisonSide.Second
            : ComparisonSide.Neither;
    }

    private static SideBySide<T> Row<T>(T a, T b) => new(a, b, EqualityComparer<T>.Default.Equals(a, b));

    private static SideBySide<IReadOnlyList<string>> Rows(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        new(a, b, a.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b));
}
