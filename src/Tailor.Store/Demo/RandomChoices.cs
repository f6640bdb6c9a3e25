namespace Tailor.Store.Demo;

/// <summary>The draws the demo generators need, all from one seeded <see cref="Random"/> so a seed replays the same store.</summary>
internal static class RandomChoices
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An integer in [min, max], both inclusive.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static double Between(this Random random, double min, double max) => min + random.NextDouble() * (max - min);

    /// <summary>A normally distributed value (Box–Muller), for heights, ratings and other bell-shaped figures.</summary>
    public static double Gaussian(this Random random, double mean, double deviation)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Picks an item with probability proportional to its weight.</summary>
    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items) total += weight;
        var target = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0) return item;
        }
        return items[^1].Item;
    }

    /// <summary>Up to <paramref name="count"/> distinct items, in the order they were drawn.</summary>
    public static List<T> PickDistinct<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        count = Math.Min(count, items.Count);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, indexes.Length);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }
        return indexes.Take(count).Select(i => items[i]).ToList();
    }

    /// <summary>A random instant in [from, to).</summary>
    public static DateTimeOffset Between(this Random random, DateTimeOffset from, DateTimeOffset to) =>
        from + TimeSpan.FromTicks((long)(random.NextDouble() * (to - from).Ticks));

    public static string Digits(this Random random, int count) => Characters(random, "0123456789", count);

    public static string Characters(this Random random, string alphabet, int count) =>
        string.Create(count, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
        });
}
