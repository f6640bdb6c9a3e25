namespace Tailor.Domain.Conversations;

/// <summary>Something the shopper did because of the chat, reported by the channel: a product from a card added to the bag.</summary>
public sealed class ChatEvent
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public ChatEventKind Kind { get; set; }
    public string ProductHandle { get; set; } = "";
    /// <summary>The unit price shown on the card, for chat-assisted revenue.</summary>
    public decimal Amount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum ChatEventKind { AddToCart }
