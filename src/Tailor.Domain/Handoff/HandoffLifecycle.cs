using Tailor.Domain.Conversations;

namespace Tailor.Domain.Handoff;

/// <summary>
/// The handoff state machine: bot → queued → with agent → resolved or handed back; a queued shopper may cancel.
/// Every move the desk makes is checked here, so a stale console or a double click cannot skip a state.
/// </summary>
public static class HandoffLifecycle
{
    private static readonly Dictionary<HandoffStatus, HandoffStatus[]> Moves = new()
    {
        [HandoffStatus.Queued] = [HandoffStatus.WithAgent, HandoffStatus.Cancelled, HandoffStatus.HandedBack],
        // WithAgent → WithAgent is a transfer to another agent.
        [HandoffStatus.WithAgent] = [HandoffStatus.WithAgent, HandoffStatus.Resolved, HandoffStatus.HandedBack],
        [HandoffStatus.Resolved] = [],
        [HandoffStatus.HandedBack] = [],
        [HandoffStatus.Cancelled] = [],
    };

    public static bool CanMove(HandoffStatus from, HandoffStatus to) => Moves[from].Contains(to);

    public static bool IsActive(HandoffStatus status) => status is HandoffStatus.Queued or HandoffStatus.WithAgent;

    /// <summary>The conversation status that goes with a handoff status: who speaks to the shopper now.</summary>
    public static ConversationStatus ConversationStatusFor(HandoffStatus status) => status switch
    {
        HandoffStatus.Queued => ConversationStatus.HandoffRequested,
        HandoffStatus.WithAgent => ConversationStatus.WithAgent,
        HandoffStatus.Resolved => ConversationStatus.Closed,
        _ => ConversationStatus.Bot,
    };
}
