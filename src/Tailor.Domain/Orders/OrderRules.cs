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
        order.Status is OrderStatus.Delivered or OrderStatus.PartiallyReturned
        && order.ReturnDeadline(settings) is { } deadline
        && DateOnly.FromDateTime(now.UtcDateTime) <= deadline;

    /// <summary>Whether a line may be returned under policy: not excluded by category, not final sale, units left.</summary>
    public static bool IsReturnable(this OrderLine line, StoreSettings settings, bool finalSale) =>
        !finalSale
        && !settings.Returns.ExcludedCategories.Contains(line.Category, StringComparer.OrdinalIgnoreCase)
        && line.ReturnedQuantity < line.Quantity;
}
