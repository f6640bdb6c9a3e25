using Tailor.Domain.Catalog;
using Tailor.Store.Demo;

namespace Tailor.Tests.Demo;

public sealed class DemoStoreGeneratorTests(DemoStoreFixture fixture) : IClassFixture<DemoStoreFixture>
{
    private DemoStore Store => fixture.Store;

    [Fact]
    public void Same_seed_generates_an_identical_store()
    {
        var again = DemoStoreFixture.Generate(seed: 7);

        Assert.Equal(DemoStoreFixture.Fingerprint(Store), DemoStoreFixture.Fingerprint(again));
    }

    [Fact]
    public void Same_seed_later_the_same_day_generates_an_identical_store()
    {
        var evening = DemoStoreFixture.Generate(seed: 7, at: DemoStoreFixture.Today.Date.AddHours(22.5));

        Assert.Equal(DemoStoreFixture.Fingerprint(Store), DemoStoreFixture.Fingerprint(evening));
    }

    [Fact]
    public void A_different_seed_generates_a_different_store()
    {
        var other = DemoStoreFixture.Generate(seed: 8);

        Assert.NotEqual(DemoStoreFixture.Fingerprint(Store), DemoStoreFixture.Fingerprint(other));
        Assert.NotEqual(Store.Products.Select(p => p.Title), other.Products.Select(p => p.Title));
    }

    [Fact]
    public void Counts_follow_the_options()
    {
        Assert.Equal(300, Store.Products.Count);
        Assert.Equal(300, Store.Customers.Count);
        Assert.Equal(1500, Store.Orders.Count);
        Assert.NotEmpty(Store.Returns);
        Assert.NotEmpty(Store.Promotions);
    }

    [Fact]
    public void Handles_skus_customer_ids_and_emails_are_unique()
    {
        Assert.Distinct(Store.Products.Select(p => p.Handle));
        Assert.Distinct(Store.Products.SelectMany(p => p.Variants).Select(v => v.Sku));
        Assert.Distinct(Store.Customers.Select(c => c.ExternalId));
        Assert.Distinct(Store.Customers.Select(c => c.Email.ToLowerInvariant()));
        Assert.Distinct(Store.Orders.Select(o => o.Number));
        Assert.Distinct(Store.Returns.Select(r => r.Rma));
        Assert.All(Store.Products, p => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*-[0-9]+$", p.Handle));
    }

    [Theory]
    [InlineData(3, 2000)]
    [InlineData(42, 150)]
    public void The_catalog_covers_every_category_for_women_men_and_kids(int seed, int products)
    {
        var store = DemoStoreFixture.Generate(seed, products: products, customers: 10, orders: 10);
        string[] categories = ["dresses", "jeans", "trousers", "t-shirts", "shirts", "knitwear", "jackets", "coats", "skirts", "activewear",
            "swimwear", "sneakers", "boots", "heels", "sandals", "bags", "belts", "scarves", "hats", "jewellery"];

        Assert.Equal(categories.Order(), store.Products.Select(p => p.Category).Distinct().Order());
        Assert.Contains(store.Products, p => p.Gender == Gender.Women);
        Assert.Contains(store.Products, p => p.Gender == Gender.Men);
        Assert.Contains(store.Products, p => p.Gender == Gender.Kids);
        Assert.Contains(store.Products, p => p.CategoryPath == "Women > Clothing > Dresses");
        Assert.True(store.Products.Select(p => p.Brand).Distinct().Count() >= 15);
    }

    [Fact]
    public void Variants_use_known_colours_with_their_family_and_sizes_that_suit_the_category()
    {
        var variants = Store.Products.SelectMany(p => p.Variants.Select(v => (p, v))).ToList();

        Assert.All(variants, x => Assert.Contains(x.v.Color, ColorFamilies.KnownColors));
        Assert.All(variants, x => Assert.Equal(ColorFamilies.FamilyOf(x.v.Color), x.v.ColorFamily));
        Assert.All(Store.Products, p => Assert.InRange(p.Variants.Select(v => v.Color).Distinct().Count(), 2, 4));
        Assert.All(variants.Where(x => x.p.Gender == Gender.Kids && x.p.CategoryPath.Contains("Clothing")), x => Assert.EndsWith("Y", x.v.Size));
        Assert.All(variants.Where(x => x.p.Category is "bags" or "jewellery"), x => Assert.Equal("One Size", x.v.Size));
        Assert.All(variants.Where(x => x.p.Category == "sneakers" && x.p.Gender != Gender.Kids), x => Assert.StartsWith("UK ", x.v.Size));
    }

    [Fact]
    public void Prices_look_like_shop_prices_and_some_products_are_on_sale()
    {
        var prices = Store.Products.SelectMany(p => p.Variants).Select(v => v.Price).ToList();
        var onSale = Store.Products.Count(p => p.Variants[0].OnSale) / (double)Store.Products.Count;

        Assert.All(prices, price => Assert.Contains(price % 1, new[] { 0m, 0.99m, 0.95m }));
        Assert.All(Store.Products.SelectMany(p => p.Variants).Where(v => v.CompareAtPrice is not null), v => Assert.True(v.CompareAtPrice > v.Price));
        Assert.InRange(onSale, 0.1, 0.3);
    }

    [Fact]
    public void Stock_is_uneven_with_sold_out_and_last_few_sizes()
    {
        var stock = Store.Products.SelectMany(p => p.Variants).Select(v => v.Stock).ToList();

        Assert.Contains(stock, s => s == 0);
        Assert.Contains(stock, s => s is >= 1 and <= 3);
        Assert.Contains(stock, s => s > 20);
        Assert.InRange(stock.Count(s => s == 0) / (double)stock.Count, 0.05, 0.3);
    }

    [Fact]
    public void Every_colour_has_an_svg_image_at_the_served_url()
    {
        Assert.All(Store.Products, p =>
        {
            Assert.Equal(p.Variants.Select(v => v.Color).Distinct(), p.Images.Select(i => i.Color));
            Assert.All(p.Images, i => Assert.Matches($"^/images/products/{p.Handle}/[a-z-]+\\.svg$", i.Url));
        });
    }

    [Fact]
    public void Descriptions_vary_between_products()
    {
        var openings = Store.Products.Select(p => p.Description.Split('.')[0]).ToList();

        Assert.True(openings.Distinct().Count() > Store.Products.Count * 0.8, "most descriptions should open differently");
        Assert.All(Store.Products, p => Assert.False(string.IsNullOrWhiteSpace(p.Care)));
        Assert.DoesNotContain(Store.Products, p => p.Description.Contains('{') || p.Title.Contains('{'));
    }

    [Fact]
    public void Size_charts_exist_for_every_category_and_gender_sold()
    {
        var sold = Store.Products.Select(p => (p.Category, p.Gender)).Distinct();

        Assert.All(sold, pair => Assert.Contains(Store.SizeCharts, c => c.Category == pair.Category && c.Gender == pair.Gender));
        var dresses = Store.SizeCharts.Single(c => c.Category == "dresses" && c.Gender == Gender.Women);
        Assert.All(dresses.Rows, r => Assert.True(r.Chest is not null && r.Waist is not null && r.Hip is not null && r.Uk is not null && r.Eu is not null));
        Assert.All(Store.SizeCharts.Where(c => c.Category == "boots"), c => Assert.All(c.Rows, r => Assert.NotNull(r.Foot)));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 5, 10)]
    [InlineData(1, 1, 20)]
    [InlineData(3, 0, 12)]
    public void A_tiny_store_still_generates(int products, int customers, int orders)
    {
        var tiny = DemoStoreFixture.Generate(seed: 1, products: products, customers: customers, orders: orders);

        Assert.Equal(products, tiny.Products.Count);
        Assert.Equal(products == 0 ? 0 : orders, tiny.Orders.Count);
        Assert.All(tiny.Orders, o => Assert.NotEmpty(o.Lines));
        Assert.True(tiny.Policies.Count >= 15);
    }
}
