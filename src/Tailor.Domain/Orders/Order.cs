using Tailor.Domain.Customers;

namespace Tailor.Domain.Orders;

/// <summary>A placed order with its lines, money, payment, destination, status history and shipments.</summary>
public sealed class Order
{
    public int Id { get; set; }
    private string number = "";

    /// <summary>The number shoppers quote, exactly as the store writes it: "TL-100023", "#1001", "W2378156".</summary>
    public required string Number
    {
        get => number;
        set
        {
            number = value;
            NumberKey = OrderNumber.Key(value);
        }
    }

    /// <summary>The number's letters and digits in capitals (<see cref="OrderNumber.Key"/>), which look-ups compare.</summary>
    public string NumberKey { get; private set; } = "";
    public int? CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public required string Email { get; set; }
    public OrderStatus Status { get; set; } = OrderStatus.Pending;
    public string Currency { get; set; } = "GBP";
    public List<OrderLine> Lines { get; set; } = [];
    public decimal Subtotal { get; set; }
    public decimal Discount { get; set; }
    public decimal ShippingCost { get; set; }
    public decimal Total { get; set; }
    public string? PromotionCode { get; set; }
    public PaymentMethod Payment { get; set; } = new();
    public Address ShippingAddress { get; set; } = new();
    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ShippedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Why the shopper cancelled, as one of the store's cancellation reason codes.</summary>
    public string? CancellationReason { get; set; }
    public List<Shipment> Shipments { get; set; } = [];

    /// <summary>Sets subtotal, discount and total from the lines and the given shipping cost.</summary>
    public void RecalculateTotals(decimal shippingCost)
    {
        Subtotal = Lines.Sum(l => l.UnitPrice * l.Quantity);
        Discount = Lines.Sum(l => l.Discount);
        ShippingCost = shippingCost;
        Total = Subtotal - Discount + ShippingCost;
    }
}

public enum OrderStatus { Pending, Processing, Shipped, Delivered, Cancelled, Returned, PartiallyReturned }

/// <summary>How the order was paid; only the type and the last four digits are kept.</summary>
public sealed record PaymentMethod
{
    public string Type { get; init; } = "card";
    public string? Brand { get; init; }
    public string? Last4 { get; init; }
}
