using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Orders the matches of one search as they are found: by a relevance score (words, rating, availability) with a
/// light diversity pass, or by the sort the shopper asked for. Only the first few are kept, in a bounded heap, so a
/// search over 50,000 products neither sorts nor stores them all. Every order ends on the product id, so the same
/// search always pages the same way.
/// </summary>
internal sealed class SearchRanking
{
    /// <summary>How many reviews' worth of the store's mean rating each product starts with.</summary>
    public const double PriorReviews = 5;

    /// <summary>The top of a relevance ranking reordered for variety; places after it keep the plain order.</summary>
    public const int DiversityWindow = 30;

    /// <summary>Score lost for each product of the same brand and category already placed above.</summary>
    private const double RepeatPenalty = 0.1;

    private readonly CatalogSnapshot snapshot;
    private readonly bool diversify;
    private readonly int keep;
    private double bestText;
    private readonly IComparer<Ranked> order;
    private readonly PriorityQueue<Ranked, Ranked> worstFirst;

    /// <param name="keep">How many of the best to keep: the page, the places before it and a reserve.</param>
    /// <param name="bestText">The best text relevance among the word hits (0 without words): text scores are relative to it.</param>
    /// <param name="byName">Order by handle (the title's slug), whatever the sort: the shop's "Name" order.</param>
    public SearchRanking(CatalogSnapshot snapshot, SearchSort sort, int keep, double bestText, bool byName = false)
    {
        (this.snapshot, this.bestText) = (snapshot, bestText);
        diversify = sort == SearchSort.Relevance && !byName;
        this.keep = Math.Max(keep, diversify ? DiversityWindow : 1);
        var handles = snapshot.Handles;
        order = Comparer<Ranked>.Create(byName
            ? (a, b) => Then(string.CompareOrdinal(handles[a.Index], handles[b.Index]), a, b)
            : Compare(sort));
        worstFirst = new PriorityQueue<Ranked, Ranked>(this.keep + 1, Comparer<Ranked>.Create((a, b) => order.Compare(b, a)));
    }

    /// <summary>Sets the best text score when it is known only after the matches were found (fused ranks).</summary>
    public void UseBestText(double best) => bestText = best;

    /// <summary>
    /// A rating pulled towards the store's mean by <see cref="PriorReviews"/> imaginary reviews, so one 5★ review does
    /// not beat forty averaging 4.7: (C·m + Σ ratings) / (C + n).
    /// </summary>
    public static double Bayesian(double ratingSum, int reviews, double meanRating) =>
        (PriorReviews * meanRating + ratingSum) / (PriorReviews + reviews);

    /// <summary>A product that satisfies the search.</summary>
    /// <param name="cheapest">Its cheapest variant that satisfies the search.</param>
    /// <param name="availability">Share of the wanted variants (colour, size, price asked for) in stock.</param>
    /// <param name="text">Its text relevance (−bm25); 0 without words.</param>
    public void Add(int index, int cheapest, double availability, double text)
    {
        ref readonly var product = ref snapshot.Products[index];
        var rating = Bayesian(product.RatingSum, product.ReviewCount, snapshot.MeanRating);
        var quality = Math.Clamp((rating - 1) / 4, 0, 1);
        // With words, what the shopper typed leads; without, the better-rated and better-stocked product does.
        var score = bestText > 0
            ? 0.65 * (text / bestText) + 0.2 * quality + 0.15 * availability
            : 0.6 * quality + 0.4 * availability;
        var ranked = new Ranked(index, product.Id, cheapest, snapshot.VariantPrice[cheapest], score, rating, product.ReviewCount,
            product.CreatedTicks, (product.Brand, product.Category));
        if (worstFirst.Count < keep) worstFirst.Enqueue(ranked, ranked);
        else if (order.Compare(ranked, worstFirst.Peek()) < 0) worstFirst.EnqueueDequeue(ranked, ranked);
    }

    /// <summary>The kept matches, best first.</summary>
    public List<Ranked> Top()
    {
        var top = new List<Ranked>(worstFirst.Count);
        foreach (var (ranked, _) in worstFirst.UnorderedItems) top.Add(ranked);
        top.Sort(order);
        return diversify ? Diversify(top) : top;
    }

    private static Comparison<Ranked> Compare(SearchSort sort) => sort switch
    {
        SearchSort.PriceLowToHigh => (a, b) => Then(a.Price.CompareTo(b.Price), a, b),
        SearchSort.PriceHighToLow => (a, b) => Then(b.Price.CompareTo(a.Price), a, b),
        SearchSort.BestRated => (a, b) => Then(b.Rating.CompareTo(a.Rating) is var r and not 0 ? r : b.Reviews.CompareTo(a.Reviews), a, b),
        SearchSort.Newest => (a, b) => Then(b.CreatedTicks.CompareTo(a.CreatedTicks), a, b),
        _ => (a, b) => Then(0, a, b),
    };

    // Ties go to the more relevant product, then to the lower id.
    private static int Then(int first, Ranked a, Ranked b) =>
        first != 0 ? first : b.Score.CompareTo(a.Score) is var score and not 0 ? score : a.Id.CompareTo(b.Id);

    /// <summary>
    /// Greedy MMR over the top of the ranking: each place goes to the best score after a penalty for every product of
    /// the same brand and category already placed, so five near-identical items do not fill the first five places
    /// when there are good alternatives. With one brand and category only, the order does not change.
    /// </summary>
    private static List<Ranked> Diversify(List<Ranked> top)
    {
        var window = top.Take(DiversityWindow).ToList();
        var placed = new List<Ranked>(top.Count);
        var repeats = new Dictionary<(int, int), int>();
        while (window.Count > 0)
        {
            var best = 0;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < window.Count; i++)
            {
                var value = window[i].Score - RepeatPenalty * repeats.GetValueOrDefault(window[i].Kind);
                if (value > bestValue) (best, bestValue) = (i, value);   // strict: ties keep the ranking's order
            }
            var chosen = window[best];
            window.RemoveAt(best);
            placed.Add(chosen);
            repeats[chosen.Kind] = repeats.GetValueOrDefault(chosen.Kind) + 1;
        }
        placed.AddRange(top.Skip(DiversityWindow));
        return placed;
    }
}

/// <summary>A match with the figures that place it.</summary>
/// <param name="Kind">Brand and category codes: what "near-identical" means for diversity.</param>
internal readonly record struct Ranked(
    int Index, int Id, int CheapestVariant, double Price, double Score, double Rating, int Reviews, long CreatedTicks, (int Brand, int Category) Kind);
