using Tailor.Assistant.Skills.Search;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>Reads every order line that counts as a purchase (not cancelled, not wholly returned), mapped onto a catalog snapshot.</summary>
internal static class PurchaseReader
{
    // Order lines name products by handle, as the shopper bought them; a product since removed from the catalog is skipped.
    private const string Sql =
        "SELECT o.Id, ifnull(o.CustomerId, -1), o.PlacedAt, l.ProductHandle, l.UnitPrice, l.Size, l.Quantity, l.ReturnedQuantity " +
        "FROM OrderLines l JOIN Orders o ON o.Id = l.OrderId WHERE o.Status <> 'Cancelled'";

    public static async Task<List<Purchase>> ReadAsync(SqlRunner sql, CatalogSnapshot snapshot, CancellationToken ct)
    {
        var indexOfHandle = new Dictionary<string, int>(snapshot.Handles.Length, StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Handles.Length; i++) indexOfHandle.TryAdd(snapshot.Handles[i], i);
        var purchases = new List<Purchase>();
        await using var command = sql.Command(Sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // A line sent back in full says the shopper did not want it after all.
            if (reader.GetInt32(7) >= reader.GetInt32(6)) continue;
            if (!indexOfHandle.TryGetValue(reader.GetString(3), out var product)) continue;
            purchases.Add(new Purchase(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), product, reader.GetDouble(4),
                snapshot.Sizes.CodeOf(reader.GetString(5))));
        }
        return purchases;
    }

    /// <summary>Lines and the latest order id: what changes when an order is placed, cancelled or returned.</summary>
    public const string FingerprintSql =
        "SELECT (SELECT count(*) FROM OrderLines), (SELECT ifnull(max(Id), 0) FROM Orders), " +
        "(SELECT count(*) FROM Orders WHERE Status = 'Cancelled'), (SELECT ifnull(sum(ReturnedQuantity), 0) FROM OrderLines)";
}
