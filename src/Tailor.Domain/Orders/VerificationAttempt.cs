namespace Tailor.Domain.Orders;

/// <summary>
/// One try at proving access to an order with its number and the e-mail or postcode on it. Failures are counted per
/// (order, client) and per client to lock out guessing without letting a stranger lock the owner out; the details typed
/// are never stored.
/// </summary>
public sealed class VerificationAttempt
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    /// <summary>The order number as typed and normalised, whether or not such an order exists.</summary>
    public required string OrderNumber { get; set; }
    /// <summary>A keyed hash of the client's network address (never the address itself); null when it is not known.</summary>
    public string? ClientKey { get; set; }
    public bool Succeeded { get; set; }
    public DateTimeOffset At { get; set; }
}
