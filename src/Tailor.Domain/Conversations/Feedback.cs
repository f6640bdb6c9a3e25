namespace Tailor.Domain.Conversations;

/// <summary>A shopper's rating: thumbs up/down on one assistant answer, or the end-of-chat satisfaction score.</summary>
public sealed class Feedback
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    /// <summary>The rated assistant message; null for the conversation's satisfaction (CSAT) score.</summary>
    public long? MessageId { get; set; }
    public FeedbackKind Kind { get; set; }
    /// <summary>+1 or -1 for a thumb; 1 to 5 for CSAT.</summary>
    public int Score { get; set; }
    /// <summary>Optional comment, masked like every shopper text.</summary>
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum FeedbackKind { Thumb, Csat }
