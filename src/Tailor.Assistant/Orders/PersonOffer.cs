using Tailor.Assistant.Dialogue;

namespace Tailor.Assistant.Orders;

/// <summary>
/// What order care cannot do here (no flow for it, or the policy refuses what a person could still grant) becomes
/// an offer of a person. A "yes" or "talk to a person" next hands over with a note of what was asked, so the agent
/// does not have to ask again; the shopper's words in that note are the masked ones.
/// </summary>
public static class PersonOffer
{
    /// <summary>Offers a person after the refusal just said; <paramref name="why"/> is a short code ("window closed").</summary>
    public static void After(Turn turn, OrderTask task, string? number, string why, IEnumerable<string>? quickReplies = null)
    {
        var state = turn.State;
        var asked = turn.Answer.Remembered.Trim();
        var summary = $"{OrderTasks.CommandName(task)} {number ?? "(no order yet)"}: {why}" + (asked.Length > 0 ? $"; asked: \"{Shorten(asked)}\"" : "");
        (state.UnfinishedAction, state.UnfinishedActionTurn) = (summary, state.Turns);
        state.OfferPerson();
        turn.Reply.Say("order_person_offer").QuickReplies(["talk to a person", .. quickReplies ?? []]);
    }

    // An agent reads a sentence, not a pasted essay.
    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
