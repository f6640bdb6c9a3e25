using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Catalog;
using Tailor.Server.Profiles;
using Tailor.Server.TryOn;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

/// <summary>The fit preview API (zones from the size chart, problem details on bad input) and the shopper's own profile API.</summary>
[Collection(ServerCollection.Name)]
public sealed class FittingRoomApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    private async Task<(string Handle, string Smallest, string Largest)> DressAsync()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var chart = await db.SizeCharts.AsNoTracking().FirstAsync(c => c.Category == "dresses" && c.Gender == Gender.Women && c.Brand == null);
        var handle = await db.Products.AsNoTracking().Where(p => p.Category == "dresses" && p.Gender == Gender.Women).OrderBy(p => p.Id)
            .Select(p => p.Handle).FirstAsync();
        return (handle, chart.Rows[0].Size, chart.Rows[^1].Size);
    }

    [Fact]
    public async Task A_body_above_the_smallest_size_is_tight_in_it_and_not_in_the_largest_in_cm_or_inches()
    {
        var (handle, smallest, largest) = await DressAsync();

        var small = await client.GetFromJsonAsync<FitPreviewApi.FitPreviewDto>($"/api/products/{handle}/fit-preview?size={smallest}&chest=100&waist=84&hips=108");
        var inches = await client.GetFromJsonAsync<FitPreviewApi.FitPreviewDto>($"/api/products/{handle}/fit-preview?size={smallest}&chest=39.37&waist=33.07&hips=42.52&unit=in");
        var large = await client.GetFromJsonAsync<FitPreviewApi.FitPreviewDto>($"/api/products/{handle}/fit-preview?size={largest}&chest=100&waist=84&hips=108");

        Assert.Contains(small!.Zones, z => z is { Zone: "chest", Fit: "tight" });
        Assert.Equal(small.Zones.Select(z => (z.Zone, z.Fit)), inches!.Zones.Select(z => (z.Zone, z.Fit)));
        Assert.DoesNotContain(large!.Zones, z => z.Fit == "tight");
        Assert.Equal(small.Sizes, large.Sizes);
    }

    [Theory]
    [InlineData("chest=92", HttpStatusCode.BadRequest, "size")]
    [InlineData("size=M&chest=92&unit=yards", HttpStatusCode.BadRequest, "unit")]
    [InlineData("size=M&chest=900", HttpStatusCode.BadRequest, "chest")]
    [InlineData("size=M", HttpStatusCode.BadRequest, "chest")]
    [InlineData("size=NOPE&chest=92", HttpStatusCode.BadRequest, "size")]
    public async Task Bad_input_is_a_problem_that_names_the_field(string query, HttpStatusCode status, string field)
    {
        var (handle, _, _) = await DressAsync();

        var response = await client.GetAsync($"/api/products/{handle}/fit-preview?{query}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_unknown_product_is_not_found_and_one_without_a_chart_says_so()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var bag = await db.Products.AsNoTracking().Where(p => p.Category == "bags").Select(p => p.Handle).FirstAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/products/no-such-thing/fit-preview?size=M&chest=92")).StatusCode);
        var response = await client.GetAsync($"/api/products/{bag}/fit-preview?size=One%20size&chest=92");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("no size chart", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_shopper_sees_and_forgets_what_they_told_the_assistant()
    {
        var start = await client.PostAsJsonAsync("/api/chat/conversations", new { });
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        foreach (var text in new[] { "I'm a size 12", "I hate orange" })
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text })).StatusCode);

        var told = await client.GetFromJsonAsync<ShopperProfileApi.ShopperProfileDto>($"/api/chat/conversations/{id}/profile");
        var forget = await client.DeleteAsync($"/api/chat/conversations/{id}/profile?part=sizes");
        var after = await client.GetFromJsonAsync<ShopperProfileApi.ShopperProfileDto>($"/api/chat/conversations/{id}/profile");

        Assert.Equal(["12"], told!.Sizes);
        Assert.Equal(["orange"], told.DislikedColors);
        Assert.False(told.Saved);
        Assert.Equal(HttpStatusCode.OK, forget.StatusCode);
        Assert.Empty(after!.Sizes);
        Assert.Equal(["orange"], after.DislikedColors);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.DeleteAsync($"/api/chat/conversations/{id}/profile?part=shoes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/chat/conversations/0123456789abcdef/profile")).StatusCode);
    }
}
