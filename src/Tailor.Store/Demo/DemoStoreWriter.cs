using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Store.Demo;

/// <summary>
/// Writes a generated store into an empty database in one transaction. On SQLite every table goes through a
/// prepared statement (<see cref="RowInserter{T}"/>); other providers use SaveChanges in batches with change
/// detection off and the tracker cleared in between.
/// </summary>
public sealed class DemoStoreWriter
{
    /// <summary>Roots per SaveChanges on the fallback path: amortises each call without a huge command.</summary>
    private const int BatchSize = 200;

    public static Task WriteAsync(TailorDbContext db, DemoStore store, CancellationToken ct) =>
        WriteAsync(db, store, preparedStatements: db.Database.IsSqlite(), ct);

    internal static async Task WriteAsync(TailorDbContext db, DemoStore store, bool preparedStatements, CancellationToken ct)
    {
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            async Task Insert<T>(IEnumerable<T> rows) where T : class
            {
                if (preparedStatements) InsertPrepared(db, rows, ct);
                else await InsertTrackedAsync(db, rows, ct);
            }

            await Insert(store.Products);
            await Insert(store.Products.SelectMany(p => p.Variants.Select(v => { v.ProductId = p.Id; return v; })));
            await Insert(store.Products.SelectMany(p => p.Images.Select(i => { i.ProductId = p.Id; return i; })));
            await Insert(store.Products.SelectMany(p => p.Reviews.Select(r => { r.ProductId = p.Id; return r; })));
            await Insert(store.SizeCharts);
            await Insert(store.Customers);

            // Orders refer to customers by e-mail in memory; the ids exist only now that customers are saved.
            var customerIds = store.Customers.ToDictionary(c => c.Email, c => c.Id, StringComparer.OrdinalIgnoreCase);
            foreach (var order in store.Orders) order.CustomerId = customerIds.TryGetValue(order.Email, out var id) ? id : null;
            await Insert(store.Orders);
            await Insert(store.Orders.SelectMany(o => o.Lines.Select(l => { l.OrderId = o.Id; return l; })));
            await Insert(store.Orders.SelectMany(o => o.Shipments.Select(s => { s.OrderId = o.Id; return s; })));

            // Returns refer to orders by number and to order lines by SKU, both saved by now.
            var orders = store.Orders.ToDictionary(o => o.Number, StringComparer.Ordinal);
            foreach (var request in store.Returns)
            {
                var order = orders[request.OrderNumber];
                request.OrderId = order.Id;
                request.Lines = request.Lines
                    .Select(line => line with { OrderLineId = order.Lines.FirstOrDefault(l => l.Sku == line.Sku)?.Id ?? 0 })
                    .ToList();
            }
            await Insert(store.Returns);
            await Insert(store.Promotions);
            await Insert(store.Policies);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private static void InsertPrepared<T>(TailorDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        using var inserter = new RowInserter<T>(db);
        var count = 0;
        foreach (var row in rows)
        {
            if (++count % 1024 == 0) ct.ThrowIfCancellationRequested();
            inserter.Insert(row);
        }
    }

    // Only the row and its owned (JSON) parts are tracked; rows of other tables are inserted by their own pass.
    private static async Task InsertTrackedAsync<T>(TailorDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            foreach (var row in batch)
                db.ChangeTracker.TrackGraph(row, node =>
                {
                    if (node.Entry.Entity == row || node.Entry.Metadata.IsOwned()) node.Entry.State = EntityState.Added;
                });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
