using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// Answers a policy or FAQ question with the best passage of the store's own pages, or with nothing when no
/// passage covers enough of the question: then the assistant says it does not know and offers a person.
/// </summary>
/// <remarks>
/// The thresholds were calibrated on the intent training data against the demo pages (see PolicyCalibrationTests):
/// with the intent as topic, 86% of policy questions are answered from one of their pages and 2% from another page
/// (the rest, mostly questions the pages do not cover such as store locations, get no answer); 3% of out-of-scope
/// messages get an answer.
/// </remarks>
public sealed class PolicyAnswerer(TailorDbContext db, PolicyLibrary library)
{
    public const int MaxQuoteLength = 450;

    /// <summary>
    /// The share of the question, each word weighted by its rarity on the pages, that the best passage must contain,
    /// together with at least one word that is not an everyday word (see <see cref="PolicyVocabulary.WeakWords"/>).
    /// </summary>
    public const double MinimumCoverage = 0.5;

    /// <summary>On a page the intent points at, less is needed: the intent model already vouched for the topic.</summary>
    public const double MinimumCoverageInTopic = 0.4;

    /// <summary>On the intent's pages, a question of everyday words only ("ireland?") must be nearly all covered.</summary>
    public const double WeakWordsOnlyCoverage = 0.75;

    /// <summary>How much a passage of a page the intent points at outranks others: it settles "how long will it take".</summary>
    private const double TopicBoost = 2.0;

    /// <summary>A sentence reads better as an answer than a table row; a row wins only when it matches clearly better.</summary>
    private const double TableRowWeight = 0.8;

    /// <param name="topic">The intent behind the question (e.g. "returns_policy"), to prefer the pages it points at.</param>
    public async Task<PolicyAnswer?> AnswerAsync(string question, string? topic, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(question);
        var index = await library.IndexAsync(db, ct);
        // "retuns policy": a word the pages do not know but one typo from one they do is read as that one.
        var terms = SearchTerms.OfQuestion(question, index.Knows)
            .Select(term => index.Knows(term) ? term : index.OneTypoFrom(term) ?? term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0) return null;

        var topicPages = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool InTopic(PolicyPassage p) =>
            topicPages.TryGetValue(p.Slug, out var covered) ? covered : topicPages[p.Slug] = PolicyTopics.Covers(topic, p.Slug, p.Title);
        double Weight(PolicyPassage p) => (InTopic(p) ? TopicBoost : 1) * (p.Shape == PassageKind.TableRow ? TableRowWeight : 1);

        var scores = index.Score(terms);
        if (scores.Count == 0) return null;
        var best = scores.Select(s => (Passage: s.Key, Score: s.Value * Weight(index.Passages[s.Key])))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Passage)
            .First().Passage;

        var passage = index.Passages[best];
        var coverage = Coverage(index, terms, best);
        var telling = terms.Any(t => !SearchTerms.IsWeak(t) && index.Contains(best, t));
        // Off the intent's pages, "France" or "news" alone is no reason to quote anything; on them, the intent is that reason.
        var relevant = InTopic(passage)
            ? coverage >= MinimumCoverageInTopic && (telling || coverage >= WeakWordsOnlyCoverage)
            : coverage >= MinimumCoverage && telling;
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
