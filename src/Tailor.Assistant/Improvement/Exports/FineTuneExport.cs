using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Guard;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Improvement.Exports;

/// <summary>One chat message in the OpenAI chat fine-tuning format.</summary>
public sealed record FineTuneMessage([property: JsonPropertyName("role")] string Role, [property: JsonPropertyName("content")] string Content);

/// <summary>One training conversation: <c>{"messages":[{"role":…,"content":…}…]}</c>.</summary>
public sealed record FineTuneExample([property: JsonPropertyName("messages")] IReadOnlyList<FineTuneMessage> Messages);

/// <summary>How many conversations were looked at and written, and why the others were left out.</summary>
public sealed record FineTuneReport(int Conversations, int Written, int NotResolved, int RatedDown, int HandedOver, int Invalid);

/// <summary>
/// Writes chat fine-tuning JSONL from good conversations: resolved by the assistant (it ended answering: products,
/// a policy passage, an order shown or changed), never rated down, never handed to a person. Every message is
/// masked again by the guard's masker (old rows, assistant text quoting an address), and every line is checked
/// before it is written (<see cref="FineTuneLine"/>).
/// </summary>
public static class FineTuneExport
{
    private static readonly TurnOutcome[] Resolving = [TurnOutcome.AnsweredWithProducts, TurnOutcome.AnsweredPolicy, TurnOutcome.OrderTracked, TurnOutcome.OrderActionDone];
    private static readonly TurnOutcome[] Unresolved = [TurnOutcome.Fallback, TurnOutcome.NoResults, TurnOutcome.Handoff, TurnOutcome.Ticket, TurnOutcome.Rejected];

    public static async Task<FineTuneReport> WriteAsync(TailorDbContext db, string systemPrompt, TextWriter output, CancellationToken ct)
    {
        var ids = await db.Conversations.AsNoTracking().OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync(ct);
        int written = 0, notResolved = 0, ratedDown = 0, handedOver = 0, invalid = 0;
        foreach (var id in ids)
        {
            var outcomes = await db.Turns.AsNoTracking().Where(t => t.ConversationId == id).OrderBy(t => t.Id).Select(t => t.Outcome).ToListAsync(ct);
            if (await db.Handoffs.AnyAsync(h => h.ConversationId == id, ct) || outcomes.Any(o => o is TurnOutcome.Handoff or TurnOutcome.Ticket)) { handedOver++; continue; }
            if (await db.Feedback.AnyAsync(f => f.ConversationId == id && f.Kind == FeedbackKind.Thumb && f.Score < 0, ct)) { ratedDown++; continue; }
            if (outcomes.Count == 0 || !outcomes.Any(o => Resolving.Contains(o)) || Unresolved.Contains(outcomes[^1])) { notResolved++; continue; }

            var messages = await db.ChatMessages.AsNoTracking().Where(m => m.ConversationId == id).OrderBy(m => m.Id).ToListAsync(ct);
            var line = JsonSerializer.Serialize(new FineTuneExample(Messages(systemPrompt, messages)));
            if (FineTuneLine.Problem(line) is not null) { invalid++; continue; }
            await output.WriteLineAsync(line.AsMemory(), ct);
            written++;
        }

        return new FineTuneReport(ids.Count, written, notResolved, ratedDown, handedOver, invalid);
    }

    /// <summary>The system prompt, then the shopper's and the assistant's messages, masked, a run by one speaker joined into one.</summary>
    public static IReadOnlyList<FineTuneMessage> Messages(string systemPrompt, IEnumerable<ChatMessage> messages)
    {
        var result = new List<FineTuneMessage> { new("system", systemPrompt) };
        foreach (var message in messages)
        {
            var role = message.Role switch { ChatRole.User => "user", ChatRole.Assistant => "assistant", _ => null };
            var text = PiiMasker.Mask(message.Text).Trim();
            if (role is null || text.Length == 0) continue;
            if (result[^1].Role == role) result[^1] = result[^1] with { Content = $"{result[^1].Content}\n{text}" };
            else result.Add(new FineTuneMessage(role, text));
        }

        // A conversation the shopper had the last word in teaches nothing about answering it.
        while (result.Count > 1 && result[^1].Role == "user") result.RemoveAt(result.Count - 1);
        return result;
    }
}

/// <summary>Checks one line of chat fine-tuning JSONL: it parses, it has the shape OpenAI expects, and no personal data survives.</summary>
public static class FineTuneLine
{
    private static readonly HashSet<string> Roles = ["system", "user", "assistant"];

    /// <summary>What is wrong with the line, or null when it is valid.</summary>
    public static string? Problem(string line)
    {
        FineTuneExample? example;
        try
        {
            example = JsonSerializer.Deserialize<FineTuneExample>(line);
        }
        catch (JsonException e)
        {
            return $"not JSON: {e.Message}";
        }

        if (example?.Messages is not { Count: > 0 } messages) return "no messages";
        if (messages.FirstOrDefault(m => m is null || !Roles.Contains(m.Role ?? "") || string.IsNullOrWhiteSpace(m.Content)) is { } bad)
            return $"a message with role '{bad?.Role}' and no text, or an unknown role";
        if (!messages.Any(m => m.Role == "user")) return "no user message";
        if (messages[^1].Role != "assistant") return "the last message is not the assistant's";
        if (messages.Select(m => PiiMasker.Find(m.Content)).FirstOrDefault(f => f.Count > 0) is { } found)
            return $"personal data left: {string.Join(", ", found.Select(f => f.Kind).Distinct())}";
        return null;
    }
}
