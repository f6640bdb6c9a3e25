using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tailor.Tests.Api;

/// <summary>Export and erasure through the admin API: behind the key, and they do what they say.</summary>
[Collection(ServerCollection.Name)]
public sealed class PrivacyApiTests(TailorServerFactory server)
{
    [Fact]
    public async Task Export_and_erasure_need_the_admin_key()
    {
        var client = server.CreateClient();

        using var export = await client.GetAsync("/api/admin/privacy/customers/cus_000001");
        using var erase = await client.PostAsync("/api/admin/privacy/customers/cus_000001/erase", null);

        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, erase.StatusCode);
    }

    [Fact]
    public async Task A_customers_export_holds_their_profile_and_orders()
    {
        var document = await server.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/admin/privacy/customers/cus_000001");

        Assert.Equal("cus_000001", document.GetProperty("customer").GetProperty("externalId").GetString());
        Assert.NotEqual(0, document.GetProperty("orders").GetArrayLength());
    }

    [Fact]
    public async Task An_erased_conversation_is_gone_from_the_chat_api()
    {
        var client = server.CreateClient();
        var started = await (await client.PostAsJsonAsync("/api/chat/conversations", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString()!;
        await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text = "my email is sarah@example.com" });

        using var erased = await server.CreateAdminClient().PostAsync($"/api/admin/privacy/conversations/{id}/erase", null);
        using var transcript = await client.GetAsync($"/api/chat/conversations/{id}");
        using var again = await server.CreateAdminClient().PostAsync($"/api/admin/privacy/conversations/{id}/erase", null);

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, transcript.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }
}
