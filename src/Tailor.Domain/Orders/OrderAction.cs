namespace Tailor.Domain.Orders;

/// <summary>
/// A change to an order that the assistant summarised and asked the shopper to confirm, and what came of it. Nothing
/// happens to the order until the shopper says yes; the reference makes the change happen at most once.
/// </summary>
public sealed class OrderAction
{
    public int Id { get; set; }
    /// <summary>Random reference quoted in the confirmation, and the idempotency key of what the action creates.</summary>
    public required string Reference { get; set; }
    public required string ConversationId { get; set; }
    /// <summary>The order changed; null for a change to the customer's account (<see cref="OrderActionKind.ChangeAccountAddress"/>).</summary>
    public int? OrderId { get; set; }
    public string? OrderNumber { get; set; }
    /// <summary>The account an account change is for; set for account changes only.</summary>
    public int? CustomerId { get; set; }
    public OrderActionKind Kind { get; set; }
    public OrderActionStatus Status { get; set; } = OrderActionStatus.Proposed;
    /// <summary>The summary the shopper agreed to (lines, reason, refund, new variant or address), as JSON.</summary>
    public string DetailsJson { get; set; } = "{}";
    /// <summary>What the action produced: the RMA number of a return or exchange, else the reference itself.</summary>
    public string? Result { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

public enum OrderActionKind { Cancel, ChangeAddress, ChangeItem, Return, Exchange, ChangePayment, ChangeAccountAddress }

/// <summary>Proposed: waiting for a yes. Done: carried out. Declined: the shopper said no. Refused: the order no longer allowed it.</summary>
public enum OrderActionStatus { Proposed, Done, Declined, Refused }
