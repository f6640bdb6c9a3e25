using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tailor.Assistant;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Search;
using Tailor.Bench.Chat;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Shoppers;

/// <summary>One played turn: what the shopper said, what the engine answered and the verdict.</summary>
public sealed record PlayedTurn(string Conversation, string Tag, string Said, string Reply, TurnEvidence Evidence, TurnVerdict Verdict);

/// <summary>
/// Plays the broad shopper script (bench/shoppers/script.yaml) through the real <see cref="ChatEngine"/> on a fresh demo
/// store and counts the non-answers (see <see cref="TurnClassifier"/>), overall and per tag, listing every one.
/// </summary>
public static class ShopperBenchmark
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        // The script cancels, changes and returns the demo customer's orders, so every run starts from a fresh store.
        // The trained model and generated secrets in the folder are kept: they do not depend on the store's state.
        var data = Path.Combine(args.Work, $"shoppers-{args.Products}");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(data, "tailor.db*")) File.Delete(file);

        using var host = BuildHost(data, args.Products);
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await host.Services.WarmUpAssistantAsync(CancellationToken.None);

        var script = await ShopperScript.LoadAsync();
        if (args.Only is { } only)
            script = [.. script.Where(c => only.Split('|').Any(name => c.Name.Contains(name, StringComparison.OrdinalIgnoreCase)))];
        var templates = ReplyTemplates.LoadEmbedded(TurnClassifier.Keys);
        var clock = Stopwatch.StartNew();
        var played = new List<PlayedTurn>();
        foreach (var conversation in script)
            played.AddRange(await PlayAsync(host.Services, conversation, templates, CancellationToken.None));
        // A debugging run of a few conversations prints them whole.
        if (args.Only is not null)
            foreach (var turn in played)
                Console.WriteLine($"[{turn.Conversation}] {turn.Said}\n  -> {turn.Verdict.Kind ?? "ok"} {turn.Evidence.Intent} {turn.Evidence.Confidence:0.00} {turn.Evidence.Command}\n  {turn.Reply.Replace("\n", "\n  ")}");

        var report = ShopperReport.Render(args.Products, script.Count, played, clock.Elapsed);
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    private static IHost BuildHost(string data, int products)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(ChatBenchmark.StoreSettings(data, products));
        builder.AddTailorStore();
        builder.AddAssistant();
        return builder.Build();
    }

    private static async Task<List<PlayedTurn>> PlayAsync(IServiceProvider services, ShopperConversation conversation, ReplyTemplates templates, CancellationToken ct)
    {
        string id;
        await using (var scope = services.CreateAsyncScope())
        {
            // Signed in the way the storefront does it: a token the store's own CustomerTokens signed for that customer.
            var token = conversation.Customer is { } customer ? scope.ServiceProvider.GetRequiredService<CustomerTokens>().Issue(customer) : null;
            id = (await scope.ServiceProvider.GetRequiredService<ChatEngine>().StartAsync(new PageContext(), token, ct)).Id;
        }
        var played = new List<PlayedTurn>();
        foreach (var turn in conversation.Turns)
        {
            await using var scope = services.CreateAsyncScope();
            var evidence = await SendAsync(scope.ServiceProvider, id, turn.Say, templates, ct);
            played.Add(new PlayedTurn(conversation.Name, turn.Tag, turn.Say, evidence.Reply, evidence.Evidence, TurnClassifier.Classify(evidence.Evidence, turn.Tag)));
        }
        return played;
    }

    private static async Task<(string Reply, TurnEvidence Evidence)> SendAsync(
        IServiceProvider services, string conversationId, string text, ReplyTemplates templates, CancellationToken ct)
    {
        TurnResult? result;
        try
        {
            result = await services.GetRequiredService<ChatEngine>().SendAsync(conversationId, text, null, ct);
        }
        catch (ChatRejection rejection)
        {
            return (rejection.Message, new TurnEvidence(null, "", 0, "", new HashSet<string>(), null, Rejected: true));
        }
        var reply = string.Join("\n", result?.Messages.SelectMany(m => m.Parts).OfType<TextPart>().Select(p => p.Text) ?? []);

        var db = services.GetRequiredService<TailorDbContext>();
        var log = await db.Turns.AsNoTracking().Where(t => t.ConversationId == conversationId).OrderByDescending(t => t.Id).FirstAsync(ct);
        var found = templates.In(reply);
        int? matches = null;
        if (found.Contains(TurnClassifier.SearchNone))
        {
            var stateJson = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId).Select(c => c.StateJson).FirstAsync(ct);
            matches = await RecognisedMatchesAsync(services, JsonSerializer.Deserialize<DialogueState>(stateJson, ChatEngine.Json), ct);
        }
        return (reply, new TurnEvidence(log.Outcome, log.Intent, log.Confidence, log.Command, found, matches, Rejected: false));
    }

    /// <summary>
    /// The same search with only what the recognizer understood (free-text words dropped): products there mean the
    /// "nothing matches" came from words the engine did not recognise, not from an empty catalog.
    /// </summary>
    private static async Task<int?> RecognisedMatchesAsync(IServiceProvider services, DialogueState? state, CancellationToken ct)
    {
        if (state?.Search is not { } search) return null;
        var recognised = search with { Terms = [] };
        if (recognised.IsEmpty) return null;
        return (await services.GetRequiredService<ProductSearchSkill>().SearchAsync(recognised, 0, 1, ct)).Total;
    }
}
