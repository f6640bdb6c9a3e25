using Microsoft.Extensions.Logging;
using Tailor.Assistant.Skills.Search;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// Keeps the recommender of the current catalog snapshot and order history (register as a singleton). The first request
/// builds it; afterwards a request at most every <see cref="CheckInterval"/> starts a background check of the orders'
/// fingerprint and, when orders or the snapshot changed, a background rebuild, while requests go on with the one they
/// have: it is consistent with its own snapshot, and the products shown are re-read from the database anyway.
/// </summary>
public sealed class RecommenderCache(CatalogSnapshotCache catalog, ProductVectorIndex vectors, TimeProvider time, ILogger<RecommenderCache> logger)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim building = new(1, 1);
    private Built? current;
    private long nextCheckTicks;
    private int checking;

    private sealed record Built(Recommender Recommender, long[] Orders, ProductVectors Vectors);

    internal async ValueTask<Recommender> GetAsync(CancellationToken ct)
    {
        var built = Volatile.Read(ref current);
        if (built is null) return (await BuildAsync(ct)).Recommender;
        if (time.GetUtcNow().UtcTicks >= Interlocked.Read(ref nextCheckTicks) && Interlocked.CompareExchange(ref checking, 1, 0) == 0)
            _ = Task.Run(CheckAsync, CancellationToken.None);
        return built.Recommender;
    }

    private async Task<Built> BuildAsync(CancellationToken ct)
    {
        await building.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref current) is { } other && ReferenceEquals(other.Recommender.Snapshot, await catalog.GetAsync(ct))
                && other.Vectors == vectors.Current && await FingerprintAsync(ct) is var orders && orders.SequenceEqual(other.Orders)) return other;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var snapshot = await catalog.GetAsync(ct);
            await using var sql = await SqlRunner.OpenAsync(catalog.ConnectionString, ct);
            var fingerprint = await sql.ScalarsAsync(PurchaseReader.FingerprintSql, ct);
            var purchases = await PurchaseReader.ReadAsync(sql, snapshot, ct);
            var history = new PurchaseHistory(purchases, snapshot.Products.Length, time.GetUtcNow());
            var builtNow = new Built(new Recommender(snapshot, history, vectors.Current), fingerprint, vectors.Current);
            Volatile.Write(ref current, builtNow);
            Interlocked.Exchange(ref nextCheckTicks, (time.GetUtcNow() + CheckInterval).UtcTicks);
            logger.LogInformation("Recommendations built from {Lines} order lines over {Products} products in {Milliseconds:0} ms",
                history.Count, snapshot.Products.Length, clock.Elapsed.TotalMilliseconds);
            return builtNow;
        }
        finally
        {
            building.Release();
        }
    }

    private async Task<long[]> FingerprintAsync(CancellationToken ct)
    {
        await using var sql = await SqlRunner.OpenAsync(catalog.ConnectionString, ct);
        return await sql.ScalarsAsync(PurchaseReader.FingerprintSql, ct);
    }

    private async Task CheckAsync()
    {
        try
        {
            await BuildAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Refreshing recommendations failed; the previous ones stay in use");
        }
        finally
        {
            Interlocked.Exchange(ref nextCheckTicks, (time.GetUtcNow() + CheckInterval).UtcTicks);
            Volatile.Write(ref checking, 0);
        }
    }
}
