using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Skills;

/// <summary>
/// A demo store generated once at a fixed date into a temporary SQLite file, shared by the skill tests that only
/// read it; the clock stands still on that day, mid-afternoon, after the dispatch cut-off.
/// </summary>
public sealed class DemoStoreDatabase : IAsyncLifetime
{
    /// <summary>A Friday in March: "Coat Week" and the winter collection are on, spring codes run, last year's have ended.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 15, 30, 0, TimeSpan.Zero);

    private ScratchDatabase? database;
    private ServiceProvider? services;

    public StoreSettings Settings { get; } = new();

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>The catalog snapshot the sale scan reads, loaded from this database.</summary>
    public CatalogSnapshotCache Catalog => services!.GetRequiredService<CatalogSnapshotCache>();

    /// <summary>The generated store as it was written, to check answers against.</summary>
    public DemoStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new DemoStoreGenerator(new DemoStoreOptions { Seed = 5, Products = 400, Customers = 20, Orders = 40 }, Settings, Time).Generate();
        database = await ScratchDatabase.CreateAsync();
        await using var db = database.Open();
        await DemoStoreWriter.WriteAsync(db, Store, CancellationToken.None);

        var collection = new ServiceCollection();
        collection.AddDbContext<TailorDbContext>(options => options.UseSqlite(database.ConnectionString));
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton<CatalogSnapshotCache>();
        services = collection.BuildServiceProvider();
    }

    /// <summary>A fresh context, as a request scope would get one.</summary>
    public TailorDbContext Open() => database!.Open();

    public async Task DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DemoStoreCollection : ICollectionFixture<DemoStoreDatabase>
{
    public const string Name = "demo store";
}
