namespace Tailor.Domain.Handoff;

/// <summary>
/// One request for a person in a conversation, from the moment it is queued until it is resolved, handed back to the
/// assistant or cancelled by the shopper. Holds the figures the handoff metrics are read from.
/// </summary>
public sealed class HandoffRequest
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public HandoffStatus Status { get; set; } = HandoffStatus.Queued;
    public HandoffReason Reason { get; set; }
    /// <summary>What set it off in words (the sensitive topic, the action that failed…), for the agent and the metrics.</summary>
    public string ReasonDetail { get; set; } = "";
    /// <summary>The summary made when the handoff happened (intent, products, order, sentiment, what was tried), as JSON.</summary>
    public string SummaryJson { get; set; } = "{}";
    /// <summary>Identity user id of the agent who holds the chat.</summary>
    public string? AgentId { get; set; }
    /// <summary>The agent's display name as the shopper sees it.</summary>
    public string? AgentName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    /// <summary>When the agent first wrote to the shopper: time to first reply is measured from <see cref="RequestedAt"/>.</summary>
    public DateTimeOffset? FirstAgentReplyAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>How many times the chat moved from one agent to another.</summary>
    public int Transfers { get; set; }
    /// <summary>Bumped by every change, so a claim or a transfer can be made conditional on what the agent saw.</summary>
    public int Version { get; set; }

    public bool IsActive => HandoffLifecycle.IsActive(Status);
}

/// <summary>Where a handoff stands.</summary>
public enum HandoffStatus { Queued, WithAgent, Resolved, HandedBack, Cancelled }

/// <summary>Why the assistant brought in a person.</summary>
public enum HandoffReason { ShopperAsked, Frustration, FailedTurns, SensitiveTopic, ActionNotPossible }
