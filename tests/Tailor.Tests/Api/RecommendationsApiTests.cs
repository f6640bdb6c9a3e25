using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Customers;
using Tailor.Server.Catalog;
using Tailor.Server.Recommendations;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class RecommendationsApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Cheaper_picks_for_a_product_are_cheaper_products_of_its_kind_with_a_reason()
    {
        var products = await client.GetFromJsonAsync<ProductPageDto>("/api/products?sort=price-desc&inStock=true&pageSize=5");
        var anchor = products!.Items[0];

        var page = await client.GetFromJsonAsync<RecommendationsApi.RecommendationPageDto>(
            $"/api/recommendations?product={anchor.Handle}&context=cheaper&limit=6");

        Assert.Equal("cheaper", page!.Kind);
        Assert.Equal(anchor.Handle, page.Product);
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, item =>
        {
            Assert.Equal(anchor.Category, item.Product.Category);
            Assert.True(item.Product.Price < anchor.Price);
            Assert.False(string.IsNullOrWhiteSpace(item.Reason));
        });
    }

    [Fact]
    public async Task Without_a_product_or_customer_the_picks_are_trending()
    {
        var page = await client.GetFromJsonAsync<RecommendationsApi.RecommendationPageDto>("/api/recommendations");

        Assert.Equal("trending", page!.Kind);
        Assert.Equal(12, page.Items.Count);
        Assert.False(page.Personalised);
    }

    [Theory]
    [InlineData("/api/recommendations?context=sideways", "context")]
    [InlineData("/api/recommendations?context=cheaper", "product")]
    [InlineData("/api/recommendations?limit=500", "limit")]
    [InlineData("/api/recommendations?department=pets", "department")]
    public async Task Bad_queries_get_problem_details_naming_the_field(string url, string field)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_product_is_not_found()
    {
        var response = await client.GetAsync("/api/recommendations?product=no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_customers_picks_need_their_token_or_the_admin_key()
    {
        var anonymous = await client.GetAsync("/api/recommendations?customer=cus_000001");
        var otherToken = new HttpRequestMessage(HttpMethod.Get, "/api/recommendations?customer=cus_000001");
        otherToken.Headers.Add(RecommendationsApi.CustomerTokenHeader, server.Services.GetRequiredService<CustomerTokens>().Issue("cus_000002"));
        var own = new HttpRequestMessage(HttpMethod.Get, "/api/recommendations?customer=cus_000001");
        own.Headers.Add(RecommendationsApi.CustomerTokenHeader, server.Services.GetRequiredService<CustomerTokens>().Issue("cus_000001"));

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(otherToken)).StatusCode);
        var page = await (await client.SendAsync(own)).Content.ReadFromJsonAsync<RecommendationsApi.RecommendationPageDto>();
        Assert.Equal("personal", page!.Kind);
        Assert.True(page.Personalised);
        var admin = await server.CreateAdminClient().GetFromJsonAsync<RecommendationsApi.RecommendationPageDto>("/api/recommendations?customer=cus_000001");
        Assert.Equal(page.Items.Select(i => i.Product.Handle), admin!.Items.Select(i => i.Product.Handle));
    }
}
