using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Server.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

/// <summary>GET /api/products reads words as the chat does: as words and recognised attributes, never as substrings.</summary>
[Collection(ServerCollection.Name)]
public sealed class ProductSearchApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Searching_red_finds_red_products_not_words_that_merely_contain_red()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var products = await db.Products.AsNoTracking().Include(p => p.Variants).ToListAsync();
        // What LIKE '%red%' used to find: "tailored", "tiered", "structured"… on products with no red at all.
        var substringOnly = products.Where(p => (p.Title + " " + p.Description).Contains("red", StringComparison.OrdinalIgnoreCase)
            && p.Variants.All(v => v.ColorFamily != "red")).Select(p => p.Handle).ToHashSet();

        var page = await client.GetFromJsonAsync<ProductPageDto>("/api/products?q=red&pageSize=100");

        Assert.NotEmpty(substringOnly);
        Assert.NotEmpty(page!.Items);
        Assert.DoesNotContain(page.Items, item => substringOnly.Contains(item.Handle));
        Assert.All(page.Items, item => Assert.Contains(products.Single(p => p.Handle == item.Handle).Variants, v => v.ColorFamily == "red"));
    }

    [Fact]
    public async Task The_chat_and_the_api_offer_the_same_products_for_the_same_words()
    {
        var conversation = await ChatStreamReading.StartAsync(client);
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{conversation}/messages", new { text = "black boots" });
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        var offered = reply.GetProperty("messages").EnumerateArray().SelectMany(m => m.GetProperty("parts").EnumerateArray())
            .Where(p => p.GetProperty("type").GetString() == "products")
            .SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("handle").GetString()).ToList();

        var page = await client.GetFromJsonAsync<ProductPageDto>($"/api/products?q=black%20boots&inStock=true&pageSize={Math.Max(1, offered.Count)}");

        Assert.NotEmpty(offered);
        Assert.Equal(offered, page!.Items.Select(i => i.Handle));
    }

    [Fact]
    public async Task Explicit_parameters_win_over_what_the_words_say()
    {
        var page = await client.GetFromJsonAsync<ProductPageDto>("/api/products?q=red%20dresses&category=boots&pageSize=50");

        Assert.All(page!.Items, item => Assert.Equal("boots", item.Category));
    }
}
