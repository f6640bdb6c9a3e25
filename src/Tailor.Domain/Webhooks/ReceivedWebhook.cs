namespace Tailor.Domain.Webhooks;

/// <summary>A webhook delivery from the store already applied: a second delivery with the same id is a replay and is refused.</summary>
public sealed class ReceivedWebhook
{
    public long Id { get; set; }
    public required string DeliveryId { get; set; }
    public required string Type { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
