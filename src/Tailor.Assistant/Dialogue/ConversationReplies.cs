using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Dialogue;

/// <summary>Turns that are about the conversation itself: small talk, feedback, asking for a person, not understood.</summary>
public sealed class ConversationReplies(string storeName)
{
    public void SmallTalk(Turn turn, string kind)
    {
        turn.Reply.Say($"smalltalk_{kind}", ("store", storeName));
        if (kind is "greeting" or "chit_chat") turn.Reply.QuickReplies(["dresses", "jeans", "sneakers", "returns policy"]);
    }

    public void Feedback(Turn turn, bool positive)
    {
        turn.Reply.Say(positive ? "feedback_positive" : "feedback_negative");
        if (!positive) turn.Reply.QuickReplies(["talk to a person", "start over"]);
    }

    /// <summary>Records the request (the handoff feature takes it from here) and tells the shopper what happens next.</summary>
    public void RequestHuman(Turn turn, string reason)
    {
        turn.State.HumanRequested = true;
        turn.State.HumanRequestReason = reason;
        turn.Reply.Say("human_requested");
        turn.Outcome = TurnOutcome.Handoff;
        turn.Command = nameof(Understanding.RequestHuman);
    }

    public void OutOfScope(Turn turn)
    {
        turn.Reply.Say("out_of_scope", ("store", storeName)).QuickReplies(["find a product", "delivery times", "returns policy"]);
        turn.Outcome = TurnOutcome.Fallback;
    }

    public void Clarify(Turn turn, IReadOnlyList<string> candidates)
    {
        var options = candidates.Select(IntentLabels.For).Where(o => o is not null).Cast<string>().ToList();
        if (options.Count == 0)
        {
            Misunderstood(turn);
            return;
        }
        turn.Reply.Say("clarify").QuickReplies(options);
        turn.Outcome = TurnOutcome.Clarified;
    }

    public void Misunderstood(Turn turn)
    {
        turn.Reply.Say("misunderstood");
        turn.Outcome = TurnOutcome.Fallback;
    }

    /// <summary>After two misunderstandings in a row, offer a person instead of another guess.</summary>
    public void OfferHuman(Turn turn)
    {
        turn.Reply.Say("human_offer").QuickReplies(["talk to a person", "start over"]);
        turn.State.HumanOffered = true;
        turn.Command = nameof(Understanding.RequestHuman);
        turn.Outcome = TurnOutcome.Handoff;
    }
}
