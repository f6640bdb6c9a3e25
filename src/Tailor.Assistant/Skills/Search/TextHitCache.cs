using System.Collections.Concurrent;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Full-text hits per FTS5 expression, resolved to snapshot product indexes and kept while the products stay the same.
/// bm25 costs about a microsecond per matching product, so a common word over 50,000 products costs tens of
/// milliseconds; a conversation repeats its words on every refinement ("in blue", "cheaper", "show more") and
/// shoppers share popular words, so each expression is paid for once. bm25 is a sum over a query's phrases, so the
/// hits of several words, all or any, are also put together here from the hits of each word.
/// </summary>
internal sealed class TextHitCache
{
    /// <summary>Bounds memory (8 bytes a hit); on reaching either bound the cache starts over.</summary>
    private const int MaxExpressions = 2048;
    private const long MaxHits = 4_000_000;

    private readonly ConcurrentDictionary<string, TextHit[]> hitsByExpression = new(StringComparer.Ordinal);
    private long hitCount;

    public bool TryGet(string expression, out TextHit[] hits) => hitsByExpression.TryGetValue(expression, out hits!);

    public void Add(string expression, TextHit[] hits)
    {
        if (hitsByExpression.Count >= MaxExpressions || Interlocked.Read(ref hitCount) + hits.Length > MaxHits)
        {
            hitsByExpression.Clear();
            Interlocked.Exchange(ref hitCount, 0);
        }
        if (hitsByExpression.TryAdd(expression, hits)) Interlocked.Add(ref hitCount, hits.Length);
    }

    /// <summary>The hits of all (or any) of the phrases, when each phrase's own hits are known.</summary>
    public bool TryCombine(IEnumerable<string> phrases, bool all, out TextHit[] hits)
    {
        hits = [];
        var lists = new List<TextHit[]>();
        foreach (var phrase in phrases)
        {
            if (!TryGet(phrase, out var list)) return false;
            lists.Add(list);
        }
        if (lists.Count == 0) return false;
        // Smallest first: an intersection never grows.
        hits = lists.OrderBy(l => l.Length).Aggregate((merged, next) => Merge(merged, next, all));
        return true;
    }

    // Both lists ascend by index (FTS5 returns rowids in order, and snapshot indexes follow ids).
    private static TextHit[] Merge(TextHit[] a, TextHit[] b, bool both)
    {
        var merged = new List<TextHit>(both ? Math.Min(a.Length, b.Length) : a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Index == b[j].Index) merged.Add(new TextHit(a[i].Index, a[i++].Relevance + b[j++].Relevance));
            else if (a[i].Index < b[j].Index) { if (!both) merged.Add(a[i]); i++; }
            else { if (!both) merged.Add(b[j]); j++; }
        }
        if (!both)
        {
            merged.AddRange(a.AsSpan(i));
            merged.AddRange(b.AsSpan(j));
        }
        return merged.ToArray();
    }
}

/// <summary>A product (snapshot index) the words matched, with its relevance: −bm25, higher is better.</summary>
internal readonly record struct TextHit(int Index, float Relevance);
