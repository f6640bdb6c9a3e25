using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Search;

/// <summary>Reads a <see cref="CatalogSnapshot"/> in one pass over products, reviews and variants.</summary>
internal static class CatalogSnapshotLoader
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <param name="previous">The snapshot being replaced: its full-text hits carry over when the products did not change.</param>
    public static async Task<CatalogSnapshot> LoadAsync(TailorDbContext db, long generation, CatalogSnapshot? previous, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        // One read transaction, so the fingerprint describes exactly the rows read. Deferred: a reader must not take
        // SQLite's write lock and hold up an import.
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(ct);
        var sql = new SqlRunner(connection, transaction);
        await sql.MapMemoryAsync(ct);
        var builder = new SnapshotBuilder();

        var postgres = sql.IsPostgreSql;
        await ReadAsync(sql, postgres ? PostgreSqlSearch.SnapshotProducts : "SELECT Id, Category, Brand, Gender, Attributes, CreatedAt, UpdatedAt, Handle, Collections FROM Products ORDER BY Id", builder.AddProduct, ct);
        await ReadAsync(sql, postgres ? PostgreSqlSearch.SnapshotReviews : "SELECT ProductId, count(*), total(Rating) FROM Reviews GROUP BY ProductId", builder.AddReviews, ct);
        await ReadAsync(sql, postgres ? PostgreSqlSearch.SnapshotVariants : "SELECT ProductId, Size, Color, ColorFamily, Price, CompareAtPrice, Stock FROM Variants", builder.AddVariant, ct);
        var fingerprint = builder.Fingerprint;
        var textHits = previous is not null && previous.Generation == generation && previous.Fingerprint.SameProducts(fingerprint)
            ? previous.TextHits : new TextHitCache();
        return builder.Build(fingerprint, generation, textHits, clock);
    }

    private static async Task ReadAsync(SqlRunner sql, string query, Action<DbDataReader> row, CancellationToken ct)
    {
        await using var command = sql.Command(query);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) row(reader);
    }

    /// <summary>Accumulates rows, then lays variants out contiguously per product (rows arrive in any order).</summary>
    private sealed class SnapshotBuilder
    {
        private readonly Vocabulary categories = new(), brands = new(), materials = new(), patterns = new(), fits = new(),
            occasions = new(), seasons = new(), styles = new(), collections = new(), sizes = new(), families = new(), colors = new(),
            sleeves = new(), necklines = new();
        private readonly Dictionary<(int Color, int Family), int> shades = [];
        private readonly List<SnapshotProduct> products = [];
        private readonly List<string> handles = [];
        private readonly List<int> attributeCodes = [];
        private readonly Dictionary<int, int> indexOfId = [];
        private readonly List<(int Product, int Size, int Shade, double Price, double CompareAt, int Stock)> variants = [];
        private long reviewCount, lastUpdate, variantCount, stockTotal;
        private double ratingSum;

        /// <summary>The aggregates <see cref="CatalogFingerprint.Sql"/> computes, taken from the rows read.</summary>
        public CatalogFingerprint Fingerprint => new(lastUpdate, products.Count, variantCount, stockTotal, reviewCount);

        public void AddProduct(DbDataReader row)
        {
            var attributes = Attributes(row.GetString(4));
            lastUpdate = Math.Max(lastUpdate, row.GetInt64(6));
            indexOfId[row.GetInt32(0)] = products.Count;
            handles.Add(row.GetString(7));
            products.Add(new SnapshotProduct(
                row.GetInt32(0),
                Enum.TryParse<Gender>(row.GetString(3), ignoreCase: true, out var gender) ? gender : Gender.Unisex,
                categories.Add(row.GetString(1)), brands.Add(row.GetString(2)),
                Code(materials, attributes.Material), Code(patterns, attributes.Pattern), Code(fits, attributes.Fit),
                Codes(occasions, attributes.Occasions), Codes(seasons, attributes.Seasons), Codes(styles, attributes.Styles),
                Codes(collections, StringList(row.GetString(8))),
                FirstVariant: 0, VariantCount: 0, ReviewCount: 0, RatingSum: 0, CreatedTicks: row.GetInt64(5),
                Sleeve: Code(sleeves, attributes.Sleeve), Neckline: Code(necklines, attributes.Neckline)));
        }

        public void AddReviews(DbDataReader row)
        {
            var (count, sum) = (row.GetInt32(1), row.GetDouble(2));
            (reviewCount, ratingSum) = (reviewCount + count, ratingSum + sum);
            if (indexOfId.TryGetValue(row.GetInt32(0), out var index))
                products[index] = products[index] with { ReviewCount = count, RatingSum = sum };
        }

        public void AddVariant(DbDataReader row)
        {
            variantCount++;
            stockTotal += row.GetInt32(6);
            if (!indexOfId.TryGetValue(row.GetInt32(0), out var index)) return;
            var color = (colors.Add(row.GetString(2)), families.Add(row.GetString(3)));
            if (!shades.TryGetValue(color, out var shade)) shades.Add(color, shade = shades.Count);
            var price = row.GetDouble(4);
            var compareAt = row.IsDBNull(5) ? 0 : row.GetDouble(5);
            variants.Add((index, sizes.Add(row.GetString(1)), shade, price, compareAt, row.GetInt32(6)));
        }

        public CatalogSnapshot Build(CatalogFingerprint fingerprint, long generation, TextHitCache textHits, Stopwatch clock)
        {
            // Counting sort by product: stable, so a product's variants keep their read (id) order.
            var first = new int[products.Count + 1];
            foreach (var variant in variants) first[variant.Product + 1]++;
            for (var i = 1; i < first.Length; i++) first[i] += first[i - 1];
            var next = first[..^1].ToArray();
            var (size, shade, price, compareAt, stock) = (new int[variants.Count], new int[variants.Count], new double[variants.Count],
                new double[variants.Count], new int[variants.Count]);
            foreach (var variant in variants)
            {
                var at = next[variant.Product]++;
                (size[at], shade[at], price[at], compareAt[at], stock[at]) = (variant.Size, variant.Shade, variant.Price, variant.CompareAt, variant.Stock);
            }
            var (shadeColor, shadeFamily) = (new int[shades.Count], new int[shades.Count]);
            foreach (var ((color, family), code) in shades) (shadeColor[code], shadeFamily[code]) = (color, family);
            var laidOut = products.Select((p, i) =>
            {
                var (sizesInStock, familiesInStock) = (0UL, 0U);
                for (var v = first[i]; v < first[i + 1]; v++)
                {
                    if (stock[v] <= 0) continue;
                    sizesInStock |= SnapshotProduct.SizeBit(size[v]);
                    familiesInStock |= SnapshotProduct.FamilyBit(shadeFamily[shade[v]]);
                }
                return p with { FirstVariant = first[i], VariantCount = first[i + 1] - first[i], SizesInStock = sizesInStock, FamiliesInStock = familiesInStock };
            }).ToArray();

            return new CatalogSnapshot
            {
                Products = laidOut,
                Handles = handles.ToArray(),
                AttributeCodes = attributeCodes.ToArray(),
                IndexOfId = indexOfId,
                ProductsByCategory = ByCategory(laidOut, categories.Count),
                VariantSize = size, VariantShade = shade, VariantPrice = price,
                VariantOnSale = price.Select((p, v) => compareAt[v] > p).ToArray(), VariantCompareAt = compareAt, VariantStock = stock,
                Categories = categories, Brands = brands, Materials = materials, Patterns = patterns, Fits = fits,
                Occasions = occasions, Seasons = seasons, Styles = styles, Sleeves = sleeves, Necklines = necklines, Collections = collections, Sizes = sizes, Families = families, Colors = colors,
                ShadeColor = shadeColor,
                ShadeFamily = shadeFamily,
                MeanRating = reviewCount == 0 ? 4.0 : ratingSum / reviewCount,
                Fingerprint = fingerprint,
                Generation = generation,
                TextHits = textHits,
                LoadTime = clock.Elapsed,
            };
        }

        private static int[][] ByCategory(SnapshotProduct[] products, int categoryCount)
        {
            var lists = Enumerable.Range(0, categoryCount).Select(_ => new List<int>()).ToArray();
            for (var i = 0; i < products.Length; i++) lists[products[i].Category].Add(i);
            return lists.Select(list => list.ToArray()).ToArray();
        }

        private static ProductAttributes Attributes(string json)
        {
            try { return JsonSerializer.Deserialize<ProductAttributes>(json, Json) ?? new(); }
            catch (JsonException) { return new(); }   // a hand-edited row must not take search down
        }

        private static List<string> StringList(string json)
        {
            try { return JsonSerializer.Deserialize<List<string>>(json, Json) ?? []; }
            catch (JsonException) { return []; }
        }

        private static int Code(Vocabulary vocabulary, string? value) => string.IsNullOrWhiteSpace(value) ? -1 : vocabulary.Add(value.Trim());

        private CodeRange Codes(Vocabulary vocabulary, List<string>? values)
        {
            var start = attributeCodes.Count;
            foreach (var code in (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => vocabulary.Add(v.Trim())).Distinct())
                attributeCodes.Add(code);
            return new CodeRange(start, attributeCodes.Count - start);
        }
    }
}
