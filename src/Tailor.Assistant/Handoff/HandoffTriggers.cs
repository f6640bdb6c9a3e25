using Tailor.Assistant.Dialogue;
using Tailor.Domain.Handoff;

namespace Tailor.Assistant.Handoff;

/// <summary>
/// Why a handoff happens, from the dialogue state: a sensitive topic, an order action the bot could not complete just
/// before, the shopper asking, or accepting a person offered after frustration or failed turns.
/// </summary>
public static class HandoffTriggers
{
    /// <summary>What the dialogue records when the shopper says yes to a person the assistant offered.</summary>
    public const string AcceptedOffer = "accepted the offer of a person";

    public static (HandoffReason Reason, string Detail) ReasonFor(DialogueState state, string? sensitiveTopic)
    {
        if (sensitiveTopic is not null) return (HandoffReason.SensitiveTopic, sensitiveTopic);
        // Asked for on the turn the action was refused or the next one: the person is there to finish it.
        if (state.UnfinishedAction is { } action && state.Turns - state.UnfinishedActionTurn <= 1) return (HandoffReason.ActionNotPossible, action);
        var said = state.HumanRequestReason ?? "";
        if (said != AcceptedOffer) return (HandoffReason.ShopperAsked, said);
        // The assistant offers a person either when frustration builds up or after two turns it did not understand.
        return state.Frustration >= EmotionDetector.OfferHuman
            ? (HandoffReason.Frustration, HandoffSummary.SentimentOf(state.Frustration))
            : (HandoffReason.FailedTurns, said);
    }
}
