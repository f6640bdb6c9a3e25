using Tailor.Domain.Catalog;
using Tailor.Store.Demo;

namespace Tailor.Tests.Demo;

public sealed class DemoReviewTests(DemoStoreFixture fixture) : IClassFixture<DemoStoreFixture>
{
    private DemoStore Store => fixture.Store;

    [Fact]
    public void Most_products_have_between_3_and_25_reviews_and_none_more_than_60()
    {
        var counts = Store.Products.Where(p => p.CreatedAt < DemoStoreFixture.Today.AddDays(-90)).Select(p => p.Reviews.Count).ToList();

        Assert.All(counts, c => Assert.InRange(c, 0, 60));
        Assert.True(counts.Count(c => c is >= 3 and <= 25) > counts.Count / 2);
        Assert.Contains(counts, c => c == 0);
    }

    [Fact]
    public void Ratings_lean_positive_but_differ_between_products()
    {
        var reviewed = Store.Products.Where(p => p.Reviews.Count >= 5).Select(p => FitSummary.Of(p.Reviews)).ToList();

        Assert.InRange(reviewed.Average(s => s.AverageRating), 3.6, 4.6);
        Assert.Contains(reviewed, s => s.AverageRating < 3.6);
        Assert.Contains(reviewed, s => s.AverageRating >= 4.5);
        Assert.Contains(Store.Products.SelectMany(p => p.Reviews), r => r.Rating == 1);
    }

    [Fact]
    public void Fit_feedback_differs_by_product_some_run_small_some_run_large()
    {
        var summaries = Store.Products.Where(p => p.Reviews.Count >= 10 && p.Variants.Select(v => v.Size).Distinct().Count() > 1)
            .Select(p => FitSummary.Of(p.Reviews)).ToList();

        Assert.Contains(summaries, s => s.Verdict == FitFeedback.Small && s.PercentSmall >= 50);
        Assert.Contains(summaries, s => s.Verdict == FitFeedback.Large && s.PercentLarge >= 50);
        Assert.True(summaries.Count(s => s.Verdict == FitFeedback.TrueToSize) > summaries.Count / 2, "most products fit true to size");
    }

    [Fact]
    public void Reviews_say_who_wrote_them_in_which_size_and_how_tall_they_are()
    {
        Assert.All(Store.Products, p => Assert.All(p.Reviews, r =>
        {
            Assert.Contains(r.ReviewerSize, p.Variants.Select(v => v.Size));
            Assert.InRange(r.ReviewerHeightCm!.Value, 80, 210);
            Assert.Matches(@"^\p{Lu}\p{L}+ \p{Lu}\.$", r.AuthorName);
            Assert.InRange(r.CreatedAt, p.CreatedAt, DemoStoreFixture.Today);
            Assert.False(string.IsNullOrWhiteSpace(r.Text));
        }));
        Assert.True(Store.Products.SelectMany(p => p.Reviews).Select(r => r.Text).Distinct().Count() > 100, "review texts vary");
    }
}
