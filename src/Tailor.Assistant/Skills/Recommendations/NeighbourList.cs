namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// For each product, the products that appeared with it in the same baskets (an order, or a customer's purchases),
/// strongest first, in flat arrays. Strength is the number of shared baskets over the square root of both products'
/// sales (a cosine), so a best seller is not everyone's neighbour.
/// </summary>
internal sealed class NeighbourList
{
    private readonly int[] start;
    private readonly int[] items;
    private readonly float[] strengths;

    private NeighbourList(int[] start, int[] items, float[] strengths) => (this.start, this.items, this.strengths) = (start, items, strengths);

    public int Count(int product) => start[product + 1] - start[product];

    public ReadOnlySpan<int> Items(int product) => items.AsSpan(start[product], Count(product));

    public ReadOnlySpan<float> Strengths(int product) => strengths.AsSpan(start[product], Count(product));

    public static NeighbourList Build(int productCount, IEnumerable<int[]> baskets, double[] sales, int keep)
    {
        var pairs = new Dictionary<int, Dictionary<int, int>>();
        foreach (var basket in baskets)
        {
            if (basket.Length < 2) continue;
            foreach (var a in basket)
            {
                if (!pairs.TryGetValue(a, out var row)) pairs[a] = row = [];
                foreach (var b in basket)
                    if (a != b) row[b] = row.GetValueOrDefault(b) + 1;
            }
        }
        var start = new int[productCount + 1];
        var items = new List<int>();
        var strengths = new List<float>();
        for (var product = 0; product < productCount; product++)
        {
            start[product] = items.Count;
            if (!pairs.TryGetValue(product, out var row)) continue;
            foreach (var (other, shared) in row
                .Select(p => (Other: p.Key, Strength: p.Value / Math.Sqrt(Math.Max(1, sales[product]) * Math.Max(1, sales[p.Key]))))
                .OrderByDescending(p => p.Strength).ThenBy(p => p.Other).Take(keep))
            {
                items.Add(other);
                strengths.Add((float)shared);
            }
        }
        start[productCount] = items.Count;
        return new NeighbourList(start, items.ToArray(), strengths.ToArray());
    }
}
