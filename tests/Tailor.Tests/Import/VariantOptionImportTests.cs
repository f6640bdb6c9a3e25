using Microsoft.EntityFrameworkCore;
using Tailor.Store.Import;

namespace Tailor.Tests.Import;

/// <summary>Options other than size and colour ("Fit", "Switch type") are kept as the store named them, and reach order lines.</summary>
public sealed class VariantOptionImportTests
{
    [Fact]
    public async Task A_Shopify_export_keeps_every_named_option_and_derives_distinct_skus()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string csv = """
            Handle,Title,Type,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status
            chinos,Tapered Chinos,Trousers,Fit,Slim,Length,Short,Colour,Navy,,4,59.00,active
            chinos,,,,Relaxed,,Short,,Navy,,2,59.00,
            """;

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(csv), ProductFeedFormat.Shopify, CancellationToken.None);

        Assert.Empty(report.Failed);
        await using var db = store.Open();
        var variants = await db.Variants.OrderBy(v => v.Id).ToListAsync();
        Assert.Equal([("Short", "Navy", "Fit", "Slim"), ("Short", "Navy", "Fit", "Relaxed")],
            variants.Select(v => (v.Size, v.Color, v.Options.Single().Name, v.Options.Single().Value)));
        Assert.Equal(2, variants.Select(v => v.Sku).Distinct().Count());
    }

    [Fact]
    public async Task Json_products_read_named_options_and_orders_carry_them_on_their_lines()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string products = """
            [{ "handle": "keyboard", "title": "Mechanical Keyboard", "category": "accessories",
               "variants": [ { "sku": "KB-LIN", "price": "90", "stock": "3", "options": [ { "name": "Switch type", "value": "Linear" } ] },
                             { "sku": "KB-CLK", "price": "95", "stock": "3", "options": [ { "name": "Switch type", "value": "Clicky" } ] } ] }]
            """;
        const string orders = """
            [{ "number": "#1001", "email": "kim@example.com", "status": "pending", "placedAt": "2025-05-30T10:00:00Z",
               "lines": [ { "sku": "KB-CLK", "quantity": 1 } ],
               "shippingAddress": { "name": "Kim", "line1": "1 High St", "city": "York", "postalCode": "YO1 7HH", "country": "GB" } }]
            """;

        await store.Importer().ImportProductsAsync(ImportTestStore.Text(products), ProductFeedFormat.Json, CancellationToken.None);
        var report = await store.Importer().ImportOrdersAsync(ImportTestStore.Text(orders), CancellationToken.None);

        Assert.Empty(report.Failed);
        await using var db = store.Open();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync();
        Assert.Equal(("#1001", "1001"), (order.Number, order.NumberKey));
        Assert.Equal(("Switch type", "Clicky"), (order.Lines.Single().Options.Single().Name, order.Lines.Single().Options.Single().Value));
    }
}
