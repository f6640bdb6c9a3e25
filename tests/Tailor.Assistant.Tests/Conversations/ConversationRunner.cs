using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Dialogue;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>What running one script found: failures (the test fails), known gaps that reproduced, and the transcript.</summary>
public sealed record ConversationRun(IReadOnlyList<string> Failures, IReadOnlyList<string> KnownGaps, string Transcript);

/// <summary>
/// Plays a script against the real chat engine, one request scope per message as the chat API does, and checks every
/// turn: the script's expectations, plus the always-on audits of product cards and figures.
/// </summary>
public sealed class ConversationRunner(AssistantHost host)
{
    private readonly StoreFacts facts = new(host);
    private readonly OrderFacts orders = new(host);

    public async Task<ConversationRun> RunAsync(ConversationScript script, CancellationToken ct = default)
    {
        var failures = new List<string>();
        var gaps = new List<string>();
        var transcript = new StringBuilder();
        var memory = new ConversationMemory();

        var pageProduct = script.Context?.Product is { } selector ? await facts.ResolveProductAsync(selector) : null;
        var page = new PageContext(script.Context?.Page, pageProduct);
        Transcript opened;
        await using (var scope = host.Scope())
        {
            var token = script.Customer is { } customer ? scope.ServiceProvider.GetRequiredService<CustomerTokens>().Issue(customer) : null;
            opened = await scope.ServiceProvider.GetRequiredService<ChatEngine>().StartAsync(page, token, ct);
        }
        var conversationId = opened.Id;
        var greeting = opened.Messages.Single();
        transcript.AppendLine($"  [0] greeting: {greeting.Text}{(pageProduct is null ? "" : $"  (page product {pageProduct})")}");
        if (script.Greeting is { } greetingExpectation)
        {
            var turn = new TurnObservation(0, "", greeting, null, new DialogueState(), await StateAsync(conversationId), pageProduct, memory);
            failures.AddRange((await StepChecks.CheckAsync(greetingExpectation, turn, facts)).Select(f => $"greeting: {f}"));
        }

        var orderChecks = new OrderChecks(host, orders);
        for (var i = 0; i < script.Steps.Count; i++)
        {
            var step = script.Steps[i];
            var user = await orders.FillAsync(step.User);
            var expect = await step.Expect.FillAsync(orders.FillAsync);
            var before = await StateAsync(conversationId);
            if (before.ShownPrices is { } shown)
            {
                memory.DerivedBounds.Add(shown.Min - 0.01m);
                memory.DerivedBounds.Add(shown.Max + 0.01m);
            }
            memory.ShopperMessages.Add(user);

            TurnResult result;
            await using (var scope = host.Scope())
                result = await scope.ServiceProvider.GetRequiredService<ChatEngine>().SendAsync(conversationId, user, $"step-{i + 1}", ct)
                    ?? throw new InvalidOperationException($"Conversation {conversationId} vanished.");
            var after = await StateAsync(conversationId);
            if (after.Search is { } search)
            {
                if (search.MinPrice is { } low) memory.PriceBounds.Add(low);
                if (search.MaxPrice is { } high) memory.PriceBounds.Add(high);
            }
            var record = await host.ReadAsync(db => db.Turns.Where(t => t.ConversationId == conversationId).OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct));
            var observation = new TurnObservation(i + 1, user, result.Messages.Single(), record, before, after, pageProduct, memory);
            transcript.Append(observation.Describe());

            var found = new List<string>();
            if (string.IsNullOrWhiteSpace(observation.Text)) found.Add("the reply has no text");
            found.AddRange(await CardAudit.CheckAsync(observation, facts));
            found.AddRange(await FigureAudit.CheckAsync(observation, facts, host.Settings, await OrderFigures.AllowedAsync(observation, host, host.Settings)));
            found.AddRange(await orderChecks.AuditCardsAsync(observation));
            found.AddRange(await StepChecks.CheckAsync(expect, observation, facts));
            found.AddRange(await orderChecks.CheckAsync(expect, observation));
            if (expect.StoredNotContains is { Count: > 0 } || expect.StoredContains is { Count: > 0 })
                found.AddRange(await StoredChecksAsync(conversationId, expect, ct));
            foreach (var card in observation.Cards) memory.Shown.Add(card.Handle);

            var where = $"step {i + 1} (\"{user}\")";
            if (step.KnownGap is { } gap)
            {
                if (found.Count == 0)
                    failures.Add($"{where}: marked known_gap \"{gap}\" but every check passed; the gap looks fixed, remove known_gap");
                else
                    gaps.Add($"{where}: {gap} :: {string.Join("; ", found)}");
            }
            else failures.AddRange(found.Select(f => $"{where}: {f}"));
        }
        return new ConversationRun(failures, gaps, transcript.ToString());
    }

    private Task<DialogueState> StateAsync(string conversationId) => host.ReadAsync(async db =>
    {
        var json = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.StateJson).SingleAsync();
        return JsonSerializer.Deserialize<DialogueState>(json, ChatEngine.Json) ?? new DialogueState();
    });

    /// <summary>What was stored for this conversation: every message (text and parts), the turn log, the dialogue state.</summary>
    private async Task<List<string>> StoredChecksAsync(string conversationId, StepExpectation expect, CancellationToken ct)
    {
        var failures = new List<string>();
        Transcript? stored;
        await using (var scope = host.Scope())
            stored = await scope.ServiceProvider.GetRequiredService<ChatEngine>().TranscriptAsync(conversationId, ct);
        if (stored is null) return ["the transcript could not be read back"];
        var lastShopper = stored.Messages.Last(m => m.Role == "user").Text;
        var everything = await host.ReadAsync(async db =>
        {
            // Text is an encrypted column: read it decrypted, then join (joined in SQL it would be ciphertext).
            var messages = (await db.ChatMessages.Where(m => m.ConversationId == conversationId).Select(m => new { m.Text, m.PartsJson }).ToListAsync(ct))
                .Select(m => m.Text + "\n" + m.PartsJson).ToList();
            var turns = await db.Turns.Where(t => t.ConversationId == conversationId).Select(t => t.MaskedText + "\n" + t.EntitiesJson).ToListAsync(ct);
            var state = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.StateJson).SingleAsync(ct);
            return new Dictionary<string, string>
            {
                ["transcript"] = string.Join("\n", stored.Messages.Select(m => m.Text)),
                ["stored messages"] = string.Join("\n", messages),
                ["turn log"] = string.Join("\n", turns),
                ["dialogue state"] = state,
            };
        });
        foreach (var secret in expect.StoredNotContains ?? [])
            foreach (var (place, content) in everything)
                if (content.Contains(secret, StringComparison.OrdinalIgnoreCase)) failures.Add($"\"{secret}\" is stored in the {place}");
        foreach (var wanted in expect.StoredContains ?? [])
            if (!lastShopper.Contains(wanted, StringComparison.OrdinalIgnoreCase)) failures.Add($"stored shopper message \"{lastShopper}\" should contain \"{wanted}\"");
        return failures;
    }
}
