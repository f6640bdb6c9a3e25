using Tailor.Assistant.Dialogue;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;

namespace Tailor.Assistant.Handoff;

/// <summary>
/// What an agent reads before answering: why the shopper was handed over, what they wanted, the products and order in
/// play, how they feel and what the assistant already tried. Made from the dialogue state and the turn log.
/// </summary>
public sealed record HandoffSummary(
    HandoffReason Reason, string ReasonDetail, string? Intent, IReadOnlyList<string> Products, string? Order,
    string Sentiment, IReadOnlyList<string> Tried, int Turns)
{
    /// <summary>The model's note in words for the agent, in LLM mode with summaries on; null otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>Summarises the conversation; <paramref name="turns"/> is its turn log, oldest first.</summary>
    public static HandoffSummary From(HandoffReason reason, string detail, DialogueState state, IReadOnlyList<TurnRecord> turns)
    {
        // The handoff turn itself says "asked for a person"; the shopper's intent is what they wanted before that.
        var intent = turns.LastOrDefault(t => t.Outcome != TurnOutcome.Handoff && t.Intent is not ("" or "request_human"))?.Intent;
        var products = new[] { state.Focus }.Concat(state.Results).OfType<string>().Distinct().Take(5).ToList();
        var tried = turns.Where(t => t.Command is not "" && t.Outcome != TurnOutcome.Handoff)
            .Select(t => $"{t.Command} ({t.Outcome.ToString().ToLowerInvariant()})").Distinct().TakeLast(6).ToList();
        return new HandoffSummary(reason, detail, intent, products, state.OrderInFocus, SentimentOf(state.Frustration), tried, turns.Count);
    }

    /// <summary>Frustration in words, on the same scale the assistant uses to offer a person.</summary>
    public static string SentimentOf(double frustration) => frustration switch
    {
        >= EmotionDetector.OfferHuman => "frustrated",
        >= EmotionDetector.Empathise => "annoyed",
        _ => "calm",
    };
}
