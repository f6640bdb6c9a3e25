using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The full-text index of the catalog on PostgreSQL: one weighted tsvector per product in <c>product_search</c>, kept
/// in step with <c>products</c> by a trigger (and by a foreign key that deletes with the product), ranked by ts_rank_cd.
/// It answers the same expressions as the SQLite FTS5 index (<see cref="SearchText"/> writes them), so search above it
/// does not know which engine it runs on.
/// </summary>
/// <remarks>
/// Weights follow the FTS5 column weights: the title counts most (A), then brand and category (B), then attributes,
/// tags and collections (C), and the description least (D). The 'english' configuration stems as FTS5's porter
/// tokenizer does ("dresses" finds "dress"); unlike FTS5's unicode61 it keeps diacritics.
/// </remarks>
internal static partial class PostgreSqlProductSearchIndex
{
    private const string Table = ProductSearchIndex.Table;

    /// <summary>Changes when the document or the trigger changes: the index is then refilled.</summary>
    private const string Version = "tailor-product-search-1";

    private const string Document =
        "setweight(to_tsvector('english', coalesce(p.title, '')), 'A') || " +
        "setweight(to_tsvector('english', coalesce(p.brand, '') || ' ' || coalesce(p.category, '') || ' ' || coalesce(p.categorypath, '')), 'B') || " +
        "setweight(to_tsvector('english', coalesce((SELECT string_agg(v #>> '{}', ' ') FROM jsonb_path_query(p.attributes, 'strict $.** ? (@.type() == \"string\")') v), '') " +
        "|| ' ' || array_to_string(p.tags, ' ') || ' ' || array_to_string(p.collections, ' ')), 'C') || " +
        "setweight(to_tsvector('english', coalesce(p.description, '')), 'D')";

    private static readonly string[] Schema =
    [
        $"CREATE TABLE IF NOT EXISTS {Table} (productid integer PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE, document tsvector NOT NULL)",
        $"CREATE INDEX IF NOT EXISTS ix_{Table}_document ON {Table} USING gin (document)",
        $"CREATE OR REPLACE FUNCTION {Table}_document(p products) RETURNS tsvector LANGUAGE sql STABLE AS $$ SELECT {Document} $$",
        $"CREATE OR REPLACE FUNCTION {Table}_refresh() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
        $"INSERT INTO {Table} (productid, document) VALUES (NEW.id, {Table}_document(NEW)) " +
        "ON CONFLICT (productid) DO UPDATE SET document = excluded.document; RETURN NULL; END $$",
        // Only the indexed columns: a stock or UpdatedAt-only change must not re-index.
        $"CREATE OR REPLACE TRIGGER {Table}_after_write AFTER INSERT OR UPDATE OF title, brand, category, categorypath, attributes, tags, " +
        $"collections, description ON products FOR EACH ROW EXECUTE FUNCTION {Table}_refresh()",
    ];

    /// <summary>
    /// Creates the index and its trigger when missing, and refills the index when its definition changed or it does
    /// not hold exactly one entry per product. Idempotent; concurrent nodes serialise on an advisory lock.
    /// </summary>
    public static async Task<bool> EnsureAsync(TailorDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sql = await SqlRunner.OpenAsync(db, ct);
        await sql.ExecuteAsync($"SELECT pg_advisory_xact_lock(hashtext('{Table}'))", ct);
        foreach (var statement in Schema) await sql.ExecuteAsync(statement, ct);
        await using (var command = sql.Command($"SELECT obj_description('{Table}'::regclass, 'pg_class')"))
        {
            var version = await command.ExecuteScalarAsync(ct) as string;
            var counts = await sql.ScalarsAsync($"SELECT (SELECT count(*) FROM {Table}), (SELECT count(*) FROM products)", ct);
            if (version != Version || counts[0] != counts[1])
            {
                await sql.ExecuteAsync($"TRUNCATE {Table}", ct);
                await sql.ExecuteAsync($"INSERT INTO {Table} (productid, document) SELECT p.id, {Table}_document(p) FROM products p", ct);
                await sql.ExecuteAsync($"COMMENT ON TABLE {Table} IS '{Version}'", ct);
            }
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// The index's answer for an FTS5 expression of <see cref="SearchText"/>, uncached. A product's relevance is the sum
    /// of each word's rank, as bm25's is: the search cache puts several words together from each word's hits by adding
    /// them, and must get what the index would answer.
    /// </summary>
    public static async Task<TextHit[]> QueryAsync(SqlRunner sql, CatalogSnapshot snapshot, string match, CancellationToken ct)
    {
        var terms = Terms(match);
        if (terms.Count == 0) return [];
        var query = string.Join(match.Contains(" OR ", StringComparison.Ordinal) ? " | " : " & ", terms);
        // Weights in ts_rank_cd's order {D, C, B, A}, in the proportions of the FTS5 column weights. In id order, as FTS5
        // returns rowids: the cache merges hit lists in that order.
        var rank = string.Join(" + ", terms.Select((_, i) => $"ts_rank_cd('{{0.1, 0.2, 0.35, 1.0}}', s.document, to_tsquery('english', @t{i}))"));
        await using var command = sql.Command(
            $"SELECT s.productid, ({rank})::real FROM {Table} s WHERE s.document @@ to_tsquery('english', @query) ORDER BY s.productid",
            [("query", query), .. terms.Select((term, i) => ($"t{i}", (object?)term))]);
        var hits = new List<TextHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (snapshot.IndexOfId.TryGetValue(reader.GetInt32(0), out var index)) hits.Add(new TextHit(index, reader.GetFloat(1)));
        return hits.ToArray();
    }

    /// <summary>
    /// The quoted phrases of an FTS5 expression (joined by AND or by OR) as tsquery terms, a prefix as <c>word:*</c>.
    /// Only the letters and digits of each phrase are kept, so nothing a shopper typed reaches tsquery as syntax.
    /// </summary>
    internal static List<string> Terms(string match) =>
        Phrase().Matches(match)
            .Select(m => (Word: new string(m.Groups[1].Value.Where(char.IsLetterOrDigit).ToArray()), Prefix: m.Groups[2].Success))
            .Where(t => t.Word.Length > 0)
            .Select(t => t.Prefix ? t.Word + ":*" : t.Word)
            .ToList();

    [GeneratedRegex("\"([^\"]*)\"(\\*)?")]
    private static partial Regex Phrase();
}
