namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Re-reads the products of the page about to be shown, with their variants and images, in one round trip: what the
/// shopper sees (price, sizes in stock) is what the database says now, not what the snapshot said.
/// </summary>
internal static class PageReader
{
    private const string Ids = "SELECT value FROM json_each($ids)";

    // No ORDER BY: SQLite would sort the rows, strings and all, in a temporary b-tree (as long as the rest of the
    // query at 50,000 products); sorting a few dozen rows by id here costs nothing.
    private const string Sql =
        $"SELECT Id, Handle, Title FROM Products WHERE Id IN ({Ids});" +
        $"SELECT ProductId, Id, Size, Color, ColorFamily, Price, CompareAtPrice, Stock FROM Variants WHERE ProductId IN ({Ids});" +
        $"SELECT ProductId, Position, Id, Url, Color FROM ProductImages WHERE ProductId IN ({Ids})";

    /// <summary>The products that still exist, by id, with variants in id order and images in position order.</summary>
    public static async Task<Dictionary<int, FreshProduct>> ReadAsync(SqlRunner sql, IEnumerable<int> ids, CancellationToken ct)
    {
        var products = new Dictionary<int, FreshProduct>();
        var variants = new List<(int Product, int Id, VariantRow Row)>();
        var images = new List<(int Product, int Position, int Id, ImageRow Row)>();
        await using (var command = sql.Command(sql.IsPostgreSql ? PostgreSqlSearch.Page : Sql, ("$ids", "[" + string.Join(',', ids) + "]")))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) products[reader.GetInt32(0)] = new FreshProduct(reader.GetString(1), reader.GetString(2));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
                variants.Add((reader.GetInt32(0), reader.GetInt32(1), new VariantRow(reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.GetInt32(7))));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
                images.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), new ImageRow(reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4))));
        }
        foreach (var variant in variants.OrderBy(v => v.Id))
            if (products.TryGetValue(variant.Product, out var product)) product.Variants.Add(variant.Row);
        foreach (var image in images.OrderBy(i => i.Position).ThenBy(i => i.Id))
            if (products.TryGetValue(image.Product, out var product)) product.Images.Add(image.Row);
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
