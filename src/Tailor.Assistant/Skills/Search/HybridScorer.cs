namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Places the matches of a search with words: by BM25, by cosine to the query vector, or by both fused with
/// reciprocal rank fusion (ranks taken among the matches, so a filter does not shift them). A product the words miss
/// and without a vector scores 0 for text and is placed by rating and availability alone, below the others.
/// </summary>
internal sealed class HybridScorer(CatalogSnapshot snapshot, float[] bm25, ProductVectors vectors, float[]? query, SearchSignals signals)
{
    private bool UsesWords => signals != SearchSignals.Meaning;
    private bool UsesMeaning => signals != SearchSignals.Words && query is not null && vectors.Count > 0;

    // Each product's cosine, by snapshot index, once computed (NaN before, and for a product without a vector): a
    // search without hard filters scores every product to find candidates and must not score them all again to rank.
    private float[]? cosines;
    private int[]? rows;

    /// <summary>
    /// Without hard filters: the products the words find (their BM25 hits) and those whose cosine passes the floor.
    /// Returns the snapshot indexes in ascending order.
    /// </summary>
    public int[] Candidates(TextHit[] hits)
    {
        var admitted = new bool[snapshot.Products.Length];
        if (UsesWords) foreach (var hit in hits) admitted[hit.Index] = true;
        if (UsesMeaning)
        {
            for (var i = 0; i < admitted.Length; i++)
                if (!admitted[i] && CosineOf(i) >= SoftWords.MeaningFloor) admitted[i] = true;
        }
        var candidates = new List<int>();
        for (var i = 0; i < admitted.Length; i++) if (admitted[i]) candidates.Add(i);
        return candidates.ToArray();
    }

    /// <summary>Feeds the matches to the ranking with their text score; returns the best text score given.</summary>
    public void Rank(List<FoundMatch> matches, SearchRanking ranking)
    {
        var text = new double[matches.Count];
        if (!UsesMeaning)
        {
            // Words alone keep their BM25 scores: the ranking is what it was before meaning existed.
            if (UsesWords) for (var m = 0; m < matches.Count; m++) text[m] = bm25[matches[m].Index];
        }
        else
        {
            if (UsesWords) AddRanks(matches, text, m => bm25[matches[m].Index] is var score && score > 0 ? score : float.NaN);
            AddRanks(matches, text, m => CosineOf(matches[m].Index));
        }
        var best = text.Length == 0 ? 0 : text.Max();
        ranking.UseBestText(best);
        for (var m = 0; m < matches.Count; m++) ranking.Add(matches[m].Index, matches[m].Cheapest, matches[m].Availability, text[m]);
    }

    /// <summary>The cosine of a snapshot product to the query; NaN when it has no vector yet.</summary>
    private float CosineOf(int index)
    {
        if (cosines is null)
        {
            cosines = new float[snapshot.Products.Length];
            Array.Fill(cosines, float.NaN);
        }
        rows ??= vectors.RowsOf(snapshot);
        if (float.IsNaN(cosines[index]) && rows[index] is var row and >= 0) cosines[index] = vectors.Cosine(row, query);
        return cosines[index];
    }

    /// <summary>Adds 1 / (K + rank) to each match that has a score in this list (NaN: not in the list).</summary>
    internal static void AddRanks(List<FoundMatch> matches, double[] text, Func<int, float> score)
    {
        var keys = new float[matches.Count];
        var order = new int[matches.Count];
        var listed = 0;
        for (var m = 0; m < matches.Count; m++)
        {
            var value = score(m);
            if (float.IsNaN(value)) continue;
            keys[listed] = -value;   // ascending sort, best first
            order[listed++] = m;
        }
        Array.Sort(keys, order, 0, listed);
        for (var rank = 0; rank < listed; rank++) text[order[rank]] += 1.0 / (SoftWords.K + rank + 1);
    }
}
