using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Finds, in the catalog snapshot, the products with the deepest in-stock saving today (markdowns and automatic
/// promotions, priced by <see cref="PriceCalculator"/>), so "what's on sale?" reads only a page of products from the
/// database instead of every product a store-wide or category-wide promotion covers.
/// </summary>
internal static class SaleScan
{
    /// <summary>Scans kept per snapshot before the oldest are forgotten (categories × promotion sets × page sizes).</summary>
    private const int ScansPerSnapshot = 256;

    // A scan depends only on the snapshot (prices and stock, reloaded at least every minute when stock moves), the
    // category and the promotions that apply: "anything on sale in coats?" at 50,000 products prices thousands of
    // variants (10–25 ms), and shoppers ask it again and again between two reloads. Entries die with their snapshot.
    private static readonly ConditionalWeakTable<CatalogSnapshot, ConcurrentDictionary<string, IReadOnlyList<int>>> Scans = new();

    /// <summary>Ids of up to <paramref name="take"/> products on sale, deepest saving (as a share of the was price) first.</summary>
    /// <remarks>
    /// <paramref name="automatic"/> are the promotions active at <paramref name="now"/>: one that starts or ends changes
    /// the list and so the key, which is why <paramref name="now"/> is not part of it.
    /// </remarks>
    public static IReadOnlyList<int> DeepestSavings(CatalogSnapshot snapshot, string? category, IReadOnlyList<Promotion> automatic,
        DateTimeOffset now, int take)
    {
        var scans = Scans.GetOrCreateValue(snapshot);
        var key = Key(category, automatic, take);
        if (scans.TryGetValue(key, out var known)) return known;
        var found = Scan(snapshot, category, automatic, now, take);
        if (scans.Count >= ScansPerSnapshot) scans.Clear();
        scans[key] = found;
        return found;
    }

    // Everything about a promotion that can change which products it discounts and by how much.
    private static string Key(string? category, IReadOnlyList<Promotion> automatic, int take) =>
        string.Join('|', automatic.Select(p => string.Join(',', p.Id, p.Kind, p.Value.ToString(CultureInfo.InvariantCulture), p.Scope,
                p.ScopeValue, p.MinimumSpend?.ToString(CultureInfo.InvariantCulture), p.StartsAt.UtcTicks, p.EndsAt?.UtcTicks))
            .Order(StringComparer.Ordinal).Prepend(take.ToString(CultureInfo.InvariantCulture)).Prepend(category ?? "*"));

    private static IReadOnlyList<int> Scan(CatalogSnapshot snapshot, string? category, IReadOnlyList<Promotion> automatic,
        DateTimeOffset now, int take)
    {
        // One product and one variant, refilled for each: the calculator and AppliesTo read them and keep nothing, and a
        // category-wide promotion at 50,000 products means thousands of products to price.
        var (product, variant) = (Shell(), new Variant { Sku = "" });
        var applicable = new List<Promotion>(automatic.Count);
        var found = new List<(double Share, decimal Price, int Id)>();
        foreach (var index in Indexes(snapshot, category))
        {
            Refill(product, snapshot, index);
            applicable.Clear();
            applicable.AddRange(automatic.Where(p => p.AppliesTo(product)));
            var row = snapshot.Products[index];
            PriceQuote? best = null;
            var (lastPrice, lastWas) = (-1.0, -1.0);
            for (var v = row.FirstVariant; v < row.FirstVariant + row.VariantCount; v++)
            {
                if (snapshot.VariantStock[v] <= 0 || (applicable.Count == 0 && !snapshot.VariantOnSale[v])) continue;
                // Sizes mostly share a price: a price point already quoted cannot do better.
                if (snapshot.VariantPrice[v] == lastPrice && snapshot.VariantCompareAt[v] == lastWas) continue;
                (lastPrice, lastWas) = (snapshot.VariantPrice[v], snapshot.VariantCompareAt[v]);
                variant.Price = (decimal)lastPrice;
                variant.CompareAtPrice = lastWas > 0 ? (decimal)lastWas : null;
                var quote = PriceCalculator.Quote(product, variant, applicable, now);
                if (quote.Saving > 0 && (best is null || quote.FinalPrice < best.FinalPrice || (quote.FinalPrice == best.FinalPrice && quote.Saving > best.Saving)))
                    best = quote;
            }
            if (best is not null) found.Add(((double)(best.Saving / (best.CompareAtPrice ?? best.ListPrice)), best.FinalPrice, row.Id));
        }
        return found.OrderByDescending(f => f.Share).ThenBy(f => f.Price).ThenBy(f => f.Id).Take(take).Select(f => f.Id).ToList();
    }

    /// <summary>Whether the promotion covers at least one product of the category (any product without one).</summary>
    public static bool ReachesCategory(CatalogSnapshot snapshot, Promotion promotion, string? category)
    {
        var product = Shell();
        foreach (var index in Indexes(snapshot, category))
        {
            Refill(product, snapshot, index);
            if (promotion.AppliesTo(product)) return true;
        }
        return false;
    }

    private static IEnumerable<int> Indexes(CatalogSnapshot snapshot, string? category) =>
        category is null ? Enumerable.Range(0, snapshot.Products.Length)
            : snapshot.Categories.CodeOf(category) is var code and >= 0 ? snapshot.ProductsByCategory[code] : [];

    private static Product Shell() => new() { Handle = "", Title = "" };

    // What a promotion's scope looks at, so the domain's own AppliesTo decides.
    private static void Refill(Product product, CatalogSnapshot snapshot, int index)
    {
        var row = snapshot.Products[index];
        product.Id = row.Id;
        product.Handle = snapshot.Handles[index];
        product.Category = snapshot.Categories[row.Category];
        product.Collections.Clear();
        foreach (var code in row.Collections.Of(snapshot.AttributeCodes)) product.Collections.Add(snapshot.Collections[code]);
    }
}
