namespace Tailor.Domain.Conversations;

/// <summary>A chat between a shopper and the assistant: its messages, its dialogue state and who the shopper is.</summary>
public sealed class Conversation
{
    public required string Id { get; set; }
    /// <summary>Verified customer, when the store passed a signed customer token.</summary>
    public int? CustomerId { get; set; }
    /// <summary>When the customer token that started the chat expires: after it, the chat is a guest's again.</summary>
    public DateTimeOffset? SignedInUntil { get; set; }
    public string Channel { get; set; } = "web";
    /// <summary>Page context given by the widget (page type, product handle…), as JSON.</summary>
    public string ContextJson { get; set; } = "{}";
    /// <summary>Dialogue state (search constraints, results, focus, flows), as JSON: survives restarts.</summary>
    public string StateJson { get; set; } = "{}";
    public ConversationStatus Status { get; set; } = ConversationStatus.Bot;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ChatMessage> Messages { get; set; } = [];

    /// <summary>The customer signed in to this chat at <paramref name="now"/>: none once the token it started with has expired.</summary>
    public int? SignedInCustomerAt(DateTimeOffset now) => CustomerId is { } id && SignedInUntil > now ? id : null;
}

/// <summary>Who answers the shopper: the assistant, nobody yet (queued for a person), an agent, or nobody (closed).</summary>
public enum ConversationStatus { Bot, HandoffRequested, WithAgent, Closed }
