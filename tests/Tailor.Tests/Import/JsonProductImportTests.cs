using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Store.Import;

namespace Tailor.Tests.Import;

public sealed class JsonProductImportTests
{
    [Fact]
    public async Task Json_products_import_with_bad_variants_left_out_and_untitled_products_rejected()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.ImportProductsAsync("products.json", ProductFeedFormat.Json);

        Assert.Equal((3, 0), (report.Created, report.Updated));
        Assert.Equal(
        [
            new ImportError(1, "variants[2].price", "'free' is not a price"),
            new ImportError(2, "variants[1].stock", "'-1' is negative stock"),
            new ImportError(3, "title", "is required"),
        ], report.Failed);
        await using var db = store.Open();
        var rollneck = await db.Products.Include(p => p.Variants).Include(p => p.Images).SingleAsync(p => p.Handle == "cashmere-rollneck");
        Assert.Equal(["CR-L-BLK", "CR-M-OAT", "CR-S-OAT"], rollneck.Variants.Select(v => v.Sku).Order());
        Assert.Equal(("knitwear", Gender.Women, "Hand wash cold, dry flat."), (rollneck.Category, rollneck.Gender, rollneck.Care));
        Assert.Equal(("cashmere", "roll neck", "long sleeve"), (rollneck.Attributes.Material, rollneck.Attributes.Neckline, rollneck.Attributes.Sleeve));
        Assert.Equal(["autumn", "winter"], rollneck.Attributes.Seasons);
        Assert.Equal(["autumn-edit"], rollneck.Collections);
        Assert.Equal([("Oatmeal", "beige"), ("Black", "black")], rollneck.Images.OrderBy(i => i.Position).Select(i => (i.Color!, ColorFamilies.FamilyOf(i.Color))));
        var skirt = await db.Products.SingleAsync(p => p.Handle == "pleated-midi-skirt");
        Assert.Equal(("Sunray pleats that move with you.", "solid"), (skirt.Description, skirt.Attributes.Pattern));
        Assert.Equal(["party"], skirt.Attributes.Occasions);
        Assert.Equal("sneakers", (await db.Products.SingleAsync(p => p.Handle == "canvas-sneakers")).Category);
    }

    [Fact]
    public async Task Reimporting_json_products_creates_nothing()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await store.ImportProductsAsync("products.json", ProductFeedFormat.Json);
        var before = await store.CountsAsync();

        var again = await store.ImportProductsAsync("products.json", ProductFeedFormat.Json);

        Assert.Equal((0, 3), (again.Created, again.Updated));
        Assert.Equal(before, await store.CountsAsync());
    }

    [Fact]
    public async Task Invalid_json_keeps_the_products_before_the_error()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string json = """
            [
              { "handle": "a", "title": "A", "variants": [{ "sku": "A-1", "price": 1, "stock": 1 }] },
              { "handle": "b", "title": "B", "variants": [{ "sku": "B-1", "price": 2, "stock": 1 }] },
              { "handle": "c", "title": "C" "variants": []
            """;

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(json), ProductFeedFormat.Json, CancellationToken.None);

        Assert.Equal(2, report.Created);
        var error = Assert.Single(report.Failed);
        Assert.Equal((3, "file"), (error.Row, error.Field));
        Assert.StartsWith("is not valid JSON (", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public async Task A_sku_that_belongs_to_another_product_is_refused_for_that_variant_only()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string json = """
            { "products": [
              { "handle": "first", "title": "First", "variants": [{ "sku": "SHARED", "price": 1, "stock": 1 }] },
              { "handle": "second", "title": "Second", "variants": [{ "sku": "SHARED", "price": 2, "stock": 1 }, { "sku": "OWN", "price": 2, "stock": 1 }] }
            ] }
            """;

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(json), ProductFeedFormat.Json, CancellationToken.None);

        Assert.Equal(2, report.Created);
        Assert.Equal([new ImportError(2, "variants[0].sku", "'SHARED' is already the SKU of product 'first'")], report.Failed);
        await using var db = store.Open();
        Assert.Equal(1m, (await db.Variants.SingleAsync(v => v.Sku == "SHARED")).Price);
    }

    [Fact]
    public async Task Small_batches_give_the_same_result_as_one_batch()
    {
        await using var store = await ImportTestStore.CreateAsync();
        var products = Enumerable.Range(1, 23).Select(i =>
            $$"""{ "handle": "p{{i}}", "title": "Product {{i}}", "variants": [{ "sku": "P{{i}}-S", "size": "S", "price": {{i}}, "stock": 1 }] }""");
        var json = $"[{string.Join(",", products)}]";

        var report = await store.Importer(new ImportOptions { BatchSize = 5 })
            .ImportProductsAsync(ImportTestStore.Text(json), ProductFeedFormat.Json, CancellationToken.None);

        Assert.Equal((23, 0), (report.Created, report.Updated));
        Assert.Equal("products 23, variants 23, images 0, customers 0, orders 0, lines 0, shipments 0, policies 0", await store.CountsAsync());
    }

    [Theory]
    [InlineData("", 1, "is not valid JSON (")]
    [InlineData("{ \"items\": [] }", 1, "is not valid JSON (the object has no \"products\" array)")]
    [InlineData("\"products\"", 1, "is not valid JSON (expected an array of products, or an object with a \"products\" array)")]
    public async Task A_json_file_without_a_products_array_is_reported_not_thrown(string json, int row, string message)
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(json), ProductFeedFormat.Json, CancellationToken.None);

        var error = Assert.Single(report.Failed);
        Assert.Equal((row, "file"), (error.Row, error.Field));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public async Task Elements_that_are_not_objects_are_named_by_row()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text("[1, \"two\"]"), ProductFeedFormat.Json, CancellationToken.None);

        Assert.Equal([new ImportError(1, "product", "must be an object"), new ImportError(2, "product", "must be an object")], report.Failed);
    }

    [Fact]
    public async Task Cancelling_an_import_throws_and_keeps_the_batches_already_saved()
    {
        await using var store = await ImportTestStore.CreateAsync();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.Importer().ImportProductsAsync(ImportTestStore.Fixture("products.json"), ProductFeedFormat.Json, cancel.Token));
    }
}
