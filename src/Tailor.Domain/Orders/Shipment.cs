namespace Tailor.Domain.Orders;

/// <summary>A parcel on its way: carrier, tracking number, expected delivery and the carrier's scan events.</summary>
public sealed class Shipment
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public required string Carrier { get; set; }
    public required string TrackingNumber { get; set; }
    public string? TrackingUrl { get; set; }
    public DateTimeOffset ShippedAt { get; set; }
    public DateOnly? EstimatedDelivery { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public List<TrackingEvent> Events { get; set; } = [];
}

/// <summary>One carrier scan: when, where and what happened.</summary>
public sealed record TrackingEvent
{
    public DateTimeOffset At { get; init; }
    public string Place { get; init; } = "";
    public TrackingStatus Status { get; init; }
    public string Description { get; init; } = "";
}

public enum TrackingStatus { LabelCreated, PickedUp, InTransit, OutForDelivery, Delivered, Exception }
