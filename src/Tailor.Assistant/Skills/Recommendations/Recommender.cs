using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>A product picked, its score and why.</summary>
internal readonly record struct RecommendedProduct(int Index, double Score, RecommendationReason Reason);

/// <summary>
/// Picks products for one catalog snapshot and one purchase history: similar items (attributes and product vectors),
/// bought together, trending and personal (neighbours of what the shopper bought, their labels and categories, then
/// their sizes, colours and spending), each page spread over categories and labels. Immutable and thread-safe; built
/// once per snapshot and history (<see cref="RecommendationSkill"/>), so a request costs only its own candidates.
/// </summary>
internal sealed class Recommender
{
    /// <summary>Products kept per label and per category, by popularity: where a shopper's favourites are looked for.</summary>
    private const int TopPerGroup = 40;

    private readonly CatalogSnapshot snapshot;
    private readonly PurchaseHistory history;
    private readonly ProductVectors vectors;
    private readonly int[] rows;
    private readonly ProductOffer offer;
    private readonly double[] popularity;
    private readonly double[] rates;
    private readonly int[] trending;
    private readonly Dictionary<int, (int Index, double Share)[]> topByBrand;
    private readonly Dictionary<int, (int Index, double Share)[]> topByCategory;
    private readonly Dictionary<Gender, (int Index, double Share)[]> topByDepartment;
    private readonly Dictionary<string, int> indexOfHandle;

    public Recommender(CatalogSnapshot snapshot, PurchaseHistory history, ProductVectors vectors)
    {
        (this.snapshot, this.history, this.vectors) = (snapshot, history, vectors);
        rows = vectors.RowsOf(snapshot);
        offer = new ProductOffer(snapshot);
        var count = snapshot.Products.Length;
        rates = Rates(snapshot, history);
        var max = rates.DefaultIfEmpty(0).Max();
        popularity = rates.Select(w => max > 0 ? w / max : 0).ToArray();
        var byPopularity = Enumerable.Range(0, count).Where(i => rates[i] > 0).OrderByDescending(i => rates[i]).ThenBy(i => i).ToArray();
        trending = Enumerable.Range(0, count).Where(i => history.Recent[i] > 0)
            .OrderByDescending(i => history.Recent[i] + 0.02 * history.Sales[i]).ThenBy(i => i).Take(500).ToArray();
        topByBrand = Groups(byPopularity, i => snapshot.Products[i].Brand);
        topByCategory = Groups(byPopularity, i => snapshot.Products[i].Category);
        topByDepartment = byPopularity.GroupBy(i => snapshot.Products[i].Gender).ToDictionary(g => g.Key, g => Share(g.Take(TopPerGroup * 2).ToArray(), g.Sum(i => rates[i])));
        BestSellers = byPopularity.Take(2000).ToArray();
        indexOfHandle = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) indexOfHandle.TryAdd(snapshot.Handles[i], i);
    }

    /// <summary>
    /// Sales per day on sale, so a product launched last month that sells as fast as an old favourite ranks with it;
    /// a product on sale only a few days is judged as if it had been on sale for <see cref="MinimumDays"/>, so one lucky
    /// order does not make a best seller.
    /// </summary>
    private static double[] Rates(CatalogSnapshot snapshot, PurchaseHistory history)
    {
        var rates = new double[snapshot.Products.Length];
        var first = history.FirstTicks;
        for (var i = 0; i < rates.Length; i++)
        {
            var since = Math.Max(snapshot.Products[i].CreatedTicks, first);
            var days = Math.Max(MinimumDays, (history.AsOf.UtcTicks - since) / (double)TimeSpan.TicksPerDay);
            rates[i] = (history.Sales[i] + 3 * history.Recent[i]) / days;
        }
        return rates;
    }

    private const double MinimumDays = 30;

    // A group's best sellers, each with its share of the group's sales: the chance that a shopper of the group picks it.
    private Dictionary<int, (int Index, double Share)[]> Groups(int[] byPopularity, Func<int, int> code) =>
        byPopularity.GroupBy(i => ShopperSignals.Group(snapshot.Products[i].Gender, code(i)))
            .ToDictionary(g => g.Key, g => Share(g.Take(TopPerGroup).ToArray(), g.Sum(i => rates[i])));

    private (int Index, double Share)[] Share(int[] top, double total) => top.Select(i => (i, total > 0 ? rates[i] / total : 0)).ToArray();

    /// <summary>The snapshot index of a product handle, or -1.</summary>
    public int IndexOf(string handle) => indexOfHandle.GetValueOrDefault(handle, -1);

    public CatalogSnapshot Snapshot => snapshot;
    public PurchaseHistory History => history;

    /// <summary>Products by popularity, best first (the popularity baseline of the evaluation).</summary>
    public int[] BestSellers { get; }

    public IReadOnlyList<RecommendedProduct> Recommend(RecommendationKind kind, int? anchor, ShopperSignals shopper, int count)
    {
        var candidates = new Candidates();
        switch (kind)
        {
            case RecommendationKind.Similar or RecommendationKind.Cheaper when anchor is { } a:
                AddSimilar(candidates, a, kind == RecommendationKind.Cheaper);
                break;
            case RecommendationKind.BoughtTogether when anchor is { } a:
                AddBoughtWith(candidates, a);
                break;
            case RecommendationKind.Personal when !shopper.IsColdStart:
                AddPersonal(candidates, shopper);
                break;
            default:
                AddTrending(candidates, 1.0);
                break;
        }
        var department = anchor is { } of ? snapshot.Products[of].Gender : shopper.Department;
        return Choose(candidates, shopper, department, anchor, count);
    }

    private void AddSimilar(Candidates candidates, int anchor, bool cheaper)
    {
        ref readonly var a = ref snapshot.Products[anchor];
        var anchorPrice = offer.Price(anchor);
        if (double.IsNaN(anchorPrice)) anchorPrice = snapshot.VariantPrice[a.FirstVariant];
        var anchorRow = rows.Length > anchor ? rows[anchor] : -1;
        var also = history.AlsoBought.Items(anchor);
        var alsoStrength = history.AlsoBought.Strengths(anchor);
        var reason = new RecommendationReason(cheaper ? RecommendationReasonKind.CheaperThanAnchor : RecommendationReasonKind.LikeAnchor);
        var scored = new List<(int Index, double Score)>();
        foreach (var i in snapshot.ProductsByCategory[a.Category])
        {
            if (i == anchor || !offer.SuitsDepartment(i, a.Gender)) continue;
            ref readonly var p = ref snapshot.Products[i];
            var price = offer.Price(i);
            if (double.IsNaN(price) || (cheaper && price >= anchorPrice * 0.95)) continue;
            var score = (anchorRow >= 0 && rows[i] >= 0 ? vectors.Cosine(rows[i], vectors.Row(anchorRow)) : 0)
                + (p.Brand == a.Brand ? 0.1 : 0) + (p.Material == a.Material && p.Material >= 0 ? 0.15 : 0)
                + (p.Pattern == a.Pattern && p.Pattern >= 0 ? 0.1 : 0) + (p.Fit == a.Fit && p.Fit >= 0 ? 0.1 : 0)
                + 0.15 * Overlap(p.Styles, a.Styles) + 0.1 * Overlap(p.Occasions, a.Occasions)
                // Close in price, unless cheaper was asked for; then the cheaper the better, within reason.
                + (cheaper ? 0.2 * (1 - price / anchorPrice) : 0.15 * Math.Max(0, 1 - Math.Abs(Math.Log(price / anchorPrice))))
                + 0.05 * popularity[i];
            var shared = also.IndexOf(i);
            if (shared >= 0) score += 0.3 * alsoStrength[shared];
            scored.Add((i, score));
        }
        // Only the best can make the page: the rest would cost a stock check and a place in the ranking each, for nothing.
        scored.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Index.CompareTo(y.Index));
        foreach (var (i, score) in scored.Take(SimilarKept)) candidates.Add(i, score, reason);
    }

    /// <summary>Similar products kept for the page, its spreading and the shopper's own filters.</summary>
    private const int SimilarKept = 200;

    private void AddBoughtWith(Candidates candidates, int anchor)
    {
        var category = snapshot.Products[anchor].Category;
        var title = snapshot.Handles[anchor];
        AddNeighbours(candidates, history.Together, anchor, 1.5, new RecommendationReason(RecommendationReasonKind.BoughtWithAnchor, title), category);
        AddNeighbours(candidates, history.AlsoBought, anchor, 1.0, new RecommendationReason(RecommendationReasonKind.BoughtWithAnchor, title), category);
        // Too few orders with this product: what sells in other categories of its department fills the page.
        if (candidates.Count < 24)
            foreach (var i in BestSellers.Take(400))
                if (snapshot.Products[i].Category != category) candidates.Add(i, 0.05 * popularity[i], new RecommendationReason(RecommendationReasonKind.BestSeller));
    }

    /// <summary>
    /// The chance of each product being the shopper's next: most shoppers keep to a few labels and categories of their
    /// department, buying what sells best there, so a label's share of their purchases times the product's share of the
    /// label's sales, likewise for categories, plus the department's best sellers; products bought by the same customers
    /// as the shopper's latest purchases add their own evidence.
    /// </summary>
    private void AddPersonal(Candidates candidates, ShopperSignals shopper)
    {
        foreach (var (group, share) in shopper.Brands)
            if (topByBrand.TryGetValue(group, out var top))
                foreach (var (i, sales) in top)
                    candidates.Add(i, LabelWeight * share * sales, new RecommendationReason(RecommendationReasonKind.YourLabel, snapshot.Brands[snapshot.Products[i].Brand]));
        foreach (var (group, share) in shopper.Categories)
            if (topByCategory.TryGetValue(group, out var top))
                foreach (var (i, sales) in top)
                    candidates.Add(i, CategoryWeight * share * sales, new RecommendationReason(RecommendationReasonKind.YourCategory, snapshot.Categories[snapshot.Products[i].Category]));
        foreach (var (gender, share) in shopper.Genders)
            if (topByDepartment.TryGetValue(gender, out var top))
                foreach (var (i, sales) in top)
                    candidates.Add(i, DepartmentWeight * share * sales, new RecommendationReason(RecommendationReasonKind.BestSeller));
        // The latest purchases say most; each older one counts a little less.
        var weight = NeighbourWeight;
        foreach (var purchase in shopper.Purchases.Reverse().DistinctBy(p => p.Product).Take(24))
        {
            var reason = new RecommendationReason(RecommendationReasonKind.BoughtWithYours, snapshot.Handles[purchase.Product]);
            AddNeighbours(candidates, history.Together, purchase.Product, weight, reason, -1);
            AddNeighbours(candidates, history.AlsoBought, purchase.Product, weight, reason, -1);
            weight *= 0.85;
        }
    }

    // A label leads most returning shoppers, a category some; the rest of a basket is the department's best sellers.
    // Neighbours only break ties: on the demo orders a larger weight lowered MAP@12.
    private const double LabelWeight = 1.0, CategoryWeight = 0.5, DepartmentWeight = 0.6, NeighbourWeight = 0.01;

    private void AddTrending(Candidates candidates, double weight)
    {
        var reason = new RecommendationReason(RecommendationReasonKind.Trending);
        foreach (var i in trending.Length > 0 ? trending : BestSellers.Take(500))
            candidates.Add(i, weight * (0.2 + popularity[i]), trending.Length > 0 ? reason : new RecommendationReason(RecommendationReasonKind.BestSeller));
    }

    /// <param name="skipCategory">A category left out (the anchor's, for what goes with it), -1 for none.</param>
    private void AddNeighbours(Candidates candidates, NeighbourList list, int product, double weight, RecommendationReason reason, int skipCategory)
    {
        var items = list.Items(product);
        var strengths = list.Strengths(product);
        for (var k = 0; k < items.Length; k++)
            if (snapshot.Products[items[k]].Category != skipCategory) candidates.Add(items[k], weight * strengths[k], reason);
    }

    /// <summary>The best offerable candidates, spread: each further pick of the same category or label counts a little less.</summary>
    private List<RecommendedProduct> Choose(Candidates candidates, ShopperSignals shopper, Gender? department, int? anchor, int count)
    {
        var ranked = new List<RecommendedProduct>();
        foreach (var (index, score, reason) in candidates.All())
        {
            if (index == anchor || shopper.Owned.Contains(index) || !offer.SuitsDepartment(index, department)) continue;
            var price = offer.PriceFor(index, shopper);
            if (double.IsNaN(price)) continue;
            ranked.Add(new RecommendedProduct(index, score * offer.Lift(index, price, shopper), reason));
        }
        ranked.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Index.CompareTo(y.Index));
        return Diversity.Spread(ranked, snapshot, count);
    }

    private double Overlap(CodeRange x, CodeRange y)
    {
        var a = x.Of(snapshot.AttributeCodes);
        var b = y.Of(snapshot.AttributeCodes);
        if (a.Length == 0 || b.Length == 0) return 0;
        var shared = 0;
        foreach (var code in a) if (b.Contains(code)) shared++;
        return (double)shared / (a.Length + b.Length - shared);
    }
}
