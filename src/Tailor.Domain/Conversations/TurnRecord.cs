namespace Tailor.Domain.Conversations;

/// <summary>What happened in one turn, for analytics, review and retraining. Text is masked.</summary>
public sealed class TurnRecord
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public long MessageId { get; set; }
    public string MaskedText { get; set; } = "";
    public string Intent { get; set; } = "";
    public double Confidence { get; set; }
    public string EntitiesJson { get; set; } = "{}";
    public string Command { get; set; } = "";
    public TurnOutcome Outcome { get; set; }
    /// <summary>Milliseconds per pipeline stage (guard, understand, dialogue, skills, respond, persist), as JSON.</summary>
    public string StageTimingsJson { get; set; } = "{}";
    public double TotalMilliseconds { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum TurnOutcome { Answered, Clarified, Fallback, Handoff, Rejected }
