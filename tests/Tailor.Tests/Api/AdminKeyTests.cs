using System.Net;
using Microsoft.Data.Sqlite;

namespace Tailor.Tests.Api;

public sealed class AdminKeyTests
{
    private sealed class UnconfiguredKeyServer(string dataDirectory) : TailorServerFactory(dataDirectory)
    {
        protected override string? ConfiguredAdminKey => null;
    }

    [Fact]
    public async Task Without_a_configured_key_one_is_generated_stored_and_kept_across_restarts()
    {
        var data = Path.Combine(Path.GetTempPath(), "tailor-tests", Guid.NewGuid().ToString("N"));
        try
        {
            string key;
            using (var first = new UnconfiguredKeyServer(data))
            {
                var client = first.CreateClient();
                key = File.ReadAllText(Path.Combine(data, "admin-api-key")).Trim();
                Assert.True(key.Length >= 24);
                Assert.Equal(HttpStatusCode.OK, (await GetCustomer(client, key)).StatusCode);
                Assert.Equal(HttpStatusCode.Unauthorized, (await GetCustomer(client, null)).StatusCode);
            }

            using var restarted = new UnconfiguredKeyServer(data);
            Assert.Equal(HttpStatusCode.OK, (await GetCustomer(restarted.CreateClient(), key)).StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> GetCustomer(HttpClient client, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/customers/cus_000001");
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }
}
