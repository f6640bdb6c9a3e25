namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// What the store's orders say about its products, computed once per load: sales all told and lately, products bought
/// in the same order, products bought by the same customers, and each customer's own purchases. Immutable; every
/// query is a few array look-ups, so a recommendation costs microseconds however many orders there are.
/// </summary>
internal sealed class PurchaseHistory
{
    /// <summary>Neighbours kept per product: enough for a page after filtering by size, stock and department.</summary>
    private const int Neighbours = 40;

    /// <summary>Days of sales that count as "lately" for trending.</summary>
    public const int TrendingDays = 30;

    private readonly Dictionary<int, Purchase[]> byCustomer;

    public PurchaseHistory(IReadOnlyList<Purchase> purchases, int productCount, DateTimeOffset asOf)
    {
        AsOf = asOf;
        Sales = new double[productCount];
        Recent = new double[productCount];
        var recentFrom = asOf.AddDays(-TrendingDays).UtcTicks;
        var halfLife = TimeSpan.FromDays(TrendingDays / 2.0).Ticks;
        foreach (var purchase in purchases)
        {
            if (purchase.PlacedTicks > asOf.UtcTicks) continue;
            Sales[purchase.Product]++;
            // Lately-bought counts halve every two weeks, so last week's rush outranks last month's.
            if (purchase.PlacedTicks >= recentFrom) Recent[purchase.Product] += Math.Pow(0.5, (double)(asOf.UtcTicks - purchase.PlacedTicks) / halfLife);
        }
        var kept = purchases.Where(p => p.PlacedTicks <= asOf.UtcTicks).ToList();
        byCustomer = kept.Where(p => p.Customer >= 0).GroupBy(p => p.Customer)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.PlacedTicks).ToArray());
        Together = NeighbourList.Build(productCount, kept.GroupBy(p => p.Order).Select(g => g.Select(p => p.Product).Distinct().ToArray()), Sales, Neighbours);
        // Only a customer's latest purchases pair up: a long history would add many pairs and little signal.
        AlsoBought = NeighbourList.Build(productCount, byCustomer.Values.Select(list => list.TakeLast(24).Select(p => p.Product).Distinct().ToArray()), Sales, Neighbours);
        Count = kept.Count;
        FirstTicks = kept.Count > 0 ? kept.Min(p => p.PlacedTicks) : asOf.UtcTicks;
    }

    /// <summary>The time the history runs up to: trending is measured back from here.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>When the earliest order in the history was placed.</summary>
    public long FirstTicks { get; }

    /// <summary>Order lines read.</summary>
    public int Count { get; }

    /// <summary>Order lines per product, all told.</summary>
    public double[] Sales { get; }

    /// <summary>Order lines per product over the last <see cref="TrendingDays"/> days, each weighted by how recent it is.</summary>
    public double[] Recent { get; }

    /// <summary>Products bought in the same order as each product.</summary>
    public NeighbourList Together { get; }

    /// <summary>Products bought by the same customers as each product, in any of their orders.</summary>
    public NeighbourList AlsoBought { get; }

    /// <summary>A customer's purchases, oldest first; empty for one with none.</summary>
    public ReadOnlySpan<Purchase> Of(int customer) => byCustomer.TryGetValue(customer, out var list) ? list : [];

    /// <summary>Customer ids with at least one purchase.</summary>
    public IEnumerable<int> Customers => byCustomer.Keys;
}
