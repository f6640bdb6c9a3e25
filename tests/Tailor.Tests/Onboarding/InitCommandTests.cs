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
        var reply = await (await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text = "linen dress" })).Content.ReadFromJsonAsync<JsonElement>();
        var cards = reply.GetProperty("messages").EnumerateArray().SelectMany(m => m.GetProperty("parts").EnumerateArray())
            .Where(p => p.GetProperty("type").GetString() == "products").SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
        Assert.Contains(cards, c => c.GetProperty("handle").GetString() == "linen-midi-dress");

        var signIn = await client.PostAsJsonAsync("/agent/api/login", new { email = "owner@maison-rouge.example", password });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
    }

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
