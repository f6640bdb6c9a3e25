using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Store.Import;

namespace Tailor.Tests.Import;

public sealed class MerchantImportTests
{
    private static readonly ImportError[] BrokenItems =
    [
        new(4, "price", "'abc GBP' is not a price"),
        new(7, "availability", "'maybe' is not an availability (in stock, out of stock, preorder or backorder)"),
        new(8, "title", "is required"),
    ];

    [Theory]
    [InlineData("merchant-feed.tsv")]
    [InlineData("merchant-feed.xml")]
    public async Task Merchant_feed_groups_items_into_products_and_names_the_broken_items(string feed)
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.ImportProductsAsync(feed, ProductFeedFormat.Merchant);

        Assert.Equal((3, 0), (report.Created, report.Updated));
        Assert.Equal(BrokenItems, report.Failed);
        await using var db = store.Open();
        var dress = await db.Products.Include(p => p.Variants).Include(p => p.Images).SingleAsync(p => p.Handle == "dress-001");
        Assert.Equal(("Linen Wrap Dress", "dresses", "Apparel > Women > Dresses", Gender.Women, "linen"),
            (dress.Title, dress.Category, dress.CategoryPath, dress.Gender, dress.Attributes.Material));
        Assert.Equal("A wrap dress in washed linen & a tie waist.", dress.Description);
        var variants = dress.Variants.ToDictionary(v => v.Sku);
        Assert.Equal(["DRESS-001-L-NAVY", "DRESS-001-M-NAVY", "DRESS-001-S-NAVY"], variants.Keys.Order());
        // The sale price is what the shopper pays; the regular price becomes the "was" price.
        Assert.Equal((59m, 79m), (variants["DRESS-001-M-NAVY"].Price, variants["DRESS-001-M-NAVY"].CompareAtPrice));
        Assert.Equal((79m, (decimal?)null, 10), (variants["DRESS-001-S-NAVY"].Price, variants["DRESS-001-S-NAVY"].CompareAtPrice, variants["DRESS-001-S-NAVY"].Stock));
        Assert.Equal(0, variants["DRESS-001-L-NAVY"].Stock);
        Assert.Equal(["dress-navy.jpg", "dress-navy-back.jpg", "dress-navy-side.jpg"], dress.Images.OrderBy(i => i.Position).Select(i => i.Url.Split('/')[^1]));

        var belt = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Handle == "belt-9");
        Assert.Equal(("belts", Gender.Men, true, 0), (belt.Category, belt.Gender, belt.FinalSale, belt.Variants.Single().Stock));
        var tee = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Handle == "kids-tee");
        Assert.Equal(("Dino Tee", Gender.Kids, "animal print", "t-shirts"), (tee.Title, tee.Gender, tee.Attributes.Pattern, tee.Category));
    }

    [Fact]
    public async Task Merchant_xml_and_tsv_give_the_same_products()
    {
        await using var fromTsv = await ImportTestStore.CreateAsync();
        await using var fromXml = await ImportTestStore.CreateAsync();

        await fromTsv.ImportProductsAsync("merchant-feed.tsv", ProductFeedFormat.Merchant);
        await fromXml.ImportProductsAsync("merchant-feed.xml", ProductFeedFormat.Merchant);

        Assert.Equal(await CatalogAsync(fromTsv), await CatalogAsync(fromXml));
    }

    [Fact]
    public async Task Truncated_xml_keeps_the_items_before_the_break_and_reports_it()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.ImportProductsAsync("merchant-feed-truncated.xml", ProductFeedFormat.Merchant);

        Assert.Equal(2, report.Created);
        var error = Assert.Single(report.Failed);
        Assert.Equal((3, "file"), (error.Row, error.Field));
        Assert.StartsWith("is not valid XML (line ", error.Message);
        Assert.EndsWith("nothing from this row on was imported", error.Message);
        await using var db = store.Open();
        Assert.Equal(["BELT-9", "DRESS-001-S-NAVY"], await db.Variants.Select(v => v.Sku).OrderBy(s => s).ToListAsync());
    }

    [Fact]
    public async Task Reimporting_a_merchant_feed_creates_nothing()
    {
        await using var store = await ImportTestStore.CreateAsync();
        await store.ImportProductsAsync("merchant-feed.xml", ProductFeedFormat.Merchant);
        var before = await store.CountsAsync();

        var again = await store.ImportProductsAsync("merchant-feed.tsv", ProductFeedFormat.Merchant);

        Assert.Equal((0, 3), (again.Created, again.Updated));
        Assert.Equal(before, await store.CountsAsync());
    }

    [Fact]
    public async Task Xml_with_leading_whitespace_and_atom_entries_is_read()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string atom = "\n  <?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:g=\"http://base.google.com/ns/1.0\">" +
                            "<entry><g:id>CAP-1</g:id><g:title>Canvas Cap</g:title><g:price>15 GBP</g:price><g:availability>in stock</g:availability></entry></feed>";

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(atom), ProductFeedFormat.Merchant, CancellationToken.None);

        Assert.Empty(report.Failed);
        await using var db = store.Open();
        Assert.Equal(("cap-1", "CAP-1", 15m), await db.Variants.Select(v => ValueTuple.Create(v.Product!.Handle, v.Sku, v.Price)).SingleAsync());
    }

    private static async Task<string> CatalogAsync(ImportTestStore store)
    {
        await using var db = store.Open();
        var products = await db.Products.Include(p => p.Variants).Include(p => p.Images).OrderBy(p => p.Handle).ToListAsync();
        return string.Join("\n", products.Select(p =>
            $"{p.Handle}|{p.Title}|{p.Description}|{p.Brand}|{p.Category}|{p.CategoryPath}|{p.Gender}|{p.FinalSale}|{p.Attributes.Material}|{p.Attributes.Pattern}|" +
            string.Join(";", p.Variants.OrderBy(v => v.Sku).Select(v => $"{v.Sku}:{v.Size}:{v.Color}:{v.Price}:{v.CompareAtPrice}:{v.Stock}")) + "|" +
            string.Join(";", p.Images.OrderBy(i => i.Position).Select(i => $"{i.Url}:{i.Color}"))));
    }
}
