namespace Tailor.Store.Demo.Orders;

/// <summary>
/// Picks items in proportion to a weight, among only those that existed at a given time:
/// an order placed last spring cannot contain a product launched last week.
/// </summary>
internal sealed class PopularityPicker<T>
{
    private readonly T[] items;
    private readonly long[] since;
    private readonly double[] cumulative;

    public PopularityPicker(IEnumerable<T> source, Func<T, DateTimeOffset> existsFrom, Func<T, double> weight)
    {
        // A stable sort keeps equal dates in their generated order, so the picker is deterministic.
        items = source.OrderBy(existsFrom).ToArray();
        since = items.Select(i => existsFrom(i).UtcTicks).ToArray();
        cumulative = new double[items.Length];
        var total = 0.0;
        for (var i = 0; i < items.Length; i++) cumulative[i] = total += weight(items[i]);
    }

    /// <summary>An item that existed at <paramref name="at"/>, or default when none did.</summary>
    public T? Pick(Random random, DateTimeOffset at)
    {
        var available = UpperBound(since, at.UtcTicks);
        if (available == 0 || cumulative[available - 1] <= 0) return default;
        var target = random.NextDouble() * cumulative[available - 1];
        var index = Array.BinarySearch(cumulative, 0, available, target);
        if (index < 0) index = ~index;
        return items[Math.Min(index, available - 1)];
    }

    private static int UpperBound(long[] values, long value)
    {
        int low = 0, high = values.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (values[mid] <= value) low = mid + 1; else high = mid;
        }
        return low;
    }
}
