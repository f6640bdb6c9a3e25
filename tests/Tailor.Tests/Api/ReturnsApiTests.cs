using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ReturnsApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task The_shoppers_return_status_shows_items_and_refund_but_no_personal_data()
    {
        var (request, order) = await ReturnWithOrderAsync(ReturnKind.Return);

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/returns/{request.Rma.ToLowerInvariant()}");

        Assert.Equal(request.Rma, status.GetProperty("rma").GetString());
        Assert.Equal(request.Lines.Sum(l => l.Quantity), status.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("quantity").GetInt32()));
        Assert.Equal(request.RefundAmount, status.GetProperty("refundAmount").GetDecimal());
        Assert.EndsWith($"/returns/{request.Rma}/label", status.GetProperty("labelUrl").GetString());
        var text = status.GetRawText();
        foreach (var personal in new[] { order.Email, order.ShippingAddress.Name, order.ShippingAddress.Line1, order.ShippingAddress.PostalCode, order.Number })
            Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("RMA-NOSUCH7")]
    [InlineData("not-an-rma")]
    public async Task An_unknown_return_number_is_not_found(string rma)
    {
        var response = await client.GetAsync($"/api/returns/{rma}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_admin_list_needs_the_key_filters_by_status_and_pages()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/admin/returns")).StatusCode);
        var admin = server.CreateAdminClient();

        var refunded = await admin.GetFromJsonAsync<JsonElement>("/api/admin/returns?status=refunded&pageSize=100");
        var expected = await ReadAsync(db => db.Returns.CountAsync(r => r.Status == ReturnStatus.Refunded));
        Assert.Equal(expected, refunded.GetProperty("total").GetInt32());
        Assert.All(refunded.GetProperty("items").EnumerateArray(), r => Assert.Equal("refunded", r.GetProperty("status").GetString()));

        var first = await admin.GetFromJsonAsync<JsonElement>("/api/admin/returns?pageSize=2&page=1");
        var second = await admin.GetFromJsonAsync<JsonElement>("/api/admin/returns?pageSize=2&page=2");
        var rmas = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.GetProperty("rma").GetString()).ToList();
        Assert.Equal(4, rmas.Distinct().Count());

        var wrong = await admin.GetAsync("/api/admin/returns?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("label-issued", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_label_page_is_printable_html_with_the_store_return_address_and_the_items()
    {
        var (request, _) = await ReturnWithOrderAsync(ReturnKind.Return);
        var settings = server.Services.GetRequiredService<StoreSettings>();

        var response = await client.GetAsync($"/returns/{request.Rma}/label");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains(request.Rma, html);
        Assert.Contains(settings.Returns.ReturnAddress.PostalCode, html);
        Assert.Contains(settings.Returns.ReturnAddress.City, html);
        Assert.Contains("<svg class=\"barcode\"", html);
        Assert.Contains("@media print", html);
        var titles = await ReadAsync(db => db.Variants.Where(v => request.Lines.Select(l => l.Sku).Contains(v.Sku)).Select(v => v.Product!.Title).ToListAsync());
        Assert.All(titles, t => Assert.Contains(System.Net.WebUtility.HtmlEncode(t), html));
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("<link", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/returns/RMA-NOSUCH7/label")).StatusCode);
    }

    private async Task<(ReturnRequest Request, Tailor.Domain.Orders.Order Order)> ReturnWithOrderAsync(ReturnKind kind) => await ReadAsync(async db =>
    {
        var request = await db.Returns.Where(r => r.Kind == kind).OrderBy(r => r.Id).FirstAsync();
        var order = await db.Orders.SingleAsync(o => o.Id == request.OrderId);
        return (request, order);
    });

    private async Task<T> ReadAsync<T>(Func<TailorDbContext, Task<T>> read)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TailorDbContext>());
    }
}
