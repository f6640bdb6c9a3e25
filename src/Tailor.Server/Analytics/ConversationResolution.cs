using Tailor.Domain.Conversations;

namespace Tailor.Server.Analytics;

/// <summary>
/// Whether the assistant resolved a conversation on its own: nobody was asked for, and the shopper got somewhere: a
/// product added to the bag from the chat, an order shown or changed, or a question answered that was neither rated
/// down nor asked again in the next message.
/// </summary>
public static class ConversationResolution
{
    // Turns that answer nothing the shopper needed: a thank-you answered is not a resolution.
    private static readonly HashSet<string> NotQuestions = new(StringComparer.Ordinal) { "SmallTalk", "GiveFeedback", "Affirm", "Deny", "Abuse" };

    public static bool IsEscalated(IReadOnlyList<TurnFacts> turns, bool queued) =>
        queued || turns.Any(t => t.Outcome is TurnOutcome.Handoff or TurnOutcome.Ticket);

    /// <param name="turns">The conversation's turns in order.</param>
    /// <param name="ratedDown">Turns whose answer got a thumbs-down.</param>
    public static bool IsResolved(IReadOnlyList<TurnFacts> turns, IReadOnlySet<long> ratedDown, bool queued, bool addedToCart)
    {
        if (IsEscalated(turns, queued)) return false;
        if (addedToCart) return true;
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            if (turn.Outcome is TurnOutcome.OrderTracked or TurnOutcome.OrderActionDone) return true;
            var answered = turn.Outcome is TurnOutcome.AnsweredWithProducts or TurnOutcome.AnsweredPolicy
                || (turn.Outcome == TurnOutcome.Answered && !NotQuestions.Contains(turn.Command));
            if (answered && !ratedDown.Contains(turn.Id) && (i + 1 == turns.Count || !Repeats(turns[i + 1], turn))) return true;
        }
        return false;
    }

    /// <summary>The shopper asks the same thing again: same intent and mostly the same words.</summary>
    public static bool Repeats(TurnFacts next, TurnFacts previous)
    {
        if (next.Intent != previous.Intent) return false;
        var a = Words(next.MaskedText);
        var b = Words(previous.MaskedText);
        if (a.Count == 0 || b.Count == 0) return false;
        return (double)a.Intersect(b).Count() / a.Union(b).Count() >= 0.6;
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split((char[])[' ', ',', '.', '?', '!', ';', ':', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)];
}
