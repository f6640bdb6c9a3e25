namespace Tailor.Domain.Conversations;

/// <summary>One message of a conversation. Shopper text is stored masked; assistant parts are stored as sent.</summary>
public sealed class ChatMessage
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public ChatRole Role { get; set; }
    /// <summary>Shopper text after PII masking; the assistant's plain text.</summary>
    public string Text { get; set; } = "";
    /// <summary>The message parts (text, products, quick replies, citations…) as JSON.</summary>
    public string PartsJson { get; set; } = "[]";
    /// <summary>Idempotency key sent by the client: a retried message returns the stored answer.</summary>
    public string? ClientMessageId { get; set; }
    /// <summary>For an assistant message, the id of the shopper message it answers.</summary>
    public long? ReplyToId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum ChatRole { User, Assistant, Agent, System }
