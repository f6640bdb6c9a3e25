namespace Tailor.Domain.Handoff;

/// <summary>An agent's internal note on a chat: seen by agents in the console, never by the shopper.</summary>
public sealed class AgentNote
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public long HandoffId { get; set; }
    public required string AgentId { get; set; }
    public required string AgentName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
