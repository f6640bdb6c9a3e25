using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// Answers a policy or FAQ question with the best passage of the store's own pages, or with nothing when no
/// passage covers enough of the question: then the assistant says it does not know and offers a person.
/// </summary>
public sealed class PolicyAnswerer(TailorDbContext db, PolicyLibrary library)
{
    public const int MaxQuoteLength = 450;

    /// <summary>
    /// The share of the question (weighted by how rare each word is on the pages) the best passage must contain.
    /// Calibrated on the intent training data: policy questions mostly cover ≥ 0.6, off-topic ones rarely reach 0.45.
    /// </summary>
    public const double MinimumCoverage = 0.5;

    /// <summary>With an intent pointing at the page, a little less is needed: the intent model already vouched for the topic.</summary>
    public const double MinimumCoverageInTopic = 0.4;

    /// <summary>How much a passage of a page the intent points at outranks others; enough to settle near-ties only.</summary>
    private const double TopicBoost = 2.0;

    /// <param name="topic">The intent behind the question (e.g. "returns_policy"), to prefer the pages it points at.</param>
    public async Task<PolicyAnswer?> AnswerAsync(string question, string? topic, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(question);
        var index = await library.IndexAsync(db, ct);
        var terms = SearchTerms.OfQuestion(question, index.Knows);
        if (terms.Count == 0) return null;

        var inTopic = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool InTopic(PolicyPassage p) =>
            inTopic.TryGetValue(p.Slug, out var covered) ? covered : inTopic[p.Slug] = PolicyTopics.Covers(topic, p.Slug, p.Title);

        var ranked = index.Score(terms)
            .Select(s => (Passage: s.Key, Score: s.Value * (InTopic(index.Passages[s.Key]) ? TopicBoost : 1)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Passage)
            .ToList();
        if (ranked.Count == 0) return null;

        var best = ranked[0].Passage;
        var passage = index.Passages[best];
        var coverage = Coverage(index, terms, best);
        // Off the intent's pages, "France" or "news" alone is no reason to quote anything; on them, the intent is that reason.
        var relevant = InTopic(passage)
            ? coverage >= MinimumCoverageInTopic
            : coverage >= MinimumCoverage && terms.Any(t => !SearchTerms.IsWeak(t) && index.Contains(best, t));
        if (!relevant) return null;

        var quote = Excerpt.Around(WithLeadIn(index, best), sentence => Relevance(index, terms, sentence), MaxQuoteLength);
        return new PolicyAnswer(passage.Title, passage.Slug, passage.Url, passage.Heading, quote, Math.Round(coverage, 3));
    }

    // A later paragraph often leans on the section's first one ("You can cancel while…" then "To cancel, …"), so the
    // paragraphs before it under the same heading come along when they fit in the quote.
    private static string WithLeadIn(PassageIndex index, int passage)
    {
        var text = index.Passages[passage].Text;
        for (var i = passage - 1; i >= index.SectionStart(passage); i--)
        {
            var longer = index.Passages[i].Text + "\n" + text;
            if (longer.Length > MaxQuoteLength) break;
            text = longer;
        }
        return text;
    }

    private static double Coverage(PassageIndex index, IReadOnlyList<string> terms, int passage)
    {
        var total = terms.Sum(index.Weight);
        return total == 0 ? 0 : terms.Where(t => index.Contains(passage, t)).Sum(index.Weight) / total;
    }

    private static double Relevance(PassageIndex index, IReadOnlyList<string> terms, string sentence)
    {
        var words = SearchTerms.Of(sentence);
        return terms.Where(words.Contains).Sum(index.Idf);
    }
}
