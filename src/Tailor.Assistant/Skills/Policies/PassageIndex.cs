using Tailor.Assistant.Understanding.Entities;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// BM25 over a store's policy passages, in memory. A store has tens of pages and a few hundred passages, so a
/// dictionary of postings answers in microseconds and needs no schema of its own (SQLite FTS5 would need a
/// virtual table in the shared database and its own tokenizer for our synonyms).
/// </summary>
internal sealed class PassageIndex
{
    // Standard BM25 constants: term frequency saturates quickly, and long passages are only mildly penalised.
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The words of a passage's own heading count twice: on FAQ pages the heading is the question.</summary>
    private const int SectionHeadingWeight = 2;

    private readonly Dictionary<string, List<(int Passage, int Count)>> postings = new(StringComparer.Ordinal);
    private readonly int[] lengths;
    private readonly HashSet<string>[] termSets;
    private readonly int[] sectionStarts;
    private readonly double averageLength;

    public PassageIndex(IReadOnlyList<PolicyPassage> passages)
    {
        Passages = passages;
        lengths = new int[passages.Count];
        termSets = new HashSet<string>[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var terms = TermsOf(passages[i]);
            lengths[i] = terms.Count;
            termSets[i] = terms.ToHashSet(StringComparer.Ordinal);
            foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list)) postings[group.Key] = list = [];
                list.Add((i, group.Count()));
            }
        }
        averageLength = passages.Count == 0 ? 1 : Math.Max(1, lengths.Average());
        sectionStarts = new int[passages.Count];
        for (var i = 0; i < passages.Count; i++)
            sectionStarts[i] = i > 0 && SameSection(passages[i - 1], passages[i]) ? sectionStarts[i - 1] : i;
    }

    public IReadOnlyList<PolicyPassage> Passages { get; }


    public bool Knows(string term) => postings.ContainsKey(term);

    /// <summary>
    /// The topic term of the pages one typo away from <paramref name="term"/> ("retun" → "return"), the most used one
    /// when several are; null when none is. Only the words that name a topic are corrected to: "weather" is one letter
    /// from "leather" and "reset" from "rest", but they are other words, not typos. Short terms are left alone.
    /// </summary>
    public string? OneTypoFrom(string term)
    {
        if (term.Length < 5 || term.All(char.IsDigit)) return null;
        return PolicyTopics.TopicTerms.Where(known => postings.ContainsKey(known) && TypoCorrector.Distance(term, known, 1) <= 1)
            .OrderByDescending(known => postings[known].Count).ThenBy(known => known, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Inverse document frequency; a term no passage has gets the highest weight, as it would in any passage.</summary>
    public double Idf(string term)
    {
        var df = postings.TryGetValue(term, out var list) ? list.Count : 0;
        return Math.Log(1 + (Passages.Count - df + 0.5) / (df + 0.5));
    }

    /// <summary>
    /// How much a word counts towards a question's coverage: its idf, or for a word no page uses, the idf of a word in a
    /// tenth of the passages. Unknown words are typos and small talk as often as off-topic subjects, so they count as
    /// an ordinary word, not as the rarest one (which would make any typo sink an answer).
    /// </summary>
    public double Weight(string term) =>
        Knows(term) ? Idf(term) : Math.Log(1 + (0.9 * Passages.Count + 0.5) / (0.1 * Passages.Count + 0.5));

    /// <summary>BM25 score of every passage that contains at least one of the (distinct) query terms.</summary>
    public Dictionary<int, double> Score(IReadOnlyList<string> queryTerms)
    {
        var scores = new Dictionary<int, double>();
        foreach (var term in queryTerms)
        {
            if (!postings.TryGetValue(term, out var list)) continue;
            var idf = Idf(term);
            foreach (var (passage, count) in list)
            {
                var norm = K1 * (1 - B + B * lengths[passage] / averageLength);
                scores[passage] = scores.GetValueOrDefault(passage) + idf * count * (K1 + 1) / (count + norm);
            }
        }
        return scores;
    }

    /// <summary>Whether the passage (its text or headings) contains the term.</summary>
    public bool Contains(int passage, string term) => termSets[passage].Contains(term);

    /// <summary>The first passage of the run of prose under the same heading that the passage belongs to.</summary>
    public int SectionStart(int passage) => sectionStarts[passage];

    private static bool SameSection(PolicyPassage a, PolicyPassage b) =>
        a.Shape == PassageKind.Prose && b.Shape == PassageKind.Prose && a.Slug == b.Slug && a.Headings.SequenceEqual(b.Headings);

    private static List<string> TermsOf(PolicyPassage passage)
    {
        var terms = SearchTerms.Of(string.Join(" ", passage.Headings.Take(passage.Headings.Count - 1)));
        var section = SearchTerms.Of(passage.Headings[^1]);
        for (var i = 0; i < SectionHeadingWeight; i++) terms.AddRange(section);
        // A table row repeats its column headers; counting them again in every row would rank rows above prose.
        var text = SearchTerms.Of(passage.Text);
        terms.AddRange(passage.Shape == PassageKind.TableRow ? text.Distinct(StringComparer.Ordinal) : text);
        return terms;
    }
}
