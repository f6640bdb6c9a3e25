using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The full-text index of the catalog: an SQLite FTS5 table kept in step with <c>Products</c> by triggers, so imports,
/// the demo writer and the admin API need no code of their own to keep search current.
/// </summary>
/// <remarks>
/// The table is contentless (it stores the index, not a second copy of every description) with contentless_delete,
/// so the triggers can remove a product's old entry by rowid. Rowid = <c>Products.Id</c>.
/// </remarks>
public static class ProductSearchIndex
{
    public const string Table = "product_search";

    /// <summary>Column weights for bm25, in column order: a word in the title counts most, one in the description least.</summary>
    internal const string Bm25 = $"bm25({Table}, 10.0, 3.0, 4.0, 2.0, 1.5, 1.0)";

    private const string Columns = "title, brand, category, attributes, tags, description";

    private static readonly string CreateTable =
        $"CREATE VIRTUAL TABLE {Table} USING fts5({Columns}, content='', contentless_delete=1, " +
        "tokenize='porter unicode61 remove_diacritics 2')";

    // Product columns whose change must reach the index; an UpdatedAt-only change must not re-index.
    private const string IndexedColumns = "Title, Brand, Category, CategoryPath, Attributes, Tags, Collections, Description";

    private static readonly (string Name, string Sql)[] Triggers =
    [
        ($"{Table}_after_insert",
            $"CREATE TRIGGER {Table}_after_insert AFTER INSERT ON Products BEGIN {Insert("new")} END"),
        ($"{Table}_after_update",
            $"CREATE TRIGGER {Table}_after_update AFTER UPDATE OF {IndexedColumns} ON Products BEGIN " +
            $"DELETE FROM {Table} WHERE rowid = old.Id; {Insert("new")} END"),
        ($"{Table}_after_delete",
            $"CREATE TRIGGER {Table}_after_delete AFTER DELETE ON Products BEGIN DELETE FROM {Table} WHERE rowid = old.Id; END"),
    ];

    /// <summary>
    /// Creates the index and its triggers when missing or when their definition changed (a migration that rebuilds
    /// <c>Products</c> drops triggers), and refills the index when it does not hold exactly one entry per product.
    /// Idempotent and cheap when all is in place; call it at startup after migrations (the first search calls it too).
    /// Returns false, doing nothing, on a database other than SQLite: product search is SQLite-only for now.
    /// </summary>
    public static async Task<bool> EnsureAsync(TailorDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) return await PostgreSqlProductSearchIndex.EnsureAsync(db, ct);
        if (!db.Database.IsSqlite()) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var sql = new SqlRunner(connection, transaction.GetDbTransaction());
        var existing = await SchemaAsync(sql, ct);

        var rebuild = existing.GetValueOrDefault(Table) != CreateTable;
        if (rebuild)
        {
            foreach (var (name, _) in Triggers) await sql.ExecuteAsync($"DROP TRIGGER IF EXISTS {name}", ct);
            await sql.ExecuteAsync($"DROP TABLE IF EXISTS {Table}", ct);
            await sql.ExecuteAsync(CreateTable, ct);
        }
        foreach (var (name, create) in Triggers)
        {
            if (!rebuild && existing.GetValueOrDefault(name) == create) continue;
            await sql.ExecuteAsync($"DROP TRIGGER IF EXISTS {name}", ct);
            await sql.ExecuteAsync(create, ct);
        }

        // FTS5 keeps one row per indexed product in its %_docsize shadow table: counting it is a b-tree count, where
        // count(*) on the index itself walks every entry (over a second at 50,000 products).
        var counts = await sql.ScalarsAsync($"SELECT (SELECT count(*) FROM {Table}_docsize), (SELECT count(*) FROM Products)", ct);
        if (rebuild || counts[0] != counts[1])
        {
            await sql.ExecuteAsync($"INSERT INTO {Table}({Table}) VALUES ('delete-all')", ct);
            await sql.ExecuteAsync($"INSERT INTO {Table}(rowid, {Columns}) SELECT p.Id, {Values("p")} FROM Products p", ct);
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// The snapshot's products whose text matches all (or any) of the words, with relevance; products added since
    /// the snapshot are left out until it refreshes. Each word is looked up once and kept with the snapshot (see
    /// <see cref="TextHitCache"/>); several words are put together from those.
    /// </summary>
    internal static async Task<TextHit[]> MatchAsync(SqlRunner sql, CatalogSnapshot snapshot, SearchText text, bool all, CancellationToken ct)
    {
        var expression = all ? text.All : text.Any;
        if (snapshot.TextHits.TryGet(expression, out var hits)) return hits;
        foreach (var phrase in text.Phrases)
            if (!snapshot.TextHits.TryGet(phrase, out _)) snapshot.TextHits.Add(phrase, await QueryAsync(sql, snapshot, phrase, ct));
        // The cache may have started over meanwhile: then ask the index for the whole expression.
        if (!snapshot.TextHits.TryCombine(text.Phrases, all, out hits)) hits = await QueryAsync(sql, snapshot, expression, ct);
        snapshot.TextHits.Add(expression, hits);
        return hits;
    }

    /// <summary>
    /// Resolves, in the background after a load, the words of the catalog's own vocabulary (categories, materials,
    /// colours, occasions…): they are the words in most products, the dearest for bm25, and the likeliest to be
    /// typed. Stops when a newer snapshot replaces this one.
    /// </summary>
    internal static async Task WarmAsync(SqlRunner sql, CatalogSnapshot snapshot, Func<bool> replaced, CancellationToken ct)
    {
        var values = new[] { snapshot.Categories, snapshot.Materials, snapshot.Patterns, snapshot.Fits, snapshot.Occasions,
            snapshot.Seasons, snapshot.Styles, snapshot.Families, snapshot.Colors }.SelectMany(v => Enumerable.Range(0, v.Count).Select(c => v[c]));
        // Plurals are warmed in the singular too ("dresses", "dress"): the stemmer makes them the same word, but a
        // shopper may type either.
        var words = SearchText.Of(values, int.MaxValue).Tokens;
        var singulars = words.Where(w => w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)).Select(w => w[..^1]);
        foreach (var phrase in SearchText.Of(words.Concat(singulars), int.MaxValue).Phrases)
        {
            if (replaced()) return;
            if (!snapshot.TextHits.TryGet(phrase, out _)) snapshot.TextHits.Add(phrase, await QueryAsync(sql, snapshot, phrase, ct));
        }
    }

    /// <summary>The index's own answer for an FTS5 expression, uncached.</summary>
    internal static async Task<TextHit[]> QueryAsync(SqlRunner sql, CatalogSnapshot snapshot, string match, CancellationToken ct)
    {
        if (sql.IsPostgreSql) return await PostgreSqlProductSearchIndex.QueryAsync(sql, snapshot, match, ct);
        await using var command = sql.Command($"SELECT rowid, {Bm25} FROM {Table} WHERE {Table} MATCH $match", ("$match", match));
        var hits = new List<TextHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (snapshot.IndexOfId.TryGetValue(reader.GetInt32(0), out var index)) hits.Add(new TextHit(index, (float)-reader.GetDouble(1)));
        return hits.ToArray();
    }

    private static string Insert(string row) => $"INSERT INTO {Table}(rowid, {Columns}) VALUES ({row}.Id, {Values(row)});";

    /// <summary>
    /// The indexed text of a product row. Attributes: every text value of the JSON document (material, pattern, fit,
    /// neckline, sleeve, occasions, seasons, styles) without its keys, so "fit" or "material" match nothing; an
    /// attribute added later is indexed without a change here. Tags and collections are JSON arrays: the tokenizer
    /// drops the brackets and quotes.
    /// </summary>
    private static string Values(string row) =>
        $"{row}.Title, {row}.Brand, {row}.Category || ' ' || {row}.CategoryPath, " +
        $"(SELECT group_concat(value, ' ') FROM json_tree(CASE WHEN json_valid({row}.Attributes) THEN {row}.Attributes ELSE '{{}}' END) WHERE type = 'text'), " +
        $"{row}.Tags || ' ' || {row}.Collections, {row}.Description";

    private static async Task<Dictionary<string, string>> SchemaAsync(SqlRunner sql, CancellationToken ct)
    {
        await using var command = sql.Command($"SELECT name, sql FROM sqlite_master WHERE name = '{Table}' OR (type = 'trigger' AND name LIKE '{Table}%')");
        var schema = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) schema[reader.GetString(0)] = reader.IsDBNull(1) ? "" : reader.GetString(1);
        return schema;
    }
}
