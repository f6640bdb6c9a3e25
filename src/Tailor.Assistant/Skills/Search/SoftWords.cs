using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Words the recognizer did not map to an attribute ("comfy", "edgy", "drip", a brand it does not know) are soft:
/// they order the products the hard filters admit and never remove one, since a word the store's vocabulary lacks
/// says nothing about whether a product is wanted. Only a search with no hard filter at all leans on the words to
/// decide what matches (see <see cref="MeaningFloor"/>).
/// </summary>
public static class SoftWords
{
    /// <summary>Reciprocal rank fusion's constant: a rank r counts 1 / (K + r) in each list, so neither list's raw scores,
    /// on scales that do not compare (bm25 is unbounded, cosine lies in [-1, 1]), can swamp the other.</summary>
    public const int K = 60;

    /// <summary>
    /// With no hard filter, a product the words do not match by BM25 still matches when its cosine to the query reaches
    /// this. Without a floor every product with a vector would "match" and the shop would answer "2,000 results for
    /// linen"; with it, "comfy" finds relaxed and stretch fits and "bling" jewellery. Calibrated on the demo catalog
    /// (bench/run.sh ndcg prints the counts above it): MiniLM puts a product about what was asked at 0.45 and above,
    /// and unrelated ones below 0.35.
    /// </summary>
    public const float MeaningFloor = 0.42f;

    /// <summary>Whether anything recognised restricts the products (stock is always required and does not count).</summary>
    public static bool HasHardFilter(SearchConstraints c) =>
        c.Category is not null || c.Gender is not null || c.Size is not null || c.MinPrice is not null || c.MaxPrice is not null
        || c.OnSaleOnly || c.Colors.Count > 0 || c.ExcludedColors.Count > 0 || c.Brands.Count > 0 || c.Materials.Count > 0
        || c.ExcludedMaterials.Count > 0 || c.Patterns.Count > 0 || c.ExcludedPatterns.Count > 0 || c.Fits.Count > 0
        || c.Occasions.Count > 0 || c.Seasons.Count > 0 || c.Styles.Count > 0 || c.ExcludedCategories.Count > 0;

    /// <summary>
    /// The text the query vector is made from: the soft words with what was recognised around them, so "comfy" in a
    /// jeans search is read as "comfy jeans" (sizes and prices say nothing about meaning and are left out).
    /// </summary>
    public static string QueryText(SearchConstraints c)
    {
        var parts = new List<string>();
        parts.AddRange(c.Terms);
        parts.AddRange(c.Styles);
        parts.AddRange(c.Fits);
        parts.AddRange(c.Patterns);
        parts.AddRange(c.Colors);
        parts.AddRange(c.Materials);
        if (c.Gender is { } gender) parts.Add(gender.ToString().ToLowerInvariant());
        parts.AddRange(c.Brands);
        if (c.Category is { } category) parts.Add(category);
        if (c.Occasions.Count > 0) parts.Add("for " + string.Join(" ", c.Occasions));
        parts.AddRange(c.Seasons);
        return string.Join(" ", parts).Trim();
    }
}
