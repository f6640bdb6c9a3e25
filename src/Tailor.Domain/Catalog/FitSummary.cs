namespace Tailor.Domain.Catalog;

/// <summary>What reviewers say about fit: the shares behind "runs small according to 62% of 48 reviews".</summary>
public sealed record FitSummary(int Reviews, int Small, int TrueToSize, int Large, double AverageRating)
{
    public static FitSummary Of(IReadOnlyCollection<Review> reviews) => new(
        reviews.Count,
        reviews.Count(r => r.Fit == FitFeedback.Small),
        reviews.Count(r => r.Fit == FitFeedback.TrueToSize),
        reviews.Count(r => r.Fit == FitFeedback.Large),
        reviews.Count == 0 ? 0 : Math.Round(reviews.Average(r => r.Rating), 1));

    public int PercentSmall => Percent(Small);
    public int PercentTrueToSize => Percent(TrueToSize);
    public int PercentLarge => Percent(Large);

    /// <summary>The dominant fit verdict, or true-to-size when no side has a clear majority.</summary>
    public FitFeedback Verdict => Small > TrueToSize && Small > Large ? FitFeedback.Small
        : Large > TrueToSize && Large > Small ? FitFeedback.Large
        : FitFeedback.TrueToSize;

    private int Percent(int count) => Reviews == 0 ? 0 : (int)Math.Round(100.0 * count / Reviews);
}
