using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Keeps a sentence vector for every product, for the meaning half of hybrid search (register as a singleton).
/// <see cref="BuildAsync"/> encodes only products that are new, whose text changed or whose vector another model made,
/// stores them, and swaps the in-memory set; searches meanwhile use the set they have, and a product without a vector
/// yet is ranked by its words alone. With the encoder switched off nothing is built and search is words only.
/// </summary>
public sealed class ProductVectorIndex(IServiceScopeFactory scopes, ITextEncoder encoder, ILogger<ProductVectorIndex> logger)
{
    /// <summary>The table the vectors are stored in.</summary>
    public const string Table = ProductVectorStore.Table;

    /// <summary>Texts per encoder call: large enough for the batch speed-up, small enough to stop soon when cancelled.</summary>
    private const int BatchSize = 32;

    private readonly SemaphoreSlim building = new(1, 1);
    private ProductVectors current = ProductVectors.None;

    /// <summary>Whether searches can use meaning: the encoder is on and at least one product has a vector.</summary>
    public bool IsAvailable => encoder.IsAvailable && Volatile.Read(ref current).Count > 0;

    internal ProductVectors Current => Volatile.Read(ref current);

    /// <summary>The query's unit vector; null when meaning is not available. One encode (cached) per distinct text.</summary>
    internal float[]? Encode(string text) => IsAvailable && text.Length > 0 ? encoder.Encode(text) : null;

    /// <summary>The cosine of every product that has a vector to a text, best first: for calibrating the meaning floor.</summary>
    public float[] CosinesTo(string text)
    {
        var vectors = Current;
        if (Encode(text) is not { } query) return [];
        var cosines = Enumerable.Range(0, vectors.Count).Select(row => vectors.Cosine(row, query)).ToArray();
        Array.Sort(cosines, (a, b) => b.CompareTo(a));
        return cosines;
    }

    /// <summary>Brings the stored vectors up to date with the catalog and loads them. Safe to call at any time; calls queue.</summary>
    public async Task<ProductVectorBuild> BuildAsync(CancellationToken ct)
    {
        if (!encoder.IsAvailable) return ProductVectorBuild.Off;
        await building.WaitAsync(ct);
        try
        {
            var clock = Stopwatch.StartNew();
            string connectionString;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
                if (!db.Database.IsSqlite() && !db.Database.IsNpgsql()) return ProductVectorBuild.Off;
                connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("Product vectors need a connection string.");
            }
            await using var sql = await SqlRunner.OpenAsync(connectionString, ct);
            await ProductVectorStore.EnsureAsync(sql, ct);
            var model = encoder.ModelVersion;
            var stored = await ProductVectorStore.ReadHashesAsync(sql, model, ct);
            var pending = new Dictionary<string, List<(int Id, string Hash)>>(StringComparer.Ordinal);
            var products = await ProductVectorStore.ReadProductsAsync(sql, ct);
            foreach (var product in products)
            {
                var text = ProductVectorText.Of(product);
                var hash = ProductVectorText.Hash(text);
                if (stored.GetValueOrDefault(product.Id) == hash) continue;
                // Identical texts (the same garment in two sizes of a range, say) are encoded once.
                if (!pending.TryGetValue(text, out var owners)) pending[text] = owners = [];
                owners.Add((product.Id, hash));
            }

            // Texts of similar length share a batch (a batch is padded to its longest text), and batches run on every
            // processor: the encoder gives batches their own slots, so shoppers' encodes do not wait behind them.
            var batches = pending.OrderBy(p => p.Key.Length).Chunk(BatchSize).ToList();
            var encoded = 0;
            var writing = new SemaphoreSlim(1, 1);
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
                async (batch, token) =>
                {
                    var vectors = encoder.EncodeBatch(batch.Select(p => p.Key).ToList(), token);
                    await writing.WaitAsync(token);
                    try
                    {
                        await ProductVectorStore.WriteAsync(sql,
                            batch.SelectMany((texts, i) => texts.Value.Select(owner => (owner.Id, owner.Hash, vectors[i]))), model, token);
                        encoded += batch.Sum(p => p.Value.Count);
                    }
                    finally
                    {
                        writing.Release();
                    }
                });
            var encodeTime = clock.Elapsed;
            if (encoded > 0 || Volatile.Read(ref current).Model != model || Volatile.Read(ref current).Count != products.Count)
                Volatile.Write(ref current, await ProductVectorStore.LoadAsync(sql, model, encoder.Dimensions, ct));
            var result = new ProductVectorBuild(products.Count, encoded, pending.Count, encodeTime, clock.Elapsed, Volatile.Read(ref current).Bytes,
                pending.Keys.Sum(text => (long)text.Length));
            if (encoded > 0)
                logger.LogInformation("Product vectors: {Encoded} of {Products} products encoded ({Texts} distinct texts) in {Seconds:0.0} s",
                    encoded, products.Count, pending.Count, clock.Elapsed.TotalSeconds);
            return result;
        }
        finally
        {
            building.Release();
        }
    }
}

/// <summary>What one vector build did.</summary>
/// <param name="Encoded">Products given a new vector (new, changed or made by another model).</param>
/// <param name="Texts">Distinct texts encoded for them.</param>
/// <param name="EncodeTime">Reading, encoding and storing; <paramref name="Elapsed"/> adds loading the vectors into memory.</param>
/// <param name="Characters">Length of the distinct texts encoded, together: what the encoding time grows with.</param>
public sealed record ProductVectorBuild(int Products, int Encoded, int Texts, TimeSpan EncodeTime, TimeSpan Elapsed, long Bytes, long Characters = 0)
{
    public static readonly ProductVectorBuild Off = new(0, 0, 0, TimeSpan.Zero, TimeSpan.Zero, 0);
}
