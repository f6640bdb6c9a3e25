using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Tailor.Tests.Api;

/// <summary>
/// Seeded random and malformed chat requests against the real server: whatever arrives, the answer is a clear client
/// error or a reply, never a server error or a hang, and the conversation still works afterwards.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ChatFuzzTests(TailorServerFactory server)
{
    private static readonly string[] Fragments =
    [
        "{", "}", "\"text\":", "null", "[]", "1e309", "\"\\u0000\"", "\"\\ud800\"", "true", ",", ":", "\"clientMessageId\":",
        "\"text\": \"", "\\", "TL-100001", "<script>", "' OR 1=1 --", "\u202e", "\u200b", "🧥", "ß", "\t", "\n",
    ];

    [Fact]
    public async Task Random_and_malformed_messages_get_a_client_error_or_a_reply_never_a_server_error()
    {
        var client = server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20);
        var id = (await (await client.PostAsJsonAsync("/api/chat/conversations", new { })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())
            .GetProperty("id").GetString()!;
        var random = new Random(20261207);
        var statuses = new List<HttpStatusCode>();
        // 60 requests stay well inside the per-client chat limit the other tests of this server share.
        for (var i = 0; i < 60; i++)
        {
            using var body = new ByteArrayContent(Body(random, i));
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync($"/api/chat/conversations/{id}/messages", body);
            statuses.Add(response.StatusCode);
            Assert.True((int)response.StatusCode < 500, $"request {i} got {(int)response.StatusCode}");
        }

        // Malformed ones were refused, well-formed ones answered (unless the rate limit stepped in, which is also a client error).
        Assert.Contains(statuses, s => s == HttpStatusCode.BadRequest);
        Assert.Contains(statuses, s => s == HttpStatusCode.OK);
        using var products = await client.GetAsync("/api/products?q=dress");
        Assert.True((int)products.StatusCode < 500);
    }

    /// <summary>A third random bytes, a third random fragments of JSON, a third valid JSON with random text.</summary>
    private static byte[] Body(Random random, int i) => (i % 3) switch
    {
        0 => RandomBytes(random),
        1 => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Fragments[random.Next(Fragments.Length)]))),
        _ => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { text = RandomText(random) })),
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomText(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.Next(4) switch
        {
            0 => Fragments[random.Next(Fragments.Length)],
            1 => ((char)random.Next(0x20, 0x7f)).ToString(),
            2 => char.ConvertFromUtf32(random.Next(0x80, 0x2fff)),
            _ => " ",
        }));
}
