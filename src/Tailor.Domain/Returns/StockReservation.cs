namespace Tailor.Domain.Returns;

/// <summary>
/// Units of a variant set aside for an exchange: taken off sale stock when the exchange is confirmed, sent when the
/// exchange goes out, or put back on sale when the exchange is cancelled or rejected.
/// </summary>
public sealed class StockReservation
{
    public int Id { get; set; }
    public required string Sku { get; set; }
    public int Quantity { get; set; }
    /// <summary>The RMA number of the exchange holding the units.</summary>
    public required string Rma { get; set; }
    public ReservationStatus Status { get; set; } = ReservationStatus.Held;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}

public enum ReservationStatus { Held, Fulfilled, Released }
