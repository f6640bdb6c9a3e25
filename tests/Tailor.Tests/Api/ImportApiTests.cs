using System.Net;
using System.Net.Http.Json;
using System.Text;
using Tailor.Server.Catalog;
using Tailor.Server.Import;

namespace Tailor.Tests.Api;

public sealed class ImportApiTests : IDisposable
{
    private readonly TailorServerFactory server = new();

    private const string ShopifyCsv = """
        Handle,Title,Body (HTML),Vendor,Type,Tags,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price,Variant Compare At Price,Variant Inventory Qty,Image Src
        harbour-linen-shirt,Harbour Linen Shirt,<p>Breezy <b>linen</b> shirt.</p>,Northline,Shirts,"men, linen",Size,S,Colour,Sage,HLS-S-SAGE,45.00,60.00,4,https://cdn.example/hls.jpg
        harbour-linen-shirt,,,,,,,M,,Sage,HLS-M-SAGE,45.00,60.00,0,
        harbour-linen-shirt,,,,,,,L,,Sage,HLS-L-SAGE,forty,,3,
        ,Orphan Title,,,,,Size,M,,,ORPH-1,10.00,,1,
        """;

    [Fact]
    public async Task Shopify_upload_loads_good_rows_names_the_broken_ones_and_is_idempotent()
    {
        var admin = server.CreateAdminClient();
        var first = await Upload(admin);
        Assert.Equal(1, first.Created);
        Assert.Contains(first.Failed, f => f.Row == 3 && f.Field == "Variant Price");
        Assert.Contains(first.Failed, f => f.Row == 4);

        var product = await admin.GetFromJsonAsync<ProductDetailDto>("/api/products/harbour-linen-shirt");
        Assert.Equal(["HLS-M-SAGE", "HLS-S-SAGE"], product!.Variants.Select(v => v.Sku).Order());
        Assert.All(product.Variants, v => Assert.Equal("green", v.ColorFamily));
        Assert.DoesNotContain("<", product.Description);

        var second = await Upload(admin);
        Assert.Equal(0, second.Created);
        Assert.Equal(1, second.Updated);
        var again = await admin.GetFromJsonAsync<ProductDetailDto>("/api/products/harbour-linen-shirt");
        Assert.Equal(2, again!.Variants.Count);
    }

    [Fact]
    public async Task Import_needs_the_admin_key_a_known_format_and_a_body()
    {
        var anonymous = server.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/admin/import/products?format=shopify", Csv())).StatusCode);

        var admin = server.CreateAdminClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/api/admin/import/products?format=excel", Csv())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/api/admin/import/products?format=json", new StringContent(""))).StatusCode);
    }

    private static StringContent Csv() => new(ShopifyCsv, Encoding.UTF8, "text/csv");

    private static async Task<ImportApi.ImportResultDto> Upload(HttpClient admin)
    {
        var response = await admin.PostAsync("/api/admin/import/products?format=shopify", Csv());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ImportApi.ImportResultDto>())!;
    }

    public void Dispose() => server.Dispose();
}
