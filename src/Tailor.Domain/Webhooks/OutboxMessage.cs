namespace Tailor.Domain.Webhooks;

/// <summary>
/// An event for the store's backend (a return created, an order cancelled…), written in the same transaction as the
/// change it reports and delivered afterwards, with retries, as a signed webhook.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    /// <summary>Unique per event; sent as the delivery id so the receiver can ignore a retried delivery.</summary>
    public required string EventId { get; set; }
    /// <summary>"return.created", "exchange.created", "order.cancelled", "order.address_changed", "order.item_changed".</summary>
    public required string Type { get; set; }
    public required string PayloadJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    /// <summary>Set when the retries ran out; the event stays here for an operator to look at.</summary>
    public DateTimeOffset? AbandonedAt { get; set; }
    public string? LastError { get; set; }
}
