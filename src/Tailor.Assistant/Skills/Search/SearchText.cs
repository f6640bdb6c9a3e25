using System.Text;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The shopper's free-text words as safe FTS5 queries. Only letters and digits survive, and every token is quoted, so
/// no input ("dress OR NOT\"*", "title:x", "NEAR(") can reach FTS5 as syntax.
/// </summary>
internal sealed record SearchText(IReadOnlyList<string> Tokens)
{
    /// <summary>At most this many words go to the index: a pasted paragraph is not a query.</summary>
    private const int MaxTokens = 8;

    // Filler a shopper types around the words that matter; as AND terms they would only empty the result.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "not", "no", "nor", "for", "with", "without", "in", "on", "of", "to", "at", "by",
        "me", "my", "i", "im", "some", "any", "please", "show", "find", "want", "need", "looking", "something", "like",
        "is", "are", "it", "that", "this", "one", "ones", "very", "really",
    };

    public static readonly SearchText None = new([]);

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>Each token as an FTS5 phrase (a prefix: "lin" finds linen).</summary>
    public IEnumerable<string> Phrases => Tokens.Select(Phrase);

    /// <summary>Every token must match.</summary>
    public string All => string.Join(" AND ", Phrases);

    /// <summary>Any token may match; used when no product matches them all.</summary>
    public string Any => string.Join(" OR ", Phrases);

    public static SearchText Of(IEnumerable<string> terms) => Of(terms, MaxTokens);

    public static SearchText Of(IEnumerable<string> terms, int maxTokens)
    {
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
            foreach (var token in Split(term))
                if (!StopWords.Contains(token) && tokens.Count < maxTokens && seen.Add(token)) tokens.Add(token);
        return tokens.Count == 0 ? None : new SearchText(tokens);
    }

    /// <summary>Lowercase runs of letters and digits; a lone letter ("s" of "women's") would prefix-match half the catalog.</summary>
    private static IEnumerable<string> Split(string term)
    {
        var token = new StringBuilder();
        foreach (var c in (term + " ").ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) { token.Append(c); continue; }
            if (token.Length > 1 || (token.Length == 1 && char.IsDigit(token[0]))) yield return token.ToString();
            token.Clear();
        }
    }

    // Short tokens match exactly: "xl"* would also find every "xlarge…" word, "10"* every "100".
    public static string Phrase(string token) => token.Length >= 3 && !char.IsDigit(token[0]) ? $"\"{token}\"*" : $"\"{token}\"";
}
