using Tailor.Domain.Settings;

namespace Tailor.Domain.Orders;

/// <summary>What the store's policy allows for an order right now; every answer and action checks here.</summary>
public static class OrderRules
{
    public static bool CanCancel(this Order order, StoreSettings settings) =>
        settings.CancellableStatuses.Contains(order.Status);

    public static bool CanChange(this Order order, StoreSettings settings) =>
        settings.ChangeableStatuses.Contains(order.Status);

    /// <summary>The last day a return may be started, or null when the order has not been delivered.</summary>
    public static DateOnly? ReturnDeadline(this Order order, StoreSettings settings) =>
        order.DeliveredAt is { } delivered
            ? DateOnly.FromDateTime(delivered.UtcDateTime).AddDays(settings.Returns.WindowDays)
            : null;

    public static bool IsWithinReturnWindow(this Order order, StoreSettings settings, DateTimeOffset now) =>
        IsDelivered(order) && order.ReturnDeadline(settings) is { } deadline && DateOnly.FromDateTime(now.UtcDateTime) <= deadline;

    /// <summary>The last day an exchange may be started, or null when the order has not been delivered.</summary>
    public static DateOnly? ExchangeDeadline(this Order order, StoreSettings settings) =>
        order.DeliveredAt is { } delivered
            ? DateOnly.FromDateTime(delivered.UtcDateTime).AddDays(settings.Returns.ExchangeWindowDays)
            : null;

    public static bool IsWithinExchangeWindow(this Order order, StoreSettings settings, DateTimeOffset now) =>
        IsDelivered(order) && order.ExchangeDeadline(settings) is { } deadline && DateOnly.FromDateTime(now.UtcDateTime) <= deadline;

    /// <summary>Whether a line may be returned under policy: not excluded by category, not final sale, units left.</summary>
    public static bool IsReturnable(this OrderLine line, StoreSettings settings, bool finalSale) =>
        line.WhyNotReturnable(settings, finalSale) == ReturnBlock.None;

    /// <summary>Why a line cannot go back, or <see cref="ReturnBlock.None"/> when it can.</summary>
    public static ReturnBlock WhyNotReturnable(this OrderLine line, StoreSettings settings, bool finalSale) =>
        finalSale ? ReturnBlock.FinalSale
        : settings.Returns.ExcludedCategories.Contains(line.Category, StringComparer.OrdinalIgnoreCase) ? ReturnBlock.ExcludedCategory
        : line.ReturnedQuantity >= line.Quantity ? ReturnBlock.AlreadyReturned
        : ReturnBlock.None;

    /// <summary>Units of the line that have not been sent back yet.</summary>
    public static int ReturnableQuantity(this OrderLine line) => Math.Max(0, line.Quantity - line.ReturnedQuantity);

    /// <summary>
    /// Return postage the shopper pays: nothing for a faulty or wrong item, else the home or international fee by
    /// where the order was delivered.
    /// </summary>
    public static decimal ReturnFee(this Order order, StoreSettings settings, string reasonCode) =>
        settings.Returns.FreeReturnReasons.Contains(reasonCode, StringComparer.OrdinalIgnoreCase) ? 0
        : string.Equals(order.ShippingAddress.Country, settings.HomeCountry, StringComparison.OrdinalIgnoreCase) ? settings.Returns.ReturnFee
        : settings.Returns.InternationalReturnFee;

    /// <summary>
    /// What a return of these units refunds: what was paid for them after discounts, less the return fee, plus the
    /// delivery charge when the whole order comes back faulty or wrong (the refunds page promises exactly that).
    /// </summary>
    public static decimal RefundFor(this Order order, StoreSettings settings, IReadOnlyList<(OrderLine Line, int Quantity)> units, string reasonCode)
    {
        var paid = units.Sum(u => u.Line.PaidPerUnit * u.Quantity);
        var wholeOrder = order.Lines.All(l => l.ReturnedQuantity + units.Where(u => u.Line == l).Sum(u => u.Quantity) >= l.Quantity);
        var delivery = wholeOrder && settings.Returns.FreeReturnReasons.Contains(reasonCode, StringComparer.OrdinalIgnoreCase) ? order.ShippingCost : 0;
        return Math.Max(0, paid + delivery - order.ReturnFee(settings, reasonCode));
    }

    private static bool IsDelivered(Order order) => order.Status is OrderStatus.Delivered or OrderStatus.PartiallyReturned;
}

/// <summary>Why an order line cannot be returned.</summary>
public enum ReturnBlock { None, FinalSale, ExcludedCategory, AlreadyReturned }
