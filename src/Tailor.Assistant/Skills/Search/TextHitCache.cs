using System.Collections.Concurrent;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Full-text hits per FTS5 expression, resolved to snapshot product indexes, kept for the life of one snapshot.
/// bm25 costs about a microsecond per matching product, so a common word over 50,000 products costs tens of
/// milliseconds; a conversation repeats its words on every refinement ("in blue", "cheaper", "show more") and
/// shoppers share popular words, so each expression is paid for once per catalog version. A new snapshot starts
/// empty, so hits never outlive the catalog they were read from by more than a refresh.
/// </summary>
internal sealed class TextHitCache
{
    /// <summary>Bounds memory (about 12 bytes a hit); on reaching either bound the cache starts over.</summary>
    private const int MaxExpressions = 1024;
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
}

/// <summary>A product (snapshot index) the words matched, with its relevance: −bm25, higher is better.</summary>
internal readonly record struct TextHit(int Index, double Relevance);
