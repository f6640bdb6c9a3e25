namespace Tailor.Assistant.Understanding.Intents;

/// <summary>Seeded, per-intent splits, so every intent is represented in every part in proportion.</summary>
internal static class StratifiedSplit
{
    /// <summary>Keeps <paramref name="fraction"/> of each intent's examples (at least one) aside as a test set.</summary>
    public static (IReadOnlyList<IntentExample> Training, IReadOnlyList<IntentExample> HeldOut) HoldOut(
        IReadOnlyList<IntentExample> examples, double fraction, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fraction, 1);
        var training = new List<IntentExample>();
        var heldOut = new List<IntentExample>();
        foreach (var group in ShuffledByIntent(examples, seed))
        {
            var take = Math.Clamp((int)Math.Round(group.Count * fraction), 1, group.Count - 1);
            heldOut.AddRange(group.Take(take));
            training.AddRange(group.Skip(take));
        }

        return (training, heldOut);
    }

    /// <summary>Deals each intent's examples round-robin into <paramref name="folds"/> folds.</summary>
    public static IReadOnlyList<IReadOnlyList<IntentExample>> Folds(IReadOnlyList<IntentExample> examples, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var result = Enumerable.Range(0, folds).Select(_ => new List<IntentExample>()).ToArray();
        foreach (var group in ShuffledByIntent(examples, seed))
        {
            for (var i = 0; i < group.Count; i++)
            {
                result[i % folds].Add(group[i]);
            }
        }

        return result;
    }

    private static IEnumerable<List<IntentExample>> ShuffledByIntent(IReadOnlyList<IntentExample> examples, int seed)
    {
        var random = new Random(seed);
        foreach (var group in examples.GroupBy(e => e.Intent).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
            yield return list;
        }
    }
}
