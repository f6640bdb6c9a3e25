using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tailor.Domain.Catalog;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Import;

namespace Tailor.Tests.Import;

public sealed class ShopifyCsvWriterTests
{
    [Fact]
    public async Task Written_export_imports_back_to_the_same_products()
    {
        var products = new[]
        {
            new Product
            {
                Handle = "wrap-dress", Title = "Wrap Dress", Description = "Soft jersey, \"easy\" fit.\n\nMachine washable.",
                Brand = "Atelier Nord", Category = "dresses", CategoryPath = "Women > Clothing > Dresses", Gender = Gender.Women,
                Care = "Wash at 30°C", Tags = ["new-in"], Collections = ["summer-edit"], FinalSale = true,
                Attributes = new ProductAttributes { Material = "jersey", Occasions = ["party", "work"], Seasons = ["summer"] },
                Variants =
                [
                    new Variant { Sku = "WD-S-RED", Size = "S", Color = "Red", Price = 49.5m, CompareAtPrice = 60m, Stock = 3 },
                    new Variant { Sku = "WD-M-RED", Size = "M", Color = "Red", Price = 49.5m, Stock = 0 },
                    new Variant { Sku = "WD-M-BLU", Size = "M", Color = "Cobalt", Price = 49.5m, Stock = 5 },
                ],
                Images =
                [
                    new ProductImage { Url = "https://img.example/wd-red.jpg", Alt = "Front", Color = "Red", Position = 1 },
                    new ProductImage { Url = "https://img.example/wd-blue.jpg", Alt = "In cobalt", Color = "Cobalt", Position = 2 },
                    new ProductImage { Url = "https://img.example/wd-detail.jpg", Alt = "Detail", Position = 3 },
                ],
            },
            new Product
            {
                Handle = "wool-scarf", Title = "Wool Scarf", Category = "scarves", Gender = Gender.Unisex,
                Variants = [new Variant { Sku = "WS-1", Price = 30m, Stock = 2 }],
                Images = [new ProductImage { Url = "https://img.example/ws-1.jpg", Position = 1 }, new ProductImage { Url = "https://img.example/ws-2.jpg", Position = 2 }],
            },
        };
        var csv = new StringWriter();
        ShopifyCsvWriter.Write(csv, products);
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(csv.ToString()), ProductFeedFormat.Shopify, CancellationToken.None);

        Assert.Empty(report.Failed);
        Assert.Equal(2, report.Created);
        await using var db = store.Open();
        var dress = await db.Products.Include(p => p.Variants).Include(p => p.Images).SingleAsync(p => p.Handle == "wrap-dress");
        Assert.Equal((products[0].Title, products[0].Description, products[0].Brand, products[0].Category, products[0].CategoryPath, products[0].Gender, products[0].Care, true),
            (dress.Title, dress.Description, dress.Brand, dress.Category, dress.CategoryPath, dress.Gender, dress.Care, dress.FinalSale));
        Assert.Equal("jersey", dress.Attributes.Material);
        Assert.Equal(["party", "work"], dress.Attributes.Occasions);
        Assert.Equal(["summer"], dress.Attributes.Seasons);
        Assert.Equal(["summer-edit"], dress.Collections);
        Assert.Equal(products[0].Variants.Select(v => (v.Sku, v.Size, v.Color, v.Price, v.CompareAtPrice, v.Stock)).OrderBy(v => v.Sku),
            dress.Variants.Select(v => (v.Sku, v.Size, v.Color, v.Price, v.CompareAtPrice, v.Stock)).OrderBy(v => v.Sku));
        Assert.Equal([("wd-red.jpg", "Front", "Red"), ("wd-blue.jpg", "In cobalt", "Cobalt"), ("wd-detail.jpg", "Detail", null)],
            dress.Images.OrderBy(i => i.Position).Select(i => (i.Url.Split('/')[^1], i.Alt, i.Color)));
        var scarf = await db.Products.Include(p => p.Variants).Include(p => p.Images).SingleAsync(p => p.Handle == "wool-scarf");
        Assert.Equal((2, "WS-1", ""), (scarf.Images.Count, scarf.Variants.Single().Sku, scarf.Variants.Single().Size));
    }

    [Fact]
    public async Task The_demo_catalog_survives_a_round_trip_through_a_Shopify_export()
    {
        var demo = new DemoStoreGenerator(new DemoStoreOptions { Products = 150, Customers = 1, Orders = 0 }, new StoreSettings(),
            new FakeTimeProvider(ImportTestStore.Now)).Generate().Products;
        var csv = new StringWriter();
        ShopifyCsvWriter.Write(csv, demo);
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.Importer().ImportProductsAsync(ImportTestStore.Text(csv.ToString()), ProductFeedFormat.Shopify, CancellationToken.None);

        Assert.Empty(report.Failed);
        Assert.Equal(demo.Count, report.Created);
        await using var db = store.Open();
        var imported = await db.Products.Include(p => p.Variants).Include(p => p.Images).ToDictionaryAsync(p => p.Handle);
        Assert.All(demo, made => Assert.Equal(Describe(made), Describe(imported[made.Handle])));
    }

    /// <summary>Everything a Shopify export can carry, as one comparable text.</summary>
    private static string Describe(Product p) => string.Join("\n",
        p.Title, p.Description, p.Brand, p.Category, p.CategoryPath, p.Gender, p.Care, p.FinalSale,
        string.Join(",", p.Tags), string.Join(",", p.Collections),
        $"{p.Attributes.Material}|{p.Attributes.Pattern}|{p.Attributes.Fit}|{p.Attributes.Neckline}|{p.Attributes.Sleeve}",
        string.Join(",", p.Attributes.Occasions), string.Join(",", p.Attributes.Seasons), string.Join(",", p.Attributes.Styles),
        string.Join(";", p.Variants.OrderBy(v => v.Sku, StringComparer.Ordinal).Select(v => $"{v.Sku}|{v.Size}|{v.Color}|{v.ColorFamily}|{v.Price}|{v.CompareAtPrice}|{v.Stock}")),
        string.Join(";", p.Images.OrderBy(i => i.Position).Select(i => $"{i.Url}|{i.Alt}|{i.Color}")));

    [Theory]
    [InlineData("shopify", true, ProductFeedFormat.Shopify)]
    [InlineData(" Merchant ", true, ProductFeedFormat.Merchant)]
    [InlineData("JSON", true, ProductFeedFormat.Json)]
    [InlineData("1", false, default(ProductFeedFormat))]
    [InlineData("csv", false, default(ProductFeedFormat))]
    [InlineData(null, false, default(ProductFeedFormat))]
    public void Feed_format_names_are_read_ignoring_case(string? text, bool known, ProductFeedFormat expected)
    {
        Assert.Equal(known, CatalogImporter.TryParseFormat(text, out var format));
        if (known) Assert.Equal(expected, format);
    }
}
