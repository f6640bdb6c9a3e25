using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Onboarding;

/// <summary>`tailor init` sets up a retailer's own store: their terms, an admin, no demo; the server then runs on it.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public async Task A_store_set_up_with_init_and_a_shopify_import_answers_in_chat_from_its_own_catalog_and_terms()
    {
        using var store = new NewStore();
        var (exit, output) = await store.RunAsync(["init", "--yes", .. NewStore.MaisonRouge]);
        Assert.True(exit == 0, output);
        var passwordFile = Path.Combine(store.DataDirectory, DataFolderSecret.FirstAdminPasswordFile);
        var password = File.ReadAllText(passwordFile);
        Assert.DoesNotContain(password, output);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwordFile));
        Assert.Contains("data-site-key=\"maison-rouge\"", output);

        var (imported, report) = await store.RunAsync("import", "products", "--format", "shopify", NewStore.Fixture("Import/shopify-products.csv"));
        Assert.True(imported <= 1, report);

        using var server = store.Start();
        var settings = server.Services.GetRequiredService<StoreSettings>();
        Assert.Equal(("Maison Rouge", "EUR", 14, 3.50m), (settings.Name, settings.Currency, settings.Returns.WindowDays, settings.Returns.ReturnFee));
        Assert.Equal(["FR", "BE"], settings.Shipping.Select(z => z.Country));

        await using (var scope = server.Services.CreateAsyncScope())
            Assert.Equal(8, scope.ServiceProvider.GetRequiredService<TailorDbContext>().Products.Count());
        var client = server.CreateClient();
        var catalog = await client.GetFromJsonAsync<JsonElement>("/api/products?pageSize=100");
        var handles = catalog.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("handle").GetString()).ToList();
        Assert.Contains("linen-midi-dress", handles);
        Assert.Equal(8, handles.Count);

        var conversation = await (await client.PostAsJsonAsync("/api/chat/conversations", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var id = conversation.GetProperty("id").GetString();
        var greeting = Parts(conversation, "text").Single().GetProperty("text").GetString();
        Assert.StartsWith("Good day, and welcome to Maison Rouge.", greeting);
        // Money in the store's currency, written as its locale (fr-FR) writes it: "60 €".
        Assert.Contains(Parts(conversation, "quickReplies").Single().GetProperty("options").EnumerateArray().Select(o => o.GetString()!),
            option => option.StartsWith("dresses under 60", StringComparison.Ordinal) && option.EndsWith('€'));
        var reply = await (await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text = "linen dress" })).Content.ReadFromJsonAsync<JsonElement>();
        var cards = Parts(reply, "products").SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
        Assert.Contains(cards, c => c.GetProperty("handle").GetString() == "linen-midi-dress");

        var signIn = await client.PostAsJsonAsync("/agent/api/login", new { email = "owner@maison-rouge.example", password });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        var page = await client.GetStringAsync("/agent/voice");
        Assert.Contains("Good day, and welcome to Maison Rouge.", page);
    }

    [Fact]
    public async Task The_server_refuses_to_start_on_a_voice_file_with_an_unknown_key_or_a_new_placeholder_naming_both()
    {
        using var store = new NewStore();
        Assert.Equal(0, (await store.RunAsync(["init", "--yes", .. NewStore.MaisonRouge])).Exit);
        File.WriteAllText(Path.Combine(store.DataDirectory, "voice.yaml"),
            "templates:\n  greetng: [\"Hello\"]\n  greeting: [\"Hi from {store}, code {discount_code} saves you money\"]\n");

        using var server = store.Start();
        var refused = Assert.ThrowsAny<Exception>(() => server.Services);

        var message = refused.ToString();
        Assert.Contains("templates.greetng: unknown key", message);
        Assert.Contains("templates.greeting: {discount_code} is not filled", message);
    }

    private static IEnumerable<JsonElement> Parts(JsonElement reply, string type) =>
        (reply.TryGetProperty("messages", out var messages) ? messages.EnumerateArray() : Enumerable.Repeat(reply, 1))
            .SelectMany(m => m.GetProperty("parts").EnumerateArray()).Where(p => p.GetProperty("type").GetString() == type);

    [Fact]
    public async Task Init_refuses_answers_it_cannot_use_naming_each_setting_and_writes_nothing()
    {
        using var store = new NewStore();
        var (exit, output) = await store.RunAsync("init", "--yes", "--name", "Shop", "--currency", "EURO", "--delivery", "XX|Post|3|2-4",
            "--return-days", "400", "--admin-email", "owner@shop.example");

        Assert.True(exit == 2, output);
        Assert.Contains("currency: 'EURO'", output);
        Assert.Contains("delivery: 'XX'", output);
        Assert.Contains("return-days:", output);
        Assert.False(Directory.Exists(store.DataDirectory));
    }

    [Fact]
    public async Task Init_asks_for_what_the_flags_do_not_give_and_refuses_to_run_twice_on_one_folder()
    {
        using var store = new NewStore();
        var typed = string.Join('\n', "Atelier Nord", "", "", "", "", "", "GB|Evri|2.99|2-4", "", "", "", "", "", "warm", "", "admin@atelier.example", "");
        var (exit, output) = await store.AnswerAsync(typed, "init");
        Assert.True(exit == 0, output);
        Assert.Contains("Store name", output);
        var settings = File.ReadAllText(Path.Combine(store.DataDirectory, "settings.json"));
        Assert.Contains("\"Atelier Nord\"", settings);
        Assert.Contains("\"Evri\"", settings);

        var (again, refusal) = await store.RunAsync("init", "--yes", "--name", "Other", "--admin-email", "x@y.example");
        Assert.True(again == 1, refusal);
        Assert.Contains("already holds a store", refusal);
    }
}
