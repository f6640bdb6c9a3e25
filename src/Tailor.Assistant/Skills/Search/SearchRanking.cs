using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Orders matches: by a relevance score (words, rating, availability) with a light diversity pass, or by the sort the
/// shopper asked for. Every order ends on the product id, so the same search always pages the same way.
/// </summary>
internal static class SearchRanking
{
    /// <summary>How many reviews' worth of the store's mean rating each product starts with.</summary>
    public const double PriorReviews = 5;

    /// <summary>The top of a relevance ranking reordered for variety; pages after it keep the plain order.</summary>
    public const int DiversityWindow = 30;

    /// <summary>Score lost for each product of the same brand and category already placed above.</summary>
    private const double RepeatPenalty = 0.1;

    /// <summary>
    /// A rating pulled towards the store's mean by <see cref="PriorReviews"/> imaginary reviews, so one 5★ review does
    /// not beat forty averaging 4.7: (C·m + Σ ratings) / (C + n).
    /// </summary>
    public static double Bayesian(double ratingSum, int reviews, double meanRating) =>
        (PriorReviews * meanRating + ratingSum) / (PriorReviews + reviews);

    /// <summary>The first <paramref name="count"/> matches in the order shown.</summary>
    public static List<Ranked> Top(CatalogSnapshot snapshot, List<Candidate> matches, SearchSort sort, int count)
    {
        var bestText = 0.0;
        foreach (var match in matches) bestText = Math.Max(bestText, match.Text);
        var comparer = Comparer(sort);
        var kept = Math.Max(count, sort == SearchSort.Relevance ? DiversityWindow : 0);

        // Only the first few are ever shown: a bounded heap keeps them in O(n log k), where sorting all would be O(n log n).
        var worstFirst = new PriorityQueue<Ranked, Ranked>(Comparer<Ranked>.Create((a, b) => comparer.Compare(b, a)));
        foreach (var match in matches)
        {
            var ranked = Rank(snapshot, match, bestText);
            if (worstFirst.Count < kept) worstFirst.Enqueue(ranked, ranked);
            else if (comparer.Compare(ranked, worstFirst.Peek()) < 0) worstFirst.EnqueueDequeue(ranked, ranked);
        }
        var top = new List<Ranked>(worstFirst.Count);
        while (worstFirst.TryDequeue(out var ranked, out _)) top.Add(ranked);
        top.Reverse();
        return sort == SearchSort.Relevance ? Diversify(top) : top;
    }

    private static Ranked Rank(CatalogSnapshot snapshot, Candidate match, double bestText)
    {
        var product = snapshot.Products[match.Index];
        var rating = Bayesian(product.RatingSum, product.ReviewCount, snapshot.MeanRating);
        var quality = Math.Clamp((rating - 1) / 4, 0, 1);
        // With words, what the shopper typed leads; without, the better-rated and better-stocked product does.
        var score = bestText > 0
            ? 0.65 * (match.Text / bestText) + 0.2 * quality + 0.15 * match.Availability
            : 0.6 * quality + 0.4 * match.Availability;
        return new Ranked(match, product, score, rating);
    }

    private static IComparer<Ranked> Comparer(SearchSort sort) => Comparer<Ranked>.Create(sort switch
    {
        SearchSort.PriceLowToHigh => (a, b) => Then(a.Match.Price.CompareTo(b.Match.Price), a, b),
        SearchSort.PriceHighToLow => (a, b) => Then(b.Match.Price.CompareTo(a.Match.Price), a, b),
        SearchSort.BestRated => (a, b) => Then(Then(b.Rating.CompareTo(a.Rating), b.Product.ReviewCount.CompareTo(a.Product.ReviewCount)), a, b),
        SearchSort.Newest => (a, b) => Then(b.Product.CreatedTicks.CompareTo(a.Product.CreatedTicks), a, b),
        _ => (a, b) => Then(0, a, b),
    });

    // Ties go to the more relevant product, then to the lower id.
    private static int Then(int first, Ranked a, Ranked b) =>
        first != 0 ? first : b.Score.CompareTo(a.Score) is var score and not 0 ? score : a.Product.Id.CompareTo(b.Product.Id);

    private static int Then(int first, int second) => first != 0 ? first : second;

    /// <summary>
    /// Greedy MMR over the top of the ranking: each place goes to the best score after a penalty for every product of
    /// the same brand and category already placed, so five near-identical items do not fill the first five places
    /// when there are good alternatives. With one brand and category only, the order does not change.
    /// </summary>
    private static List<Ranked> Diversify(List<Ranked> top)
    {
        var window = top.Take(DiversityWindow).ToList();
        var placed = new List<Ranked>(top.Count);
        var repeats = new Dictionary<(int Brand, int Category), int>();
        while (window.Count > 0)
        {
            var best = 0;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < window.Count; i++)
            {
                var value = window[i].Score - RepeatPenalty * repeats.GetValueOrDefault(Key(window[i]));
                if (value > bestValue) (best, bestValue) = (i, value);   // strict: ties keep the ranking's order
            }
            var chosen = window[best];
            window.RemoveAt(best);
            placed.Add(chosen);
            repeats[Key(chosen)] = repeats.GetValueOrDefault(Key(chosen)) + 1;
        }
        placed.AddRange(top.Skip(DiversityWindow));
        return placed;
    }

    private static (int, int) Key(Ranked ranked) => (ranked.Product.Brand, ranked.Product.Category);
}

/// <summary>A match with its place-deciding figures: relevance score and Bayesian rating.</summary>
internal readonly record struct Ranked(Candidate Match, SnapshotProduct Product, double Score, double Rating);
