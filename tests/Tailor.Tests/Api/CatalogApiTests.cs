using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tailor.Server.Catalog;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class CatalogApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Health_endpoints_answer_when_the_store_is_ready()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Every_product_returned_has_a_variant_matching_colour_family_size_stock_and_price()
    {
        var all = await client.GetFromJsonAsync<ProductPageDto>("/api/products?pageSize=100");
        var sample = await client.GetFromJsonAsync<ProductDetailDto>($"/api/products/{all!.Items[0].Handle}");
        var target = sample!.Variants.First(v => v.Stock > 0);
        var (min, max) = (Math.Floor(target.Price) - 1, Math.Ceiling(target.Price) + 1);

        var page = await client.GetFromJsonAsync<ProductPageDto>(
            $"/api/products?color={target.ColorFamily}&size={Uri.EscapeDataString(target.Size)}&inStock=true&minPrice={min}&maxPrice={max}&pageSize=50");

        Assert.Contains(page!.Items, p => p.Handle == sample.Handle);
        foreach (var item in page.Items)
        {
            var detail = await client.GetFromJsonAsync<ProductDetailDto>($"/api/products/{item.Handle}");
            Assert.Contains(detail!.Variants, v => v.ColorFamily == target.ColorFamily && v.Size == target.Size
                && v.Stock > 0 && v.Price >= min && v.Price <= max);
        }
    }

    [Fact]
    public async Task Category_and_text_filters_narrow_the_results()
    {
        var dresses = await client.GetFromJsonAsync<ProductPageDto>("/api/products?category=dresses&pageSize=100");
        Assert.NotEmpty(dresses!.Items);
        Assert.All(dresses.Items, p => Assert.Equal("dresses", p.Category));

        var word = dresses.Items[0].Title.Split(' ').OrderByDescending(w => w.Length).First();
        var found = await client.GetFromJsonAsync<ProductPageDto>($"/api/products?q={Uri.EscapeDataString(word)}&pageSize=100");
        Assert.Contains(found!.Items, p => p.Handle == dresses.Items[0].Handle);
        Assert.True(found.Total < (await client.GetFromJsonAsync<ProductPageDto>("/api/products"))!.Total);
    }

    [Fact]
    public async Task Price_sort_orders_by_the_cheapest_variant()
    {
        var page = await client.GetFromJsonAsync<ProductPageDto>("/api/products?sort=price-asc&pageSize=40");
        Assert.Equal(page!.Items.Select(p => p.Price).Order(), page.Items.Select(p => p.Price));
        var desc = await client.GetFromJsonAsync<ProductPageDto>("/api/products?sort=price-desc&pageSize=40");
        Assert.Equal(desc!.Items.Select(p => p.Price).OrderDescending(), desc.Items.Select(p => p.Price));
    }

    [Fact]
    public async Task Paging_walks_through_the_results_without_overlap()
    {
        var first = await client.GetFromJsonAsync<ProductPageDto>("/api/products?page=1&pageSize=10&sort=title");
        var second = await client.GetFromJsonAsync<ProductPageDto>("/api/products?page=2&pageSize=10&sort=title");
        Assert.Equal(10, first!.Items.Count);
        Assert.Empty(first.Items.Select(p => p.Handle).Intersect(second!.Items.Select(p => p.Handle)));
    }

    [Theory]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("minPrice=80&maxPrice=20", "minPrice")]
    [InlineData("sort=cheapest-first", "sort")]
    public async Task Bad_query_parameters_get_a_validation_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await client.GetAsync($"/api/products?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task A_price_that_is_not_a_number_gets_a_problem_naming_it()
    {
        var response = await client.GetAsync("/api/products?minPrice=cheap");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("minPrice", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Product_detail_lists_variants_and_unknown_handles_are_404_problems()
    {
        var page = await client.GetFromJsonAsync<ProductPageDto>("/api/products?pageSize=1");
        var detail = await client.GetFromJsonAsync<ProductDetailDto>($"/api/products/{page!.Items[0].Handle}");
        Assert.NotEmpty(detail!.Variants);
        Assert.All(detail.Variants, v => Assert.False(string.IsNullOrEmpty(v.Sku)));
        Assert.Equal(page.Items[0].Price, detail.Variants.Min(v => v.Price));

        var missing = await client.GetAsync("/api/products/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Categories_cover_women_men_and_kids()
    {
        var categories = await client.GetFromJsonAsync<List<CategoryDto>>("/api/categories");
        Assert.True(categories!.Count >= 20, $"only {categories.Count} categories");
        var genders = categories.SelectMany(c => c.Genders).ToHashSet();
        Assert.Superset(new HashSet<string> { "women", "men", "kids" }, genders);
        Assert.Equal((await client.GetFromJsonAsync<ProductPageDto>("/api/products"))!.Total, categories.Sum(c => c.ProductCount));
    }

    [Fact]
    public async Task Product_images_are_served_as_svg()
    {
        var page = await client.GetFromJsonAsync<ProductPageDto>("/api/products?pageSize=1");
        var response = await client.GetAsync(page!.Items[0].ImageUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/images/products/{page.Items[0].Handle}/no-colour.svg")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_and_docs_page_are_published()
    {
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/products", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/docs")).StatusCode);
    }
}
