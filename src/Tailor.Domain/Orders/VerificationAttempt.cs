namespace Tailor.Domain.Orders;

/// <summary>
/// One try at proving access to an order with its number and the e-mail or postcode on it. Failures are counted per
/// conversation and per order number to lock out guessing; the details typed are never stored.
/// </summary>
public sealed class VerificationAttempt
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    /// <summary>The order number as typed and normalised, whether or not such an order exists.</summary>
    public required string OrderNumber { get; set; }
    public bool Succeeded { get; set; }
    public DateTimeOffset At { get; set; }
}
