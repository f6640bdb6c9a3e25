using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Import;
using Tailor.Store.Persistence;
using Tailor.Tests.Fixtures;

namespace Tailor.Assistant.Tests.Search;

/// <summary>
/// A 300-product demo store in a temporary SQLite file, with the search skill wired as the server wires it. The index
/// is created before the demo is written, so the triggers index every product. The clock stands still, so the
/// snapshot is never refreshed behind a test's back: a test that changes the catalog calls Invalidate. With
/// TAILOR_TEST_POSTGRES set the store is a scratch PostgreSQL database instead (see TestDatabase). Words only:
/// the encoder is off (see <see cref="MeaningSearchStore"/> for search with product vectors).
/// </summary>
public class SearchStore : IAsyncLifetime
{
    private readonly bool meaning;

    public SearchStore()
    {
    }

    protected SearchStore(bool meaning) => this.meaning = meaning;

    public static readonly DateTimeOffset Today = new(2025, 3, 14, 15, 30, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"tailor-search-{Guid.NewGuid():N}");
    private ServiceProvider? services;

    public FakeTimeProvider Clock { get; } = new(Today);
    public ProductSearchSkill Skill => services!.GetRequiredService<ProductSearchSkill>();
    public CatalogSnapshotCache Catalog => services!.GetRequiredService<CatalogSnapshotCache>();
    public EntityRecognizerProvider Recognizers => services!.GetRequiredService<EntityRecognizerProvider>();
    public ProductVectorIndex Vectors => services!.GetRequiredService<ProductVectorIndex>();
    private string? postgres;
    private string Connection => postgres ?? $"Data Source={Path.Combine(folder, "search.db")}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        if (TestDatabase.IsPostgreSql) postgres = TestDatabase.CreatePostgreSql(folder);
        var collection = new ServiceCollection();
        collection.AddDbContext<TailorDbContext>(db => Use(db));
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton<CatalogSnapshotCache>();
        collection.AddSingleton<ITextEncoder>(meaning ? new MiniLmTextEncoder(new TextEncoderOptions()) : new NoTextEncoder());
        collection.AddSingleton<ProductVectorIndex>();
        collection.AddSingleton<ProductSearchSkill>();
        collection.AddSingleton<EntityRecognizerProvider>();
        services = collection.BuildServiceProvider();

        await using var db = Open();
        await db.Database.MigrateAsync();
        if (postgres is null) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await ProductSearchIndex.EnsureAsync(db, CancellationToken.None);
        var store = new DemoStoreGenerator(new DemoStoreOptions { Products = 300, Customers = 20, Orders = 50 }, new StoreSettings(), Clock).Generate();
        await DemoStoreWriter.WriteAsync(db, store, CancellationToken.None);
        if (meaning) await Vectors.BuildAsync(CancellationToken.None);
    }

    public TailorDbContext Open()
    {
        var options = new DbContextOptionsBuilder<TailorDbContext>();
        Use(options);
        return new TailorDbContext(options.Options);
    }

    private DbContextOptionsBuilder Use(DbContextOptionsBuilder options) =>
        postgres is null ? options.UseSqlite(Connection) : options.UsePostgreSql(postgres);

    public Task<ProductSearchResult> SearchAsync(SearchConstraints constraints, int skip = 0, int take = 10) =>
        Skill.SearchAsync(constraints, skip, take, CancellationToken.None);

    public Task<ProductSearchResult> SearchAsync(SearchConstraints constraints, SearchSignals signals, int take = 10) =>
        Skill.SearchAsync(constraints, new ProductSearchOptions(Signals: signals), 0, take, CancellationToken.None);

    /// <summary>Runs the real catalog import on a generic JSON feed, as an operator would.</summary>
    public async Task ImportAsync(string json)
    {
        await using var db = Open();
        var report = await new CatalogImporter(db, Clock).ImportProductsAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), ProductFeedFormat.Json, CancellationToken.None);
        Assert.Empty(report.Failed);
    }

    public async Task DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (postgres is not null) TestDatabase.DropPostgreSql(folder);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

/// <summary>The same store with the MiniLM encoder on and every product's vector built.</summary>
public sealed class MeaningSearchStore() : SearchStore(meaning: true);
