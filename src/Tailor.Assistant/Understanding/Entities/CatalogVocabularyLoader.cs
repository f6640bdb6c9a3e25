using Microsoft.EntityFrameworkCore;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Reads the catalog's vocabulary with a handful of DISTINCT queries, each one scan of its table: the values, never
/// the products, come back, so a 50,000-product store loads in well under a second.
/// </summary>
public static class CatalogVocabularyLoader
{
    // EF Core cannot flatten a JSON list on SQLite (it would need APPLY), so json_each does it in SQL;
    // UNION makes each (list, value) pair come back once.
    private const string SqliteListValues =
        "SELECT 'occasions' AS List, j.value AS Value FROM Products AS p, json_each(p.Attributes, '$.Occasions') AS j " +
        "UNION SELECT 'seasons', j.value FROM Products AS p, json_each(p.Attributes, '$.Seasons') AS j " +
        "UNION SELECT 'styles', j.value FROM Products AS p, json_each(p.Attributes, '$.Styles') AS j";

    public static async Task<CatalogVocabulary> LoadAsync(TailorDbContext db, string synonymsFile, CancellationToken ct)
    {
        var synonyms = ShopperSynonymsFile.Read(synonymsFile);
        var products = db.Products.AsNoTracking();

        var labels = await products.Select(p => new { p.Category, p.Brand }).Distinct().ToListAsync(ct);
        var attributes = await products
            .Select(p => new { p.Attributes.Material, p.Attributes.Pattern, p.Attributes.Fit })
            .Distinct().ToListAsync(ct);
        var lists = await ListValuesAsync(db, ct);
        var variants = await db.Variants.AsNoTracking().Select(v => new { v.Color, v.Size }).Distinct().ToListAsync(ct);

        return CatalogVocabulary.Of(
            categories: labels.Select(l => l.Category),
            colors: variants.Select(v => v.Color),
            materials: attributes.Select(a => a.Material),
            brands: labels.Select(l => l.Brand),
            patterns: attributes.Select(a => a.Pattern),
            fits: attributes.Select(a => a.Fit),
            occasions: lists.Where(l => l.List == "occasions").Select(l => l.Value),
            seasons: lists.Where(l => l.List == "seasons").Select(l => l.Value),
            styles: lists.Where(l => l.List == "styles").Select(l => l.Value),
            sizes: variants.Select(v => v.Size),
            synonyms);
    }

    /// <summary>The distinct occasions, seasons and styles; other providers read the lists and flatten them here.</summary>
    private static async Task<List<ListValue>> ListValuesAsync(TailorDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) return await db.Database.SqlQueryRaw<ListValue>(SqliteListValues).ToListAsync(ct);
        var rows = await db.Products.AsNoTracking()
            .Select(p => new { p.Attributes.Occasions, p.Attributes.Seasons, p.Attributes.Styles }).ToListAsync(ct);
        return rows.SelectMany(r => r.Occasions.Select(v => new ListValue("occasions", v))
                .Concat(r.Seasons.Select(v => new ListValue("seasons", v)))
                .Concat(r.Styles.Select(v => new ListValue("styles", v))))
            .Distinct().ToList();
    }

    private sealed record ListValue(string List, string Value);
}
