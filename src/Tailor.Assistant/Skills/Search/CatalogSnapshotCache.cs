using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Keeps the catalog snapshot that every conversation searches (register as a singleton). The first search loads it
/// (creating the full-text index if needed); afterwards a search at most every <see cref="CheckInterval"/> starts a
/// background check of the catalog's fingerprint and, on a change, a background reload, while searches go on with the
/// snapshot they have. <see cref="Invalidate"/> makes the next search wait for a fresh one (after an import, say).
/// </summary>
/// <remarks>
/// Stock moves with every order, and reloading 50,000 products takes seconds of CPU, so a change of stock alone
/// reloads at most every <see cref="StockRefreshInterval"/>: meanwhile a sold-out product may still be counted in a
/// total, but never shown, since the page is re-read from the database.
/// </remarks>
public sealed class CatalogSnapshotCache(IServiceScopeFactory scopes, TimeProvider time, ILogger<CatalogSnapshotCache> logger)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan StockRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim loading = new(1, 1);
    private CatalogSnapshot? current;
    private long generation;
    private long nextCheckTicks;
    private long loadedAtTicks;
    private int checking;
    private bool indexEnsured;
    private string? connectionString;
    private Task warming = Task.CompletedTask;
    private long wordsTicks = -1;

    /// <summary>Size and load time of the snapshot in use; null before the first load.</summary>
    public CatalogSnapshotInfo? Current => Volatile.Read(ref current) is { } s ? new(s.Products.Length, s.VariantCount, s.LoadTime,
        Interlocked.Read(ref wordsTicks) is >= 0 and var ticks ? TimeSpan.FromTicks(ticks) : null) : null;

    /// <summary>
    /// Raised, on the loading thread, after a reload finds products added, removed or edited (not mere stock moves),
    /// so caches built from the catalog's words (the entity recognizer) can rebuild.
    /// </summary>
    public event Action? ProductsChanged;

    /// <summary>The next search reloads the snapshot before it runs.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    /// <summary>Loads the snapshot and resolves the catalog's words now, so that no shopper waits for them.</summary>
    public async Task WarmUpAsync(CancellationToken ct)
    {
        await GetAsync(ct);
        await Volatile.Read(ref warming).WaitAsync(ct);
    }

    /// <summary>The store's connection string, known once the first snapshot is loaded.</summary>
    internal string ConnectionString => connectionString ?? throw new InvalidOperationException("No catalog snapshot has been loaded yet.");

    internal async ValueTask<CatalogSnapshot> GetAsync(CancellationToken ct)
    {
        var snapshot = Volatile.Read(ref current);
        if (snapshot is null || snapshot.Generation != Interlocked.Read(ref generation)) return await LoadAsync(force: false, ct);
        if (time.GetUtcNow().UtcTicks >= Interlocked.Read(ref nextCheckTicks) && Interlocked.CompareExchange(ref checking, 1, 0) == 0)
            _ = Task.Run(CheckAsync, CancellationToken.None);
        return snapshot;
    }

    private async Task<CatalogSnapshot> LoadAsync(bool force, CancellationToken ct)
    {
        await loading.WaitAsync(ct);
        try
        {
            var wanted = Interlocked.Read(ref generation);
            // Another search may have loaded it while this one waited.
            if (!force && Volatile.Read(ref current) is { } loaded && loaded.Generation == wanted) return loaded;

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            connectionString ??= db.Database.GetConnectionString() ?? throw new InvalidOperationException("Product search needs the store to be configured with a connection string.");
            if (!indexEnsured)
            {
                await ProductSearchIndex.EnsureAsync(db, ct);
                indexEnsured = true;
            }
            var previous = Volatile.Read(ref current);
            var snapshot = await CatalogSnapshotLoader.LoadAsync(db, wanted, previous, ct);
            Volatile.Write(ref current, snapshot);
            if (!ReferenceEquals(snapshot.TextHits, previous?.TextHits))
                Volatile.Write(ref warming, Task.Run(() => WarmAsync(snapshot), CancellationToken.None));
            Interlocked.Exchange(ref loadedAtTicks, time.GetUtcNow().UtcTicks);
            ScheduleCheck();
            if (previous is not null && !previous.Fingerprint.SameProducts(snapshot.Fingerprint)) ProductsChanged?.Invoke();
            logger.LogInformation("Catalog snapshot loaded: {Products} products, {Variants} variants in {Milliseconds:0} ms",
                snapshot.Products.Length, snapshot.VariantCount, snapshot.LoadTime.TotalMilliseconds);
            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }

    private async Task WarmAsync(CatalogSnapshot snapshot)
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using var sql = await SqlRunner.OpenAsync(ConnectionString, CancellationToken.None);
            await ProductSearchIndex.WarmAsync(sql, snapshot, () => !ReferenceEquals(Volatile.Read(ref current), snapshot), CancellationToken.None);
            Interlocked.Exchange(ref wordsTicks, clock.Elapsed.Ticks);
            logger.LogInformation("Catalog words resolved for search in {Milliseconds:0} ms", clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Resolving the catalog's words for search failed; they will be resolved when searched");
        }
    }

    private async Task CheckAsync()
    {
        try
        {
            if (Volatile.Read(ref current) is not { } snapshot) return;
            CatalogFingerprint now;
            await using (var sql = await SqlRunner.OpenAsync(ConnectionString, CancellationToken.None))
                now = await CatalogFingerprint.ReadAsync(sql, CancellationToken.None);
            var age = TimeSpan.FromTicks(time.GetUtcNow().UtcTicks - Interlocked.Read(ref loadedAtTicks));
            if (now != snapshot.Fingerprint && (!now.OnlyStockDiffers(snapshot.Fingerprint) || age >= StockRefreshInterval))
                await LoadAsync(force: true, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Search goes on with the snapshot it has: pages are re-read from the database, so nothing shown is wrong.
            logger.LogWarning(ex, "Checking the catalog for changes failed");
        }
        finally
        {
            ScheduleCheck();
            Volatile.Write(ref checking, 0);
        }
    }

    private void ScheduleCheck() => Interlocked.Exchange(ref nextCheckTicks, (time.GetUtcNow() + CheckInterval).UtcTicks);
}

/// <summary>What the snapshot in use holds, how long it took to load and to resolve the catalog's words (null until done).</summary>
public sealed record CatalogSnapshotInfo(int Products, int Variants, TimeSpan LoadTime, TimeSpan? WordsTime);
