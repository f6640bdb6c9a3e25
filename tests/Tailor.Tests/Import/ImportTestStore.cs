using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tailor.Store.Import;
using Tailor.Store.Persistence;
using Tailor.Tests.Privacy;

namespace Tailor.Tests.Import;

/// <summary>A throwaway SQLite database file for one test, with the importer over it and the import fixtures at hand.</summary>
internal sealed class ImportTestStore : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"tailor-import-{Guid.NewGuid():N}.db");
    private TestKeyRing? keys;

    private ImportTestStore() => Db = Open();

    public static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>The context the importer writes through.</summary>
    public TailorDbContext Db { get; }

    public static async Task<ImportTestStore> CreateAsync()
    {
        var store = new ImportTestStore();
        await store.Db.Database.EnsureCreatedAsync();
        return store;
    }

    public CatalogImporter Importer(ImportOptions? options = null) => new(Db, Time, options);

    /// <summary>A second context for assertions, so they see what was saved rather than what is tracked.</summary>
    public TailorDbContext Open() => Keys.Open(path);

    /// <summary>The key ring personal fields are encrypted with.</summary>
    public TestKeyRing Keys => keys ??= new TestKeyRing();

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Import", name);

    public static Stream Fixture(string name) => File.OpenRead(FixturePath(name));

    public static Stream Text(string content) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));

    public async Task<ImportReport> ImportProductsAsync(string fixture, ProductFeedFormat format)
    {
        await using var file = Fixture(fixture);
        return await Importer().ImportProductsAsync(file, format, CancellationToken.None);
    }

    /// <summary>Row counts of every table an import writes, to prove that a second import added nothing.</summary>
    public async Task<string> CountsAsync()
    {
        await using var db = Open();
        return $"products {await db.Products.CountAsync()}, variants {await db.Variants.CountAsync()}, images {await db.ProductImages.CountAsync()}, " +
               $"customers {await db.Customers.CountAsync()}, orders {await db.Orders.CountAsync()}, lines {await db.OrderLines.CountAsync()}, " +
               $"shipments {await db.Shipments.CountAsync()}, policies {await db.Policies.CountAsync()}";
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        keys?.Dispose();
        File.Delete(path);
    }
}
