namespace Tailor.Domain.Returns;

/// <summary>A return or exchange authorised for an order (RMA), with the lines, reason and refund.</summary>
public sealed class ReturnRequest
{
    public int Id { get; set; }
    /// <summary>The RMA number shoppers quote, e.g. "RMA-7F3K2Q9XHD" (<see cref="RmaNumber"/>).</summary>
    public required string Rma { get; set; }
    public int OrderId { get; set; }
    public required string OrderNumber { get; set; }
    public ReturnKind Kind { get; set; } = ReturnKind.Return;
    public ReturnStatus Status { get; set; } = ReturnStatus.Requested;
    public string Reason { get; set; } = "";
    public RefundMethod RefundMethod { get; set; } = RefundMethod.OriginalPayment;
    public decimal RefundAmount { get; set; }
    public decimal Fee { get; set; }
    /// <summary>For an exchange: what the new items cost more (positive, the shopper pays) or less (negative, refunded).</summary>
    public decimal PriceDifference { get; set; }
    /// <summary>The confirmed order action that created this request: at most one request per order and confirmation.</summary>
    public string? ConfirmationId { get; set; }
    public List<ReturnLine> Lines { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Units of one order line coming back, and for an exchange the SKU going out instead.</summary>
public sealed record ReturnLine
{
    public int OrderLineId { get; init; }
    public string Sku { get; init; } = "";
    public int Quantity { get; init; }
    public string ReasonCode { get; init; } = "";
    public string? ExchangeSku { get; init; }
}

public enum ReturnKind { Return, Exchange }
public enum ReturnStatus { Requested, LabelIssued, InTransit, Received, Refunded, Exchanged, Rejected, Cancelled }
public enum RefundMethod { OriginalPayment, GiftCard, StoreCredit }
