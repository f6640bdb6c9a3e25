using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Domain.Conversations;

namespace Tailor.Server.Analytics;

/// <summary>A group of unanswered questions that mean the same: the commonest wording, how many, and other wordings.</summary>
public sealed record QuestionGroup(string Example, int Count, IReadOnlyList<string> Variants, string Outcome);

/// <summary>
/// The questions the assistant failed (fallbacks, no results, low confidence), grouped by meaning with the sentence
/// encoder, so "do you ship to canada" and "can i get delivery in canada" are one row. Without the encoder, identical
/// wordings are grouped.
/// </summary>
public sealed class UnansweredQuestions(ITextEncoder encoder)
{
    /// <summary>Cosine at or above which two questions are read as the same (MiniLM paraphrases score about 0.7–0.9).</summary>
    public const float SameMeaning = 0.72f;
    public const double LowConfidence = 0.5;
    /// <summary>At most this many distinct wordings are encoded per request (cached, ~10 ms each the first time).</summary>
    public const int MaxWordings = 200;

    public static bool IsUnanswered(TurnFacts turn) =>
        turn.Outcome is TurnOutcome.Fallback or TurnOutcome.NoResults || (turn.Outcome != TurnOutcome.Handoff && turn.Confidence < LowConfidence);

    public IReadOnlyList<QuestionGroup> Group(IReadOnlyList<TurnFacts> turns, int take = 15)
    {
        var wordings = turns.Where(IsUnanswered)
            .GroupBy(t => string.Join(' ', t.MaskedText.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(g => g.Key.Length > 0)
            .Select(g => (Text: g.Key, Count: g.Count(), Outcome: g.GroupBy(t => t.Outcome).MaxBy(o => o.Count())!.Key))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Text, StringComparer.Ordinal).Take(MaxWordings).ToList();

        var groups = new List<(float[]? Leader, List<(string Text, int Count, TurnOutcome Outcome)> Members)>();
        foreach (var wording in wordings)
        {
            var vector = encoder.IsAvailable ? encoder.Encode(wording.Text) : null;
            // Greedy: the commonest wording leads its group; later ones join the first leader close enough.
            var home = vector is null ? -1 : groups.FindIndex(g => Vectors.Cosine(g.Leader!, vector) >= SameMeaning);
            if (home < 0) groups.Add((vector, [wording]));
            else groups[home].Members.Add(wording);
        }
        return groups
            .Select(g => new QuestionGroup(g.Members[0].Text, g.Members.Sum(m => m.Count), g.Members.Skip(1).Take(4).Select(m => m.Text).ToList(),
                g.Members.GroupBy(m => m.Outcome).MaxBy(o => o.Sum(m => m.Count))!.Key.ToString()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Example, StringComparer.Ordinal).Take(take).ToList();
    }
}
