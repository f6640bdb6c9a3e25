using System.Globalization;
using Tailor.Domain.Catalog;
using Tailor.Store.Demo.Catalog;
using Tailor.Store.Demo.People;

namespace Tailor.Store.Demo.Reviews;

/// <summary>
/// Writes a product's reviews: how many follows popularity and age, stars follow the product's quality,
/// and fit feedback follows its hidden true fit, so "runs small" is a fact of the product, not noise.
/// </summary>
internal sealed class ReviewWriter(Random random, DateTimeOffset now)
{
    public List<Review> Write(ProductProfile profile, string noun)
    {
        var product = profile.Product;
        var count = ReviewCount(profile);
        var reviews = new List<Review>(count);
        if (count == 0) return reviews;

        var sizes = product.Variants.Select(v => v.Size).Distinct().ToList();
        var colours = product.Variants.Select(v => v.Color).Distinct().ToList();
        var firstReview = product.CreatedAt.AddDays(3) < now ? product.CreatedAt.AddDays(3) : product.CreatedAt;
        var department = profile.Range.Category.Department;
        var kids = profile.Range.Gender == Gender.Kids;
        var oneSize = sizes.Count == 1;
        var plural = CopyPhrases.IsPlural(noun);
        for (var i = 0; i < count; i++)
        {
            var fit = oneSize ? FitFeedback.TrueToSize : DrawFit(profile);
            var rating = Rating(profile.Quality, fit);
            var size = sizes[Math.Clamp((int)Math.Round(random.Gaussian((sizes.Count - 1) / 2.0, sizes.Count / 4.0)), 0, sizes.Count - 1)];
            var height = Height(profile.Range.Gender, size);
            string Fill(string text) => Placeholders.Fill(text, plural, (name, plural) => name switch
            {
                "noun" => noun.ToLowerInvariant(),
                "colour" => random.Pick(colours),
                "size" => size,
                "area" => ReviewPhrases.Area(product.Category),
                "height" => height.ToString(CultureInfo.InvariantCulture),
                _ => CopyPhrases.Agreement(name, plural),
            });

            var text = Fill(random.Pick(ReviewPhrases.Openings(rating)));
            if (!oneSize && (fit != FitFeedback.TrueToSize || random.Chance(0.6))) text += " " + Fill(random.Pick(ReviewPhrases.FitLines(fit)));
            if (random.Chance(0.6))
                text += " " + Fill(random.Pick(ReviewPhrases.Wear(kids, department == Department.Shoes, department == Department.Accessories)));
            if (random.Chance(0.5)) text += " " + random.Pick(ReviewPhrases.Closings(rating));

            reviews.Add(new Review
            {
                Rating = rating,
                Title = Fill(random.Pick(ReviewPhrases.Titles(rating))),
                Text = text,
                Fit = fit,
                ReviewerSize = size,
                ReviewerHeightCm = height,
                AuthorName = NameBook.ReviewerName(random, woman: profile.Range.Gender != Gender.Men || random.Chance(0.1)),
                CreatedAt = random.Between(firstReview, now),
            });
        }
        reviews.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return reviews;
    }

    // Most products have 3–25 reviews; bestsellers up to 60; new arrivals have had less time to collect them.
    private int ReviewCount(ProductProfile profile)
    {
        if (random.Chance(0.06)) return 0;
        var typical = Math.Exp(random.Gaussian(Math.Log(10) + 0.35 * Math.Log(profile.Popularity), 0.65));
        var ageDays = (now - profile.Product.CreatedAt).TotalDays;
        return (int)Math.Clamp(Math.Round(typical * Math.Min(1, ageDays / 90)), 0, 60);
    }

    private FitFeedback DrawFit(ProductProfile profile)
    {
        var roll = random.NextDouble();
        return profile.TrueFit switch
        {
            FitFeedback.Small => roll < profile.FitShare ? FitFeedback.Small : roll < profile.FitShare + 0.04 ? FitFeedback.Large : FitFeedback.TrueToSize,
            FitFeedback.Large => roll < profile.FitShare ? FitFeedback.Large : roll < profile.FitShare + 0.04 ? FitFeedback.Small : FitFeedback.TrueToSize,
            _ => roll < 0.1 ? FitFeedback.Small : roll < 0.2 ? FitFeedback.Large : FitFeedback.TrueToSize,
        };
    }

    // Shoppers whose size did not fit mark the product down a little.
    private int Rating(double quality, FitFeedback fit)
    {
        var stars = quality + random.Gaussian(0, 0.85) - (fit == FitFeedback.TrueToSize ? 0 : 0.5);
        return (int)Math.Clamp(Math.Round(stars), 1, 5);
    }

    private int Height(Gender gender, string size) => gender switch
    {
        Gender.Kids => KidsHeight(size),
        Gender.Men => (int)Math.Round(random.Gaussian(179, 7)),
        Gender.Unisex when random.Chance(0.4) => (int)Math.Round(random.Gaussian(179, 7)),
        _ => (int)Math.Round(random.Gaussian(166, 7)),
    };

    private static readonly Dictionary<string, int> KidsHeightBySize =
        SizeRuns.KidsAges.Zip(new[] { 95, 101, 107, 113, 125, 137, 149, 161 }).ToDictionary(p => p.First, p => p.Second);

    // A child's height follows the age on the label; shoe and one-size buyers are spread over the range.
    private int KidsHeight(string size) =>
        (KidsHeightBySize.TryGetValue(size, out var centre) ? centre : random.Between(95, 161)) + random.Between(-3, 3);
}
