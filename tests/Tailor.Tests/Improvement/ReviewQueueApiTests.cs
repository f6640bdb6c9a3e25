using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Improvement;
using Tailor.Assistant.Understanding;
using Tailor.Store.Persistence;
using Tailor.Tests.Api;

namespace Tailor.Tests.Improvement;

/// <summary>The review queue on the real server: failed turns show, and each decision takes its turn out and leaves its mark.</summary>
public sealed class ReviewQueueApiTests(HandoffServerFactory server) : IClassFixture<HandoffServerFactory>
{
    [Fact]
    public async Task An_admin_labels_adds_a_synonym_and_writes_an_faq_from_failed_turns()
    {
        var shopper = server.CreateClient();
        var id = await server.StartChatAsync(shopper);
        string[] said = ["blorp wibble zonk", "frazzle quib plonk", "grumble snark vop"];
        foreach (var text in said) await HandoffServerFactory.SayAsync(shopper, id, text);

        using var admin = server.ConsoleClient(await server.SignInAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword));
        var queue = await admin.GetFromJsonAsync<JsonElement>("/agent/api/review/queue");
        var turns = said.Select(text => Assert.Single(queue.GetProperty("turns").EnumerateArray(), t => t.GetProperty("text").GetString() == text))
            .Select(t => t.GetProperty("turnId").GetInt64()).ToArray();

        var unknown = await admin.PostAsJsonAsync($"/agent/api/review/turns/{turns[0]}/label", new { intent = "make_tea" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var labelled = await admin.PostAsJsonAsync($"/agent/api/review/turns/{turns[0]}/label", new { intent = "search_products", entities = new { category = "dresses" } });
        Assert.Equal(HttpStatusCode.OK, labelled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/agent/api/review/turns/{turns[1]}/synonym",
            new { group = "categories", canonical = "sneakers", phrase = "Frazzle" })).StatusCode);
        var faq = await admin.PostAsJsonAsync($"/agent/api/review/turns/{turns[2]}/faq", new { title = "Grumble snarks", answer = "We do not stock snarks." });
        var slug = (await faq.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/agent/api/review/turns/999999999/dismiss", new { })).StatusCode);

        var after = await admin.GetFromJsonAsync<JsonElement>("/agent/api/review/queue");
        Assert.DoesNotContain(after.GetProperty("turns").EnumerateArray(), t => turns.Contains(t.GetProperty("turnId").GetInt64()));
        var yaml = await admin.GetStringAsync("/agent/api/review/labels.yaml");
        Assert.Contains("name: search_products", yaml);
        Assert.Contains("blorp wibble zonk", yaml);
        var data = server.Services.GetRequiredService<IOptions<StoreOptions>>().Value.DataDirectory;
        Assert.Equal(["frazzle"], new SynonymOverlay(data).Read()["categories"]["sneakers"]);
        // The shopper's word is understood from then on, without a restart.
        await server.Services.GetRequiredService<EntityRecognizerProvider>().Rebuilding;
        Assert.Equal("sneakers", server.Services.GetRequiredService<EntityRecognizerProvider>().Current.Recognize("any frazzle in black?").Constraints.Category);
        var page = await shopper.GetFromJsonAsync<JsonElement>($"/api/policies/{slug}");
        Assert.Contains("We do not stock snarks.", page.GetProperty("markdown").GetString());
        Assert.Contains("grumble snark vop", page.GetProperty("markdown").GetString());

        var models = await admin.GetFromJsonAsync<JsonElement>("/agent/api/models/");
        Assert.True(models.GetProperty("labels").GetInt32() >= 1);
        Assert.Equal(server.Services.GetRequiredService<LiveIntentClassifier>().Current.Model.Version, models.GetProperty("inUse").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/agent/api/models/rollback", null)).StatusCode);
    }
}
