using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Onboarding;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store;

/// <summary>Creates the data folder and database on first run, applies migrations and fills an empty store with the demo unless `tailor init` set it up.</summary>
public sealed class StoreInitializer(
    IServiceScopeFactory scopes,
    IOptions<StoreOptions> storeOptions,
    DemoStoreOptions demo,
    StoreSettings settings,
    TimeProvider time,
    ILogger<StoreInitializer> logger)
{
    /// <summary>True once this run filled an empty store with the demo store (first run), so demo-only extras may follow.</summary>
    public bool SeededDemo { get; private set; }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetFullPath(storeOptions.Value.DataDirectory));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        await db.Database.MigrateAsync(ct);
        await ConfigureSqliteAsync(db, ct);
        if (await PlaintextRowEncryption.RunAsync(db, ct) is > 0 and var rows)
            logger.LogInformation("Encrypted the personal fields of {Rows} rows written before encryption", rows);

        if (!demo.SeedOnFirstRun || await db.Products.AnyAsync(ct)) return;
        // A store set up with `tailor init` is the retailer's own: empty until they import, never the demo.
        if (StoreSettingsFile.IsInitialised(storeOptions.Value.DataDirectory))
        {
            logger.LogInformation("Store initialised with tailor init and still empty: import a catalog to start (no demo store).");
            return;
        }

        var clock = Stopwatch.StartNew();
        logger.LogInformation("Empty store: generating the demo store ({Products} products, {Customers} customers, {Orders} orders, seed {Seed})",
            demo.Products, demo.Customers, demo.Orders, demo.Seed);
        var store = new DemoStoreGenerator(demo, settings, time).Generate();
        await DemoStoreWriter.WriteAsync(db, store, ct);
        SeededDemo = true;
        logger.LogInformation("Demo store ready in {Seconds:0.0} s", clock.Elapsed.TotalSeconds);
    }

    // WAL lets readers (chat, API) proceed while an import writes.
    private static async Task ConfigureSqliteAsync(TailorDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
