namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Re-reads the products of the page about to be shown, with their variants and images, in one round trip: what the
/// shopper sees (price, sizes in stock) is what the database says now, not what the snapshot said.
/// </summary>
internal static class PageReader
{
    private const string Ids = "SELECT value FROM json_each($ids)";

    private const string Sql =
        $"SELECT Id, Handle, Title FROM Products WHERE Id IN ({Ids});" +
        $"SELECT ProductId, Size, Color, ColorFamily, Price, CompareAtPrice, Stock FROM Variants WHERE ProductId IN ({Ids}) ORDER BY ProductId, Id;" +
        $"SELECT ProductId, Url, Color FROM ProductImages WHERE ProductId IN ({Ids}) ORDER BY ProductId, Position, Id";

    /// <summary>The products that still exist, by id.</summary>
    public static async Task<Dictionary<int, FreshProduct>> ReadAsync(SqlRunner sql, IEnumerable<int> ids, CancellationToken ct)
    {
        var products = new Dictionary<int, FreshProduct>();
        await using var command = sql.Command(Sql, ("$ids", "[" + string.Join(',', ids) + "]"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) products[reader.GetInt32(0)] = new FreshProduct(reader.GetString(1), reader.GetString(2));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
            if (products.TryGetValue(reader.GetInt32(0), out var product))
                product.Variants.Add(new VariantRow(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4),
                    reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetInt32(6)));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
            if (products.TryGetValue(reader.GetInt32(0), out var product))
                product.Images.Add(new ImageRow(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return products;
    }
}

/// <summary>A product of the page as the database has it now.</summary>
internal sealed record FreshProduct(string Handle, string Title)
{
    public List<VariantRow> Variants { get; } = [];
    public List<ImageRow> Images { get; } = [];
}

internal sealed record ImageRow(string Url, string? Color);
