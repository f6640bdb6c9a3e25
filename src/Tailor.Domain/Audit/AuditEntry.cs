namespace Tailor.Domain.Audit;

/// <summary>
/// A consequential change to store data: who made it, what it was, on what, when, and the state before and after
/// (personal details masked). Written in the same transaction as the change itself.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>"customer:cus_000001", "shopper:verified-by-email-code", "shopper:conversation" (one-time codes) or "store:webhook".</summary>
    public required string Actor { get; set; }
    public string? ConversationId { get; set; }
    /// <summary>What happened, e.g. "order.cancelled", "return.created".</summary>
    public required string Action { get; set; }
    /// <summary>The order number the change is about.</summary>
    public required string Subject { get; set; }
    /// <summary>The confirmation reference or RMA number quoted to the shopper.</summary>
    public string? Reference { get; set; }
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }
}
