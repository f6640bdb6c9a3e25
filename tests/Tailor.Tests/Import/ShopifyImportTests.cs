using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Store.Import;

namespace Tailor.Tests.Import;

public sealed class ShopifyImportTests
{
    private const string Export = "shopify-products.csv";

    [Fact]
    public async Task Shopify_import_loads_good_rows_and_names_the_broken_ones()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.ImportProductsAsync(Export, ProductFeedFormat.Shopify);

        Assert.Equal(8, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(
        [
            new ImportError(5, "Variant Price", "'abc' is not a price"),
            new ImportError(8, "Variant Inventory Qty", "'-3' is negative stock"),
            new ImportError(24, "Status", "is 'draft': only active products are imported"),
            new ImportError(27, "Title", "is required for a new product, so the 1 row(s) of 'mystery-item' were not imported"),
            new ImportError(28, "Gift Card", "is TRUE: gift cards are not catalog products and were not imported"),
        ], report.Failed);
        await using var db = store.Open();
        var jumper = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Handle == "merino-crew-jumper");
        Assert.Equal(["MCJ-M-CAMEL", "MCJ-M-CHAR", "MCJ-S-CHAR"], jumper.Variants.Select(v => v.Sku).Order());
        Assert.False(await db.Products.AnyAsync(p => p.Handle == "silk-scarf" || p.Handle == "mystery-item" || p.Handle == "gift-card"));
    }

    [Fact]
    public async Task Continuation_rows_merge_into_one_product_with_its_variants_and_images()
    {
        await using var store = await ImportTestStore.CreateAsync();

        await store.ImportProductsAsync(Export, ProductFeedFormat.Shopify);

        await using var db = store.Open();
        var dress = await db.Products.Include(p => p.Variants).Include(p => p.Images).SingleAsync(p => p.Handle == "linen-midi-dress");
        // Row 5 (bad price) is left out; row 29, far below, adds L/Sage to the same product.
        Assert.Equal(["LMD-L-NAVY", "LMD-L-SAGE", "LMD-M-NAVY", "LMD-S-NAVY", "LMD-S-SAGE"], dress.Variants.Select(v => v.Sku).Order());
        Assert.Equal(["linen-midi-navy-front.jpg", "linen-midi-navy-back.jpg", "linen-midi-sage.jpg"],
            dress.Images.OrderBy(i => i.Position).Select(i => i.Url.Split('/')[^1]));
        var navy = dress.Variants.Single(v => v.Sku == "LMD-M-NAVY");
        Assert.Equal(("M", "Navy", "blue", 89m, 120m, 6), (navy.Size, navy.Color, navy.ColorFamily, navy.Price, navy.CompareAtPrice, navy.Stock));
        var tote = await db.Products.Include(p => p.Images).Include(p => p.Variants).SingleAsync(p => p.Handle == "leather-tote-bag");
        Assert.Equal(2, tote.Images.Count);
        Assert.Equal(("", ""), (tote.Variants.Single().Size, tote.Variants.Single().Color));
    }

    [Fact]
    public async Task Product_fields_are_read_from_body_type_category_and_tags()
    {
        await using var store = await ImportTestStore.CreateAsync();

        await store.ImportProductsAsync(Export, ProductFeedFormat.Shopify);

        await using var db = store.Open();
        var dress = await db.Products.SingleAsync(p => p.Handle == "linen-midi-dress");
        Assert.Equal("Breezy & light midi dress in pure European linen.\n\n- Relaxed fit\n- Hidden side pockets", dress.Description);
        Assert.Equal(("dresses", "Apparel & Accessories > Clothing > Dresses", Gender.Women, "Atelier Nord"),
            (dress.Category, dress.CategoryPath, dress.Gender, dress.Brand));
        Assert.Equal("linen", dress.Attributes.Material);
        Assert.Equal(["wedding"], dress.Attributes.Occasions);
        Assert.Equal(["summer"], dress.Attributes.Seasons);
        Assert.Equal(["summer-edit"], dress.Collections);
        Assert.Equal(["Women", "summer", "linen"], dress.Tags);

        var categories = await db.Products.ToDictionaryAsync(p => p.Handle, p => (p.Category, p.Gender));
        Assert.Equal(("knitwear", Gender.Men), categories["merino-crew-jumper"]);
        Assert.Equal(("t-shirts", Gender.Unisex), categories["classic-white-tee"]);
        Assert.Equal(("sneakers", Gender.Women), categories["trail-runner-sneakers"]);
        Assert.Equal(("bags", Gender.Women), categories["leather-tote-bag"]);
        Assert.Equal(("jackets", Gender.Kids), categories["kids-rain-jacket"]);
        var tote = await db.Products.SingleAsync(p => p.Handle == "leather-tote-bag");
        Assert.True(tote.FinalSale);
        Assert.Equal("Full-grain leather tote — fits a 13\" laptop.", tote.Description);
    }

    [Fact]
    public async Task Size_and_colour_are_found_from_option_names_in_any_spelling()
    {
        await using var store = await ImportTestStore.CreateAsync();

        await store.ImportProductsAsync(Export, ProductFeedFormat.Shopify);

        await using var db = store.Open();
        var variants = await db.Variants.ToDictionaryAsync(v => v.Sku);
        Assert.Equal(("M", "Camel", "brown"), (variants["MCJ-M-CAMEL"].Size, variants["MCJ-M-CAMEL"].Color, variants["MCJ-M-CAMEL"].ColorFamily)); // Taille / Couleur
        Assert.Equal(("XS", "White"), (variants["TEE-XS-WHT"].Size, variants["TEE-XS-WHT"].Color));                                              // size / color
        Assert.Equal(("38", "Black"), (variants["TRS-38-BLK"].Size, variants["TRS-38-BLK"].Color));                                              // Größe / Farbe
        Assert.Equal(("30/32", "Indigo"), (variants["SSJ-30-32"].Size, variants["SSJ-30-32"].Color));                                           // Waist + Length
        // The row without a SKU gets one made from the handle and its options.
        Assert.Equal(("40", "Off-White", "white", 2), (variants["trail-runner-sneakers-40-off-white"].Size,
            variants["trail-runner-sneakers-40-off-white"].Color, variants["trail-runner-sneakers-40-off-white"].ColorFamily,
            variants["trail-runner-sneakers-40-off-white"].Stock));
    }

    [Fact]
    public async Task Reimporting_the_same_export_creates_nothing_and_changes_nothing()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await store.ImportProductsAsync(Export, ProductFeedFormat.Shopify);
        var before = await store.CountsAsync();
        store.Time.Advance(TimeSpan.FromDays(1));

        var again = await store.ImportProductsAsync(Export, ProductFeedFormat.Shopify);

        Assert.Equal((0, 8), (again.Created, again.Updated));
        Assert.Equal(5, again.Failed.Count);
        Assert.Equal(before, await store.CountsAsync());
        await using var db = store.Open();
        Assert.All(await db.Products.ToListAsync(), p => Assert.Equal(ImportTestStore.Now, p.UpdatedAt));
    }

    [Fact]
    public async Task A_changed_price_updates_the_variant_and_the_product_time()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await store.ImportProductsAsync(Export, ProductFeedFormat.Shopify);
        store.Time.Advance(TimeSpan.FromDays(1));
        var csv = (await File.ReadAllTextAsync(ImportTestStore.FixturePath(Export))).Replace("TEE-M-WHT,300,shopify,30,deny,manual,25.00", "TEE-M-WHT,300,shopify,30,deny,manual,19.50");

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(csv), ProductFeedFormat.Shopify, CancellationToken.None);

        Assert.Equal((0, 8), (report.Created, report.Updated));
        await using var db = store.Open();
        Assert.Equal(19.50m, (await db.Variants.SingleAsync(v => v.Sku == "TEE-M-WHT")).Price);
        var updated = await db.Products.Where(p => p.UpdatedAt > ImportTestStore.Now).Select(p => p.Handle).ToListAsync();
        Assert.Equal(["classic-white-tee"], updated);
    }

    [Fact]
    public async Task Columns_are_found_by_name_in_any_order_and_case()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string csv = "variant price,TITLE,handle,Some Column We Ignore,option1 name,option1 value,variant sku,Variant Inventory Qty\n" +
                           "12.50,Canvas Cap,canvas-cap,x,Colour,Olive,CAP-OLV,3\n" +
                           "12.50,,canvas-cap,y,,Sand,CAP-SND,0\n";

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(csv), ProductFeedFormat.Shopify, CancellationToken.None);

        Assert.Empty(report.Failed);
        await using var db = store.Open();
        var cap = await db.Products.Include(p => p.Variants).SingleAsync();
        Assert.Equal("Canvas Cap", cap.Title);
        Assert.Equal([("CAP-OLV", "Olive", 3), ("CAP-SND", "Sand", 0)], cap.Variants.OrderBy(v => v.Sku).Select(v => (v.Sku, v.Color, v.Stock)));
    }

    [Fact]
    public async Task A_file_without_a_handle_column_is_refused_as_a_whole()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text("name,price\nCap,10\n"), ProductFeedFormat.Shopify, CancellationToken.None);

        var error = Assert.Single(report.Failed);
        Assert.Equal((0, "file"), (error.Row, error.Field));
        Assert.Contains("'Handle'", error.Message);
    }
}
