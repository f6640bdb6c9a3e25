using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Orders;

/// <summary>A change made to a tracked order (saved by the caller), or the reason it may no longer be made.</summary>
public sealed record AppliedChange(string? Refusal, string Reference = "", string EventType = "", object? EventData = null)
{
    public static AppliedChange Refused(string why) => new(why);
}

/// <summary>
/// Applies a confirmed action to the order, re-checking the store's rules as they stand now (the summary may be
/// minutes old): status, windows, returnable units, stock, and that the amounts are still the ones the shopper agreed
/// to. Refusal codes name a template: <c>status</c>, <c>window</c>, <c>returned</c>, <c>stock</c>, <c>changed</c>, <c>payment</c>.
/// </summary>
public sealed class OrderChanges(TailorDbContext db, StoreSettings settings)
{
    public Task<AppliedChange> ApplyAsync(OrderAction action, Order order, ActionDetails details, DateTimeOffset now, CancellationToken ct) =>
        action.Kind switch
        {
            OrderActionKind.Cancel => CancelAsync(action, order, details, now, ct),
            OrderActionKind.ChangeAddress => Task.FromResult(ChangeAddress(action, order, details)),
            OrderActionKind.ChangeItem => ChangeItemAsync(action, order, details, ct),
            OrderActionKind.ChangePayment => ChangePaymentAsync(action, order, details, now, ct),
            OrderActionKind.Return => ReturnAsync(action, order, details, now, ct),
            _ => ExchangeAsync(action, order, details, now, ct),
        };

    private async Task<AppliedChange> CancelAsync(OrderAction action, Order order, ActionDetails details, DateTimeOffset now, CancellationToken ct)
    {
        if (!order.CanCancel(settings)) return AppliedChange.Refused("status");
        order.Status = OrderStatus.Cancelled;
        order.CancelledAt = now;
        order.CancellationReason = details.Reason;
        // The units go back on sale.
        var variants = await VariantsAsync(order.Lines.Select(l => l.Sku), ct);
        foreach (var line in order.Lines)
            if (variants.GetValueOrDefault(line.Sku) is { } variant) variant.Stock += line.Quantity;
        return new AppliedChange(null, action.Reference, "order.cancelled", OrderEvents.Cancelled(order, order.Total));
    }

    private AppliedChange ChangeAddress(OrderAction action, Order order, ActionDetails details)
    {
        if (!order.CanChange(settings)) return AppliedChange.Refused("status");
        if (details.NewAddress is not { } address) return AppliedChange.Refused("changed");
        order.ShippingAddress = address with { };
        return new AppliedChange(null, action.Reference, "order.address_changed", OrderEvents.AddressChanged(order));
    }

    private async Task<AppliedChange> ChangePaymentAsync(OrderAction action, Order order, ActionDetails details, DateTimeOffset now, CancellationToken ct)
    {
        if (!order.CanChange(settings)) return AppliedChange.Refused("status");
        if (details.NewPayment is not { } method || order.Total != details.Amount) return AppliedChange.Refused("changed");
        // Still saved on the account, and still able to pay (a card may have expired, a gift card been spent since).
        var saved = order.CustomerId is { } id
            ? await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => c.PaymentMethods).FirstOrDefaultAsync(ct) ?? []
            : [];
        if (!saved.Contains(method)) return AppliedChange.Refused("changed");
        if (!method.CanPay(order.Total, now)) return AppliedChange.Refused("payment");
        var previous = order.Payment;
        order.Payment = PaymentWording.OnOrder(method);
        return new AppliedChange(null, action.Reference, "order.payment_changed", OrderEvents.PaymentChanged(order, previous));
    }

    private async Task<AppliedChange> ChangeItemAsync(OrderAction action, Order order, ActionDetails details, CancellationToken ct)
    {
        if (!order.CanChange(settings)) return AppliedChange.Refused("status");
        if (details.Lines is not [{ ToSku: { } toSku } change] || order.Lines.FirstOrDefault(l => l.Id == change.OrderLineId) is not { } line)
            return AppliedChange.Refused("changed");
        var variants = await VariantsAsync([line.Sku, toSku], ct);
        if (variants.GetValueOrDefault(toSku) is not { } target || target.Stock < line.Quantity) return AppliedChange.Refused("stock");
        var perUnit = PriceStep(line, variants.GetValueOrDefault(line.Sku), target);
        if (perUnit * line.Quantity != details.Amount) return AppliedChange.Refused("changed");

        if (variants.GetValueOrDefault(line.Sku) is { } previous) previous.Stock += line.Quantity;
        target.Stock -= line.Quantity;
        var from = line.Sku;
        (line.Sku, line.Size, line.Color, line.Options) = (target.Sku, target.Size, target.Color, [.. target.Options]);
        line.UnitPrice += perUnit;
        line.Discount = Math.Min(line.Discount, line.UnitPrice * line.Quantity);
        order.RecalculateTotals(order.ShippingCost);
        return new AppliedChange(null, action.Reference, "order.item_changed", OrderEvents.ItemChanged(order, from, line, details.Amount));
    }

    private async Task<AppliedChange> ReturnAsync(OrderAction action, Order order, ActionDetails details, DateTimeOffset now, CancellationToken ct)
    {
        // Units first: an order whose every unit is already coming back is "returned", not out of its window.
        if (await UnitsAsync(order, details, ct) is not { } units) return AppliedChange.Refused("returned");
        if (!order.IsWithinReturnWindow(settings, now)) return AppliedChange.Refused("window");
        var reason = details.Reason ?? "";
        var refund = order.RefundFor(settings, units, reason);
        if (refund != details.Amount) return AppliedChange.Refused("changed");

        var request = NewRequest(action, order, ReturnKind.Return, reason, now);
        request.RefundMethod = details.Refund ?? RefundMethod.OriginalPayment;
        request.RefundAmount = refund;
        request.Fee = order.ReturnFee(settings, reason);
        request.Lines = units.Select(u => new ReturnLine { OrderLineId = u.Line.Id, Sku = u.Line.Sku, Quantity = u.Quantity, ReasonCode = reason }).ToList();
        SendBack(order, units);
        db.Returns.Add(request);
        return new AppliedChange(null, request.Rma, "return.created", OrderEvents.ReturnCreated(order, request));
    }

    private async Task<AppliedChange> ExchangeAsync(OrderAction action, Order order, ActionDetails details, DateTimeOffset now, CancellationToken ct)
    {
        if (details.Lines is not [{ ToSku: { } toSku } swap] || await UnitsAsync(order, details, ct) is not [var unit]) return AppliedChange.Refused("returned");
        if (!order.IsWithinExchangeWindow(settings, now)) return AppliedChange.Refused("window");
        var variants = await VariantsAsync([unit.Line.Sku, toSku], ct);
        if (variants.GetValueOrDefault(toSku) is not { } target || target.Stock < swap.Quantity) return AppliedChange.Refused("stock");
        var difference = PriceStep(unit.Line, variants.GetValueOrDefault(unit.Line.Sku), target) * swap.Quantity;
        if (difference != details.Amount) return AppliedChange.Refused("changed");

        var reason = details.Reason ?? "";
        var request = NewRequest(action, order, ReturnKind.Exchange, reason, now);
        request.PriceDifference = difference;
        request.Lines = [new ReturnLine { OrderLineId = unit.Line.Id, Sku = unit.Line.Sku, Quantity = swap.Quantity, ReasonCode = reason, ExchangeSku = toSku }];
        // The replacement is held for this exchange until it is sent.
        target.Stock -= swap.Quantity;
        db.StockReservations.Add(new StockReservation { Sku = toSku, Quantity = swap.Quantity, Rma = request.Rma, CreatedAt = now });
        SendBack(order, [unit]);
        db.Returns.Add(request);
        return new AppliedChange(null, request.Rma, "exchange.created", OrderEvents.ReturnCreated(order, request));
    }

    /// <summary>What one unit of the new variant costs more (or less) than the one bought, at today's list prices.</summary>
    public static decimal PriceStep(OrderLine line, Variant? bought, Variant target) =>
        target.Price - (bought?.Price ?? line.UnitPrice);

    // The units asked for, if every one of them may still go back under policy.
    private async Task<List<(OrderLine Line, int Quantity)>?> UnitsAsync(Order order, ActionDetails details, CancellationToken ct)
    {
        var handles = order.Lines.Select(l => l.ProductHandle).ToList();
        var finalSale = await db.Products.Where(p => p.FinalSale && handles.Contains(p.Handle)).Select(p => p.Handle).ToListAsync(ct);
        var units = new List<(OrderLine, int)>();
        foreach (var wanted in details.Lines)
        {
            if (order.Lines.FirstOrDefault(l => l.Id == wanted.OrderLineId) is not { } line || wanted.Quantity < 1
                || !line.IsReturnable(settings, finalSale.Contains(line.ProductHandle)) || line.ReturnableQuantity() < wanted.Quantity)
                return null;
            units.Add((line, wanted.Quantity));
        }
        return units.Count == 0 ? null : units;
    }

    private static ReturnRequest NewRequest(OrderAction action, Order order, ReturnKind kind, string reason, DateTimeOffset now) => new()
    {
        Rma = RmaNumber.New(),
        OrderId = order.Id,
        OrderNumber = order.Number,
        Kind = kind,
        // The label is issued at once: the shopper prints it from the link in the confirmation.
        Status = ReturnStatus.LabelIssued,
        Reason = reason,
        ConfirmationId = action.Reference,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static void SendBack(Order order, IEnumerable<(OrderLine Line, int Quantity)> units)
    {
        foreach (var (line, quantity) in units) line.ReturnedQuantity += quantity;
        order.Status = order.Lines.All(l => l.ReturnedQuantity >= l.Quantity) ? OrderStatus.Returned : OrderStatus.PartiallyReturned;
    }

    private async Task<Dictionary<string, Variant>> VariantsAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        var wanted = skus.Distinct().ToList();
        return await db.Variants.Where(v => wanted.Contains(v.Sku)).ToDictionaryAsync(v => v.Sku, ct);
    }
}
