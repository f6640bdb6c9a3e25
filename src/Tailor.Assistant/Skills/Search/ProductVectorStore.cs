using System.Runtime.InteropServices;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The <c>product_vectors</c> table: one sentence vector per product, with the model version and a hash of the text it
/// was made from. A derived index like the FTS table (not an EF entity): it is checked and created at start, and a
/// trigger drops a deleted product's vector, so the catalog's own code needs to know nothing about it.
/// </summary>
internal static class ProductVectorStore
{
    public const string Table = "product_vectors";

    private const string CreateTable =
        $"CREATE TABLE {Table} (ProductId INTEGER NOT NULL PRIMARY KEY, TextHash TEXT NOT NULL, Model TEXT NOT NULL, Vector BLOB NOT NULL)";

    private const string DeleteTrigger = $"{Table}_after_delete";
    private const string CreateTrigger =
        $"CREATE TRIGGER {DeleteTrigger} AFTER DELETE ON Products BEGIN DELETE FROM {Table} WHERE ProductId = old.Id; END";

    /// <summary>Creates the table and its trigger when missing or when their definition changed (then the vectors are built again).</summary>
    public static async Task EnsureAsync(SqlRunner sql, CancellationToken ct)
    {
        if (sql.IsPostgreSql)
        {
            await sql.ExecuteAsync(PostgreSqlSearch.CreateVectorTable, ct);
            return;
        }
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = sql.Command($"SELECT name, sql FROM sqlite_master WHERE name IN ('{Table}', '{DeleteTrigger}')"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) existing[reader.GetString(0)] = reader.IsDBNull(1) ? "" : reader.GetString(1);
        if (existing.GetValueOrDefault(Table) != CreateTable)
        {
            await sql.ExecuteAsync($"DROP TABLE IF EXISTS {Table}", ct);
            await sql.ExecuteAsync(CreateTable, ct);
        }
        if (existing.GetValueOrDefault(DeleteTrigger) != CreateTrigger)
        {
            await sql.ExecuteAsync($"DROP TRIGGER IF EXISTS {DeleteTrigger}", ct);
            await sql.ExecuteAsync(CreateTrigger, ct);
        }
    }

    /// <summary>Every product with what its vector text is made of; colours are its variants' distinct colour names.</summary>
    public static async Task<List<ProductVectorText.Row>> ReadProductsAsync(SqlRunner sql, CancellationToken ct)
    {
        const string query =
            "SELECT p.Id, p.Title, p.Category, p.CategoryPath, p.Gender, p.Attributes FROM Products p ORDER BY p.Id";
        var rows = new List<ProductVectorText.Row>();
        await using var command = sql.Command(query);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? "{}" : reader.GetString(5)));
        return rows;
    }

    /// <summary>The text hash of each stored vector made by this model.</summary>
    public static async Task<Dictionary<int, string>> ReadHashesAsync(SqlRunner sql, string model, CancellationToken ct)
    {
        var hashes = new Dictionary<int, string>();
        await using var command = sql.Command($"SELECT ProductId, TextHash FROM {Table} WHERE Model = $model", ("$model", model));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) hashes[reader.GetInt32(0)] = reader.GetString(1);
        return hashes;
    }

    /// <summary>Stores vectors, replacing any older one of the same product, in one transaction.</summary>
    public static async Task WriteAsync(SqlRunner sql, IEnumerable<(int ProductId, string Hash, float[] Vector)> vectors, string model, CancellationToken ct)
    {
        await sql.ExecuteAsync(sql.IsPostgreSql ? "BEGIN" : "BEGIN IMMEDIATE", ct);
        try
        {
            await using var command = sql.Command(sql.IsPostgreSql ? PostgreSqlSearch.WriteVector :
                $"INSERT OR REPLACE INTO {Table} (ProductId, TextHash, Model, Vector) VALUES ($id, $hash, $model, $vector)",
                ("$id", 0), ("$hash", ""), ("$model", model), ("$vector", Array.Empty<byte>()));
            foreach (var (id, hash, vector) in vectors)
            {
                command.Parameters[0].Value = id;
                command.Parameters[1].Value = hash;
                command.Parameters[3].Value = MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
                await command.ExecuteNonQueryAsync(ct);
            }
            await sql.ExecuteAsync("COMMIT", ct);
        }
        catch
        {
            await sql.ExecuteAsync("ROLLBACK", CancellationToken.None);
            throw;
        }
    }

    /// <summary>All vectors of this model, in product id order, in one contiguous array.</summary>
    public static async Task<ProductVectors> LoadAsync(SqlRunner sql, string model, int dimensions, CancellationToken ct)
    {
        var rows = (int)(await sql.ScalarsAsync($"SELECT count(*) FROM {Table} WHERE Model = '{model.Replace("'", "''")}'", ct))[0];
        var ids = new List<int>(rows);
        // Allocated once at its full size: 50,000 products are 77 MB of floats, and a growing list would copy them twice.
        var data = new float[rows * dimensions];
        await using var command = sql.Command($"SELECT v.ProductId, v.Vector FROM {Table} v JOIN Products p ON p.Id = v.ProductId WHERE v.Model = $model ORDER BY v.ProductId",
            ("$model", model));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var bytes = new byte[dimensions * sizeof(float)];
        while (await reader.ReadAsync(ct) && ids.Count < rows)
        {
            if (reader.GetBytes(1, 0, bytes, 0, bytes.Length) != bytes.Length) continue;   // another length: another model's
            MemoryMarshal.Cast<byte, float>(bytes).CopyTo(data.AsSpan(ids.Count * dimensions, dimensions));
            ids.Add(reader.GetInt32(0));
        }
        return new ProductVectors(model, dimensions, ids.ToArray(), data);
    }
}
