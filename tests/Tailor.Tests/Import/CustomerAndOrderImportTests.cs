using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Orders;
using Tailor.Domain.Catalog;
using Tailor.Store.Import;

namespace Tailor.Tests.Import;

public sealed class CustomerAndOrderImportTests
{
    [Fact]
    public async Task Customers_import_keyed_on_external_id_or_email_with_bad_rows_named()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await ImportCustomersAsync(store);

        Assert.Equal((2, 0), (report.Created, report.Updated));
        Assert.Equal(
        [
            new ImportError(2, "email", "'ravi.patel@example' is not an email address"),
            new ImportError(4, "addresses[0].country", "'United Kingdom' is not a two-letter country code (e.g. GB, US, DE)"),
        ], report.Failed);
        await using var db = store.Open();
        var amelia = await db.Customers.SingleAsync(c => c.ExternalId == "cus_1001");
        Assert.Equal(("amelia.hart@example.com", "Amelia Hart", "EH2 2PR"), (amelia.Email, amelia.FullName, amelia.Addresses.Single().PostalCode));
        Assert.Equal((true, false, ImportTestStore.Now), (amelia.Consents.Marketing, amelia.Consents.ChatHistory, amelia.Consents.UpdatedAt));
        Assert.Equal(["navy", "sage"], amelia.Preferences.FavoriteColors);
        Assert.Equal(120m, amelia.Preferences.Budget);
        // Without an externalId the email is the only stable key.
        Assert.Equal("sofia.rossi@example.com", (await db.Customers.ToListAsync()).Single(c => c.LastName == "Rossi").ExternalId);
    }

    [Fact]
    public async Task Reimporting_customers_matches_on_email_when_there_is_no_external_id()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await ImportCustomersAsync(store);
        store.Time.Advance(TimeSpan.FromDays(3));

        var again = await ImportCustomersAsync(store);

        Assert.Equal((0, 2), (again.Created, again.Updated));
        await using var db = store.Open();
        Assert.Equal(2, await db.Customers.CountAsync());
        // Unchanged consents keep the time they were given.
        Assert.Equal(ImportTestStore.Now, (await db.Customers.SingleAsync(c => c.ExternalId == "cus_1001")).Consents.UpdatedAt);
    }

    [Fact]
    public async Task Orders_resolve_lines_from_the_catalog_and_reject_unknown_skus_by_row()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await store.ImportProductsAsync("products.json", ProductFeedFormat.Json);
        await ImportCustomersAsync(store);

        var report = await ImportOrdersAsync(store);

        Assert.Equal((3, 0), (report.Created, report.Updated));
        Assert.Equal(
        [
            new ImportError(3, "lines[0].sku", "'DOES-NOT-EXIST' is not a SKU in the catalog; import the products first"),
            new ImportError(4, "payment.last4", "must hold only the last 4 digits of the card: a longer number was given, so it was not stored"),
            new ImportError(5, "status", "'lost in the post' is not one of: pending, processing, shipped, delivered, cancelled, returned, partially returned"),
            new ImportError(5, "lines[0].quantity", "'0' is not a quantity: it must be at least 1"),
        ], report.Failed);
        Assert.DoesNotContain(report.Failed, e => e.Message.Contains("4111"));

        await using var db = store.Open();
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Shipments).Include(o => o.Customer).SingleAsync(o => o.Number == "TL-100001");
        Assert.Equal(("cus_1001", "amelia.hart@example.com", OrderStatus.Delivered), (order.Customer!.ExternalId, order.Email, order.Status));
        var line = order.Lines.Single(l => l.Sku == "CS-40-WHT");
        Assert.Equal(("canvas-sneakers", "Canvas Sneakers", "40", "White", "sneakers", 55m, 2),
            (line.ProductHandle, line.Title, line.Size, line.Color, line.Category, line.UnitPrice, line.Quantity));
        Assert.Equal((259m, 14.90m, 3.95m, 248.05m), (order.Subtotal, order.Discount, order.ShippingCost, order.Total));
        var shipment = order.Shipments.Single();
        Assert.Equal([TrackingStatus.PickedUp, TrackingStatus.Delivered], shipment.Events.Select(e => e.Status));
        Assert.Equal((new DateOnly(2025, 3, 4), new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero)), (shipment.EstimatedDelivery, order.ShippedAt!.Value));
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 12, 30, 0, TimeSpan.Zero), order.DeliveredAt);

        var partial = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == "TL-100002");
        Assert.Equal((OrderStatus.PartiallyReturned, "4444", 1), (partial.Status, partial.Payment.Last4, partial.Lines.Single(l => l.Sku == "CR-M-OAT").ReturnedQuantity));
        Assert.NotNull(partial.CustomerId);
        var guest = await db.Orders.SingleAsync(o => o.Number == "TL-100006");
        Assert.Equal((OrderStatus.PartiallyReturned, (int?)null), (guest.Status, guest.CustomerId));
        Assert.False(await db.Orders.AnyAsync(o => o.Number == "TL-100004"));
    }

    [Fact]
    public async Task Reimporting_orders_keeps_lines_and_shipments_as_they_were()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await store.ImportProductsAsync("products.json", ProductFeedFormat.Json);
        await ImportCustomersAsync(store);
        await ImportOrdersAsync(store);
        var before = await store.CountsAsync();
        await using var first = store.Open();
        var lineIds = await first.OrderLines.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();

        var again = await ImportOrdersAsync(store);

        Assert.Equal((0, 3), (again.Created, again.Updated));
        Assert.Equal(before, await store.CountsAsync());
        await using var db = store.Open();
        Assert.Equal(lineIds, await db.OrderLines.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync());
    }

    [Fact]
    public async Task An_order_for_an_unknown_customer_is_rejected()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await store.ImportProductsAsync("products.json", ProductFeedFormat.Json);
        const string json = """[{ "number": "TL-200001", "customerExternalId": "nobody", "status": "pending", "placedAt": "2025-01-01", "lines": [{ "sku": "CS-40-WHT", "quantity": 1 }] }]""";

        var report = await store.Importer().ImportOrdersAsync(ImportTestStore.Text(json), CancellationToken.None);

        Assert.Equal([new ImportError(1, "customerExternalId", "'nobody' is not a customer; import the customers first")], report.Failed);
    }

    private static async Task<ImportReport> ImportCustomersAsync(ImportTestStore store)
    {
        await using var file = ImportTestStore.Fixture("customers.json");
        return await store.Importer().ImportCustomersAsync(file, CancellationToken.None);
    }

    private static async Task<ImportReport> ImportOrdersAsync(ImportTestStore store)
    {
        await using var file = ImportTestStore.Fixture("orders.json");
        return await store.Importer().ImportOrdersAsync(file, CancellationToken.None);
    }
}
