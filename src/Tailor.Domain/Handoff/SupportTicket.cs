namespace Tailor.Domain.Handoff;

/// <summary>
/// A shopper's message left for the team when no one could take the chat (outside opening hours, or no agent online):
/// the e-mail to answer and what they need, listed in the agent console until an agent closes it.
/// </summary>
public sealed class SupportTicket
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public required string Email { get; set; }
    /// <summary>The shopper's message, masked like every shopper text.</summary>
    public required string Message { get; set; }
    /// <summary>Whether the team was closed when the shopper asked, rather than just busy.</summary>
    public bool OutsideOpeningHours { get; set; }
    public TicketStatus Status { get; set; } = TicketStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>Display name of the agent who closed it.</summary>
    public string? ClosedBy { get; set; }
}

public enum TicketStatus { Open, Closed }
