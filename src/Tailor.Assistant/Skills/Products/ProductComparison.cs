using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Products;

/// <summary>Two products side by side, row by row, with which one is cheaper and which one reviewers rate higher.</summary>
public sealed record ProductComparison(
    ProductFacts First, ProductFacts Second,
    SideBySide<PriceRange> Price,
    SideBySide<string?> Material,
    SideBySide<string?> Fit,
    SideBySide<IReadOnlyList<string>> Colors,
    SideBySide<IReadOnlyList<string>> SizesInStock,
    SideBySide<ReviewVerdict> Reviews,
    SideBySide<string> Care,
    ComparisonSide Cheaper,
    ComparisonSide BetterRated);

/// <summary>One row of a comparison; <see cref="Same"/> says whether the two values are the same (lists: same items).</summary>
public sealed record SideBySide<T>(T First, T Second, bool Same);

/// <summary>The prices a product sells at (in-stock variants when any are in stock).</summary>
public sealed record PriceRange(decimal From, decimal To);

/// <summary>What reviews say: the average stars and the fit verdict with its share ("runs small: 62% of 48 reviews").</summary>
public sealed record ReviewVerdict(double AverageRating, int Reviews, FitFeedback FitVerdict, int FitPercent);

/// <summary>Which product a comparison favours; Neither on a tie, Unknown when the data cannot say.</summary>
public enum ComparisonSide { First, Second, Neither, Unknown }
