namespace Tailor.Assistant.Handoff;

/// <summary>Names of the live events of a handoff, shared by the shopper's event stream and the agent hub.</summary>
public static class HandoffEvents
{
    public const string Queued = "handoff.queued";
    public const string Claimed = "handoff.claimed";
    public const string Ended = "handoff.ended";
    public const string AgentMessage = "agent.message";
    public const string AgentTyping = "agent.typing";
    public const string ShopperMessage = "shopper.message";
    /// <summary>An agent's internal note: for agents only, never on the shopper's stream.</summary>
    public const string AgentNote = "agent.note";
    /// <summary>No one can take the chat now: the widget offers a ticket (e-mail and message).</summary>
    public const string Unavailable = "handoff.unavailable";
    /// <summary>The queue changed (a chat was queued, claimed or ended): consoles refresh their queue.</summary>
    public const string QueueChanged = "queue.changed";
}

/// <summary>Types of the outgoing webhooks a handoff sends to the store's backend.</summary>
public static class HandoffWebhooks
{
    public const string Requested = "handoff.requested";
    public const string Ended = "handoff.ended";
}
