namespace Tailor.Assistant.Skills.Search;

/// <summary>How a search runs beyond what the shopper asked: for the shop's listings and for measuring search.</summary>
/// <param name="IncludeSoldOut">Also list products whose wanted variants are all sold out (after those in stock). The
/// chat never does: it offers what can be bought.</param>
/// <param name="ByName">Order by name (the handle, the title's slug) instead of the constraints' sort.</param>
/// <param name="Signals">Which signals rank the words: both (the default), or one alone, to measure what each adds.</param>
public sealed record ProductSearchOptions(bool IncludeSoldOut = false, bool ByName = false, SearchSignals Signals = SearchSignals.Hybrid)
{
    public static readonly ProductSearchOptions Default = new();
}

/// <summary>What ranks the shopper's words.</summary>
public enum SearchSignals
{
    /// <summary>BM25 and sentence vectors, fused by reciprocal rank; BM25 alone while vectors are missing or off.</summary>
    Hybrid,
    /// <summary>BM25 over the full-text index only.</summary>
    Words,
    /// <summary>Sentence vectors only (for measurement).</summary>
    Meaning,
}
