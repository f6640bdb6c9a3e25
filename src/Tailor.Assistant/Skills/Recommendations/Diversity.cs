using Tailor.Assistant.Skills.Search;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// Spreads a page over categories and labels: each pick lowers the rest of its category and label a little, so twelve
/// near-identical dresses of one label give way to a few of them and what else the shopper is likely to want.
/// </summary>
internal static class Diversity
{
    private const double SameCategory = 0.8;
    private const double SameBrand = 0.9;

    /// <param name="ranked">Best first.</param>
    public static List<RecommendedProduct> Spread(List<RecommendedProduct> ranked, CatalogSnapshot snapshot, int count)
    {
        // Only the head can make the page: a pick discounted below a later one's full score is overtaken, no deeper.
        var pool = ranked.Take(Math.Max(count * 8, 64)).ToList();
        var picked = new List<RecommendedProduct>(count);
        var categories = new Dictionary<int, int>();
        var brands = new Dictionary<int, int>();
        while (picked.Count < count && pool.Count > 0)
        {
            var best = 0;
            var bestScore = double.MinValue;
            for (var k = 0; k < pool.Count; k++)
            {
                ref readonly var product = ref snapshot.Products[pool[k].Index];
                var score = pool[k].Score * Math.Pow(SameCategory, categories.GetValueOrDefault(product.Category))
                    * Math.Pow(SameBrand, brands.GetValueOrDefault(product.Brand));
                if (score > bestScore) (best, bestScore) = (k, score);
            }
            var chosen = pool[best];
            pool.RemoveAt(best);
            picked.Add(chosen);
            ref readonly var p = ref snapshot.Products[chosen.Index];
            categories[p.Category] = categories.GetValueOrDefault(p.Category) + 1;
            brands[p.Brand] = brands.GetValueOrDefault(p.Brand) + 1;
        }
        return picked;
    }
}
