using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Orders;

namespace Tailor.Store.Persistence;

/// <summary>Finds an order by a number as a shopper or an admin typed it: case, "#", spaces and the store's prefix don't matter.</summary>
public static class OrderLookup
{
    /// <summary>Orders the typed number may mean, the exact spelling first.</summary>
    public static IQueryable<Order> WithNumber(this IQueryable<Order> orders, string typed, string? storePrefix)
    {
        var keys = OrderNumber.LookupKeys(typed, storePrefix);
        var exact = typed.Trim();
        return orders.Where(o => keys.Contains(o.NumberKey)).OrderBy(o => o.Number == exact ? 0 : 1).ThenBy(o => o.Id);
    }

    /// <summary>The number the order is stored under, or null when no order has it.</summary>
    public static Task<string?> StoredNumberAsync(this IQueryable<Order> orders, string typed, string? storePrefix, CancellationToken ct) =>
        orders.WithNumber(typed, storePrefix).Select(o => o.Number).FirstOrDefaultAsync(ct);
}
