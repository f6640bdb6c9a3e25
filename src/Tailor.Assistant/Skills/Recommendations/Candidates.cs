namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// Products gathered for one recommendation with their summed evidence; each keeps the reason of its strongest single
/// piece of evidence, which is the one said to the shopper.
/// </summary>
internal sealed class Candidates
{
    private readonly Dictionary<int, (double Score, double Strongest, RecommendationReason Reason)> items = [];

    public int Count => items.Count;

    public void Add(int index, double score, RecommendationReason reason)
    {
        if (score <= 0) return;
        if (!items.TryGetValue(index, out var item)) items[index] = (score, score, reason);
        else items[index] = (item.Score + score, Math.Max(item.Strongest, score), score > item.Strongest ? reason : item.Reason);
    }

    public IEnumerable<(int Index, double Score, RecommendationReason Reason)> All() =>
        items.Select(pair => (pair.Key, pair.Value.Score, pair.Value.Reason));
}
