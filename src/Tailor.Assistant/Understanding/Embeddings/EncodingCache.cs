using System.Collections.Concurrent;

namespace Tailor.Assistant.Understanding.Embeddings;

/// <summary>
/// Vectors of recently encoded texts. Shoppers repeat themselves and quick replies repeat exactly, so a hit saves a
/// model run. Bounded: when full it starts over, which keeps it lock-free and its memory fixed.
/// </summary>
internal sealed class EncodingCache(int capacity)
{
    /// <summary>Texts longer than this are not cached (and are cut before encoding: the model reads 256 tokens at most).</summary>
    private const int MaxLength = 2_000;

    private ConcurrentDictionary<string, float[]> entries = new(StringComparer.Ordinal);

    /// <summary>The text as encoded: trimmed, lower case (the model is uncased), and cut to a bounded length.</summary>
    public static string KeyOf(string text)
    {
        var trimmed = text.Trim();
        return (trimmed.Length > MaxLength ? trimmed[..MaxLength] : trimmed).ToLowerInvariant();
    }

    public bool TryGet(string key, out float[] vector) => entries.TryGetValue(key, out vector!);

    public void Add(string key, float[] vector)
    {
        if (capacity <= 0) return;
        if (entries.Count >= capacity) entries = new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal);
        entries[key] = vector;
    }
}
