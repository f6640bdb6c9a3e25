using System.Net;
using System.Net.Http.Json;
using Tailor.Server.Profiles;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class CustomerProfileApiTests(TailorServerFactory server)
{
    private readonly HttpClient admin = server.CreateAdminClient();

    [Fact]
    public async Task Forgetting_the_sizes_keeps_the_rest_of_the_profile()
    {
        // Not the demo customer: other tests of the shared server rely on her sizes.
        CustomerProfileApi.CustomerProfileDto? before = null;
        for (var n = 100; before is null && n < 200; n++)
            if (await admin.GetFromJsonAsync<CustomerProfileApi.CustomerProfileDto>($"/api/customers/cus_{n:D6}/profile") is { Sizes.Count: > 0, FavouriteColors.Count: > 0 } found)
                before = found;
        Assert.NotNull(before);

        var forget = await admin.DeleteAsync($"/api/customers/{before.Id}/profile?part=sizes");
        var after = await admin.GetFromJsonAsync<CustomerProfileApi.CustomerProfileDto>($"/api/customers/{before.Id}/profile");

        Assert.Equal(HttpStatusCode.NoContent, forget.StatusCode);
        Assert.Empty(after!.Sizes);
        Assert.Equal(before.FavouriteColors, after.FavouriteColors);
        Assert.Equal(before.Budget, after.Budget);
        Assert.Equal(before.PersonalisationConsent, after.PersonalisationConsent);
    }

    [Fact]
    public async Task A_profile_needs_the_admin_key_a_known_customer_and_a_known_part()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.CreateClient().GetAsync("/api/customers/cus_000001/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/customers/cus_999999/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync("/api/customers/cus_000002/profile?part=shoes")).StatusCode);
    }
}
