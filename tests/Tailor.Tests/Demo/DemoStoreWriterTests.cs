using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Orders;
using Tailor.Store.Demo;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Demo;

public sealed class DemoStoreWriterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("tailor-demo-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private async Task<TailorDbContext> OpenAsync(string name)
    {
        var db = new TailorDbContext(new DbContextOptionsBuilder<TailorDbContext>()
            .UseSqlite($"Data Source={Path.Combine(directory, name)}").Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    private static DemoStore SmallStore() => DemoStoreFixture.Generate(seed: 11, products: 100, customers: 200, orders: 500);

    [Fact]
    public async Task A_small_store_is_written_to_an_empty_sqlite_database()
    {
        var store = SmallStore();
        await using var db = await OpenAsync("demo.db");

        await DemoStoreWriter.WriteAsync(db, store, CancellationToken.None);

        Assert.Equal(100, await db.Products.CountAsync());
        Assert.Equal(store.Products.Sum(p => p.Variants.Count), await db.Variants.CountAsync());
        Assert.Equal(store.Products.Sum(p => p.Reviews.Count), await db.Reviews.CountAsync());
        Assert.Equal(store.Products.Sum(p => p.Images.Count), await db.ProductImages.CountAsync());
        Assert.Equal(200, await db.Customers.CountAsync());
        Assert.Equal(500, await db.Orders.CountAsync());
        Assert.Equal(store.Orders.Sum(o => o.Lines.Count), await db.OrderLines.CountAsync());
        Assert.Equal(store.Returns.Count, await db.Returns.CountAsync());
        Assert.Equal(store.Promotions.Count, await db.Promotions.CountAsync());
        Assert.Equal(store.Policies.Count, await db.Policies.CountAsync());
        Assert.Equal(store.SizeCharts.Count, await db.SizeCharts.CountAsync());
    }

    [Fact]
    public async Task Written_rows_read_back_as_generated()
    {
        var store = SmallStore();
        await using (var db = await OpenAsync("demo.db"))
            await DemoStoreWriter.WriteAsync(db, store, CancellationToken.None);

        await using var read = await OpenAsync("demo.db");
        var emma = await read.Customers.SingleAsync(c => c.ExternalId == "cus_000001");
        var shipped = store.Orders.First(o => o.Status == OrderStatus.Delivered && o.Shipments[0].Events.Count > 3);
        var order = await read.Orders.Include(o => o.Lines).Include(o => o.Shipments).SingleAsync(o => o.Number == shipped.Number);
        var request = store.Returns[0];
        var saved = await read.Returns.SingleAsync(r => r.Rma == request.Rma);
        var product = await read.Products.Include(p => p.Variants).Include(p => p.Reviews).SingleAsync(p => p.Handle == store.Products[0].Handle);

        Assert.Equal(store.Customers[0].Addresses, emma.Addresses);
        Assert.Equal(store.Customers[0].Preferences.Sizes, emma.Preferences.Sizes);
        Assert.Equal(shipped.ShippingAddress, order.ShippingAddress);
        Assert.Equal(shipped.Payment, order.Payment);
        Assert.Equal(shipped.Total, order.Total);
        Assert.Equal(shipped.Status, order.Status);
        Assert.Equal(shipped.PlacedAt, order.PlacedAt);
        Assert.Equal(shipped.Shipments[0].Events, order.Shipments[0].Events);
        Assert.Equal(emma.Id, (await read.Orders.FirstAsync(o => o.Email == emma.Email)).CustomerId);
        Assert.Equal(request.Lines.Select(l => (l.Sku, l.Quantity, l.ReasonCode)), saved.Lines.Select(l => (l.Sku, l.Quantity, l.ReasonCode)));
        Assert.All(saved.Lines, l => Assert.Equal(l.Sku, read.OrderLines.Single(ol => ol.Id == l.OrderLineId).Sku));
        Assert.Equal(store.Products[0].Attributes.Occasions, product.Attributes.Occasions);
        Assert.Equal(store.Products[0].Tags, product.Tags);
        Assert.Equal(store.Products[0].Variants.Select(v => (v.Sku, v.Price, v.Stock)), product.Variants.OrderBy(v => v.Id).Select(v => (v.Sku, v.Price, v.Stock)));
        Assert.Equal(store.Products[0].Reviews.Count, product.Reviews.Count);
    }

    [Fact]
    public async Task Prepared_statements_write_the_same_rows_as_SaveChanges()
    {
        await using var fast = await OpenAsync("fast.db");
        await using var tracked = await OpenAsync("tracked.db");
        await DemoStoreWriter.WriteAsync(fast, SmallStore(), preparedStatements: true, CancellationToken.None);
        await DemoStoreWriter.WriteAsync(tracked, SmallStore(), preparedStatements: false, CancellationToken.None);

        foreach (var table in new[] { "Products", "Variants", "Reviews", "ProductImages", "SizeCharts", "Customers", "Orders", "OrderLines", "Shipments", "Returns", "Promotions", "Policies" })
            Assert.Equal(await DumpAsync(tracked, table), await DumpAsync(fast, table));
    }

    private static async Task<List<string>> DumpAsync(TailorDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}")));
        Assert.NotEmpty(rows);
        return rows;
    }
}
