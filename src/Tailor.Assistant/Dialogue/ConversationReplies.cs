using Tailor.Assistant.Handoff;
using Tailor.Assistant.Respond.Voice;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Dialogue;

/// <summary>Turns that are about the conversation itself: small talk, feedback, asking for a person, not understood.</summary>
public sealed class ConversationReplies(StoreSettings settings, TicketDesk tickets, HandoffPhrases handoff, QuickReplyWording quickReplies)
{
    private readonly string storeName = settings.Name;

    public void SmallTalk(Turn turn, string kind)
    {
        turn.Reply.Say($"smalltalk_{kind}", ("store", storeName));
        if (kind is "greeting" or "chit_chat") turn.Reply.QuickReplies(quickReplies.For("smalltalk"));
    }

    public void Feedback(Turn turn, bool positive)
    {
        turn.Reply.Say(positive ? "feedback_positive" : "feedback_negative");
        if (positive) return;
        // The apology offers a person: a "yes" next turn accepts, and no second offer follows on frustration.
        turn.Reply.QuickReplies(["talk to a person", "start over"]);
        turn.State.OfferPerson();
    }

    /// <summary>
    /// Records the request and tells the shopper what happens next: a place in the queue when an agent is online, else
    /// the ticket form (closed, or nobody free). Never a question first: asking for a person is always enough.
    /// </summary>
    public void RequestHuman(Turn turn, string reason, string? sensitiveTopic = null) =>
        HandOver(turn, sensitiveTopic is null ? null : handoff.Replies.Render("handoff_sensitive", turn.State.Turns), reason,
            nameof(Understanding.RequestHuman), sensitiveTopic);

    /// <summary>
    /// Hands the shopper to a person with <paramref name="text"/> (or the usual "a person will join" line) when an agent
    /// is online; with nobody online the ticket form's words replace it, so no one is promised a person who is not there.
    /// </summary>
    public void HandOver(Turn turn, string? text, string reason, string command, string? sensitiveTopic = null)
    {
        (turn.State.HumanRequested, turn.State.HumanRequestReason) = (true, sensitiveTopic ?? reason);
        turn.State.HumanOfferedTurn = null;
        (turn.Outcome, turn.Command, turn.SensitiveTopic) = (TurnOutcome.Handoff, command, sensitiveTopic);
        if (!tickets.AgentsReachable)
        {
            turn.HandOver = Dialogue.HandOver.Ticket;
            turn.Reply.Text(tickets.NoAgentReply(turn.State.Turns));
            return;
        }
        turn.HandOver = Dialogue.HandOver.Queue;
        if (text is null) turn.Reply.Say("human_requested");
        else turn.Reply.Text(text);
    }

    public void OutOfScope(Turn turn)
    {
        turn.Reply.Say("out_of_scope", ("store", storeName)).QuickReplies(["find a product", "delivery times", "returns policy"]);
        turn.Outcome = TurnOutcome.Fallback;
    }

    public void Clarify(Turn turn, IReadOnlyList<string> candidates)
    {
        var options = candidates.Select(IntentLabels.For).Where(o => o is not null).Cast<string>().Distinct().Take(3).ToList();
        if (options.Count == 0)
        {
            Misunderstood(turn);
            return;
        }
        turn.Reply.Say("clarify").QuickReplies(options);
        turn.Outcome = TurnOutcome.Clarified;
    }

    /// <summary>Nothing likely to offer: the commonest tasks as choices, never a bare "could you rephrase?".</summary>
    public void Misunderstood(Turn turn)
    {
        turn.Reply.Say("misunderstood").QuickReplies(["find a product", "where is my order?", "returns policy", "talk to a person"]);
        turn.Outcome = TurnOutcome.Fallback;
    }

    /// <summary>After two misunderstandings in a row, offer a person instead of another guess.</summary>
    public void OfferHuman(Turn turn)
    {
        turn.Reply.Say("human_offer").QuickReplies(["talk to a person", "start over"]);
        turn.State.OfferPerson();
        turn.Command = nameof(Understanding.RequestHuman);
        turn.Outcome = TurnOutcome.Handoff;
    }
}
