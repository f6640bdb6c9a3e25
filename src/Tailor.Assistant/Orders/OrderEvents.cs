using System.Text.Json;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Webhooks;

namespace Tailor.Assistant.Orders;

/// <summary>
/// What order care tells the store's backend (outgoing webhook events) and writes to the audit log. Events carry what
/// the backend needs to act, the new address included; audit snapshots carry the address masked.
/// </summary>
public static class OrderEvents
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>An outbox row: delivered later, with retries, as <c>{ id, type, createdAt, data }</c>.</summary>
    public static OutboxMessage Outgoing(string type, object? data, DateTimeOffset now)
    {
        var id = "evt_" + Guid.CreateVersion7(now).ToString("N");
        return new OutboxMessage
        {
            EventId = id,
            Type = type,
            PayloadJson = JsonSerializer.Serialize(new { id, type, createdAt = now, data }, Json),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>The order as the audit log keeps it: status, money, lines and a masked delivery address.</summary>
    public static string Snapshot(Order order) => JsonSerializer.Serialize(new
    {
        status = StatusNames.Code(order.Status),
        order.Total,
        shippingAddress = OrderWording.MaskedAddress(order.ShippingAddress),
        payment = new { order.Payment.Type, order.Payment.Brand, order.Payment.Last4 },
        order.CancellationReason,
        lines = order.Lines.OrderBy(l => l.Id).Select(l => new { l.Id, l.Sku, l.Quantity, l.ReturnedQuantity, l.UnitPrice }),
    }, Json);

    public static object Cancelled(Order order, decimal refund) => new
    {
        orderNumber = order.Number,
        reason = order.CancellationReason,
        cancelledAt = order.CancelledAt,
        refund = new { amount = refund, currency = order.Currency, method = StatusNames.Code(RefundMethod.OriginalPayment) },
    };

    public static object AddressChanged(Order order) => new { orderNumber = order.Number, shippingAddress = order.ShippingAddress };

    public static object PaymentChanged(Order order, PaymentMethod previous) => new
    {
        orderNumber = order.Number,
        payment = new { order.Payment.Type, order.Payment.Brand, order.Payment.Last4 },
        previousPayment = new { previous.Type, previous.Brand, previous.Last4 },
        amount = order.Total,
        currency = order.Currency,
    };

    /// <summary>The account's new address, for the store's backend; the audit log keeps it masked.</summary>
    public static object AccountAddressChanged(Customer customer) => new { customerId = customer.ExternalId, address = customer.Addresses.FirstOrDefault() };

    /// <summary>The account's address as the audit log keeps it: masked.</summary>
    public static string AccountSnapshot(Customer customer) =>
        JsonSerializer.Serialize(new { address = customer.Addresses.FirstOrDefault() is { } address ? OrderWording.MaskedAddress(address) : null }, Json);

    public static object ItemChanged(Order order, string fromSku, OrderLine line, decimal priceDifference) => new
    {
        orderNumber = order.Number,
        line = new { fromSku, toSku = line.Sku, line.Quantity, line.Size, line.Color },
        priceDifference,
        currency = order.Currency,
        newTotal = order.Total,
    };

    public static object ReturnCreated(Order order, ReturnRequest request) => new
    {
        orderNumber = order.Number,
        request.Rma,
        kind = StatusNames.Code(request.Kind),
        status = StatusNames.Code(request.Status),
        request.Reason,
        refundMethod = StatusNames.Code(request.RefundMethod),
        request.RefundAmount,
        request.Fee,
        request.PriceDifference,
        currency = order.Currency,
        lines = request.Lines.Select(l => new { l.Sku, l.Quantity, reasonCode = l.ReasonCode, l.ExchangeSku }),
    };
}
