using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Search;

public sealed class ProductSearchConstraintTests(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task Every_product_offered_has_one_variant_in_stock_in_the_colour_size_and_price_asked_for()
    {
        var asked = new SearchConstraints { Colors = ["blue"], Size = "M", MinPrice = 20, MaxPrice = 90 };

        var result = await store.SearchAsync(asked, take: ProductSearchSkill.MaxTake);

        await using var db = store.Open();
        var products = (await CatalogTruth.ProductsAsync(db)).ToDictionary(p => p.Handle);
        Assert.Equal(products.Values.Count(p => CatalogTruth.Fits(p, asked)), result.Total);
        Assert.NotEmpty(result.Products);
        foreach (var match in result.Products)
        {
            var product = products[match.Handle];
            var offered = product.Variants.Where(v => CatalogTruth.Offers(v, asked)).ToList();
            Assert.NotEmpty(offered);
            Assert.Equal(offered.Min(v => v.Price), match.Price);
            Assert.All(match.Colors, color => Assert.Contains(offered, v => v.Color == color));
            Assert.Contains("M", match.SizesInStock);
            Assert.Contains(match.Reasons, r => r == "in stock in M" || (r.StartsWith("only ") && r.EndsWith(" left in M")));
        }
    }

    [Fact]
    public async Task Excluded_colours_and_materials_are_never_offered()
    {
        var asked = new SearchConstraints { Category = "dresses", ExcludedColors = ["black", "white"], ExcludedMaterials = ["polyester"] };

        var result = await store.SearchAsync(asked, take: ProductSearchSkill.MaxTake);

        await using var db = store.Open();
        var products = (await CatalogTruth.ProductsAsync(db)).ToDictionary(p => p.Handle);
        Assert.Equal(products.Values.Count(p => CatalogTruth.Fits(p, asked)), result.Total);
        Assert.NotEmpty(result.Products);
        foreach (var match in result.Products)
        {
            var product = products[match.Handle];
            Assert.DoesNotContain("polyester", product.Attributes.Material ?? "");   // recycled polyester is polyester too
            Assert.All(match.Colors, color => Assert.DoesNotContain(ColorFamilies.FamilyOf(color), new[] { "black", "white" }));
        }
        Assert.DoesNotContain(result.Facets.Colors, f => f.Value is "black" or "white");
        Assert.DoesNotContain(result.Facets.Materials, f => f.Value.Contains("polyester"));
    }

    [Fact]
    public async Task A_search_for_women_also_offers_unisex_products_and_stays_in_its_category()
    {
        var asked = new SearchConstraints { Category = "bags", Gender = Gender.Women };

        var result = await store.SearchAsync(asked, take: ProductSearchSkill.MaxTake);

        await using var db = store.Open();
        var expected = (await CatalogTruth.ProductsAsync(db)).Where(p => CatalogTruth.Fits(p, asked)).ToList();
        Assert.Contains(expected, p => p.Gender == Gender.Unisex);
        Assert.Equal(expected.Select(p => p.Handle).Order(), result.Products.Select(m => m.Handle).Order());
        Assert.All(result.Products, m => Assert.Equal("bags", m.Category));
        Assert.All(result.Products, m => Assert.Contains(m.Gender, new[] { Gender.Women, Gender.Unisex }));
    }

    [Fact]
    public async Task Facets_count_every_match_not_just_the_page()
    {
        var asked = new SearchConstraints { Gender = Gender.Women, MaxPrice = 120 };

        var result = await store.SearchAsync(asked, take: 5);

        await using var db = store.Open();
        var matches = (await CatalogTruth.ProductsAsync(db)).Where(p => CatalogTruth.Fits(p, asked)).ToList();
        Assert.Equal(5, result.Products.Count);
        Assert.Equal(matches.Count, result.Total);
        Assert.Equal(matches.Count, result.Facets.Categories.Sum(f => f.Count));
        Assert.Equal(Tally(matches.Select(p => p.Category)), Tally(result.Facets.Categories));
        Assert.Equal(Tally(matches.Select(p => p.Brand)), Tally(result.Facets.Brands));
        Assert.Equal(Tally(matches.SelectMany(p => p.Variants.Where(v => CatalogTruth.Offers(v, asked)).Select(v => v.ColorFamily).Distinct())),
            Tally(result.Facets.Colors));
        Assert.Equal(Tally(matches.SelectMany(p => p.Variants.Where(v => CatalogTruth.Offers(v, asked)).Select(v => v.Size).Distinct())),
            Tally(result.Facets.Sizes));
        var cheapest = matches.Select(p => CatalogTruth.CheapestOffer(p, asked)).ToList();
        Assert.Equal(new PriceRange(cheapest.Min(), cheapest.Max()), result.Facets.PriceRange);
    }

    [Fact]
    public async Task A_size_that_sold_out_since_the_snapshot_is_not_offered()
    {
        var asked = new SearchConstraints { Size = "M", Category = "t-shirts" };
        var before = await store.SearchAsync(asked, take: ProductSearchSkill.MaxTake);
        var sellingOut = before.Products[0].Handle;

        await using (var db = store.Open())
            await db.Variants.Where(v => v.Product!.Handle == sellingOut && v.Size == "M").ExecuteUpdateAsync(v => v.SetProperty(x => x.Stock, 0));
        var stale = await store.SearchAsync(asked, take: ProductSearchSkill.MaxTake);
        store.Catalog.Invalidate();
        var fresh = await store.SearchAsync(asked, take: ProductSearchSkill.MaxTake);

        // The snapshot still thinks M is in stock, but the page is re-read: the product is dropped all the same.
        Assert.DoesNotContain(stale.Products, m => m.Handle == sellingOut);
        Assert.Equal(before.Total - 1, stale.Total);
        Assert.DoesNotContain(fresh.Products, m => m.Handle == sellingOut);
        Assert.Equal(before.Total - 1, fresh.Total);
        Assert.All(fresh.Products, m => Assert.Contains("M", m.SizesInStock));
    }

    [Theory]
    [InlineData(SearchSort.PriceLowToHigh)]
    [InlineData(SearchSort.PriceHighToLow)]
    public async Task Price_sorts_order_by_the_price_of_the_variant_offered_across_pages(SearchSort sort)
    {
        var asked = new SearchConstraints { Category = "dresses", Colors = ["red"], Sort = sort };

        var first = await store.SearchAsync(asked, take: 6);
        var second = await store.SearchAsync(asked, skip: 6, take: 6);

        var prices = first.Products.Concat(second.Products).Select(m => m.Price).ToList();
        Assert.True(prices.Count > 6);
        Assert.Equal(sort == SearchSort.PriceLowToHigh ? prices.Order() : prices.OrderDescending(), prices);
        Assert.Empty(first.Products.Select(m => m.Handle).Intersect(second.Products.Select(m => m.Handle)));
    }

    [Fact]
    public async Task Newest_sort_shows_the_latest_arrivals_first()
    {
        var result = await store.SearchAsync(new SearchConstraints { Sort = SearchSort.Newest }, take: 20);

        await using var db = store.Open();
        var created = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Handle, p => p.CreatedAt);
        var order = result.Products.Select(m => created[m.Handle]).ToList();
        Assert.Equal(order.OrderDescending(), order);
        Assert.Equal(created.Values.Max(), order[0]);
    }

    [Fact]
    public async Task Best_rated_prefers_forty_reviews_averaging_four_point_seven_to_a_single_five_star_review()
    {
        await using (var db = store.Open())
        {
            db.Products.AddRange(
                Reviewed("lone-star-tote", [5]),
                Reviewed("crowd-favourite-tote", [.. Enumerable.Repeat(5, 28), .. Enumerable.Repeat(4, 12)]),
                Reviewed("unloved-tote", [3, 2, 3]));
            await db.SaveChangesAsync();
        }
        store.Catalog.Invalidate();

        var rated = await store.SearchAsync(new SearchConstraints { Category = "test-totes", Sort = SearchSort.BestRated });
        var relevant = await store.SearchAsync(new SearchConstraints { Category = "test-totes" });

        Assert.Equal(["crowd-favourite-tote", "lone-star-tote", "unloved-tote"], rated.Products.Select(m => m.Handle));
        Assert.Equal(["crowd-favourite-tote", "lone-star-tote", "unloved-tote"], relevant.Products.Select(m => m.Handle));
        Assert.Equal((4.7, 40), (rated.Products[0].Rating, rated.Products[0].ReviewCount));
        Assert.Contains("4.7★ from 40 reviews", rated.Products[0].Reasons);
    }

    [Fact]
    public async Task The_first_page_is_not_five_products_of_one_brand_when_others_match()
    {
        var result = await store.SearchAsync(new SearchConstraints { Category = "dresses" }, take: 5);

        Assert.True(result.Facets.Brands.Count > 1);
        Assert.True(result.Products.Select(m => m.Brand).Distinct().Count() >= 3);
    }

    private static Product Reviewed(string handle, int[] ratings) => new()
    {
        Handle = handle,
        Title = handle.Replace('-', ' '),
        Brand = "Carryall",
        Category = "test-totes",
        Gender = Gender.Unisex,
        CreatedAt = SearchStore.Today,
        UpdatedAt = SearchStore.Today,
        Variants = [new Variant { Sku = handle, Size = "One Size", Color = "black", ColorFamily = "black", Price = 40, Stock = 5 }],
        Reviews = ratings.Select(r => new Review { Rating = r, CreatedAt = SearchStore.Today }).ToList(),
    };

    private static Dictionary<string, int> Tally(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key.ToLowerInvariant(), g => g.Count());

    private static Dictionary<string, int> Tally(IEnumerable<FacetCount> facets) =>
        facets.ToDictionary(f => f.Value.ToLowerInvariant(), f => f.Count);
}
