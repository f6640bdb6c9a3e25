using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Guard;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Improvement.Exports;

/// <summary>
/// One past chat, one JSON object a line:
/// <c>{"id":"c-1","channel":"web","started_at":"2026-10-01T10:00:00Z","csat":5,"messages":[{"role":"user","text":"…","intent":"track_order"},{"role":"assistant","text":"…"}]}</c>.
/// <c>intent</c> on a shopper message is optional; where given it becomes a label for training.
/// </summary>
public sealed record TranscriptLine(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("started_at")] DateTimeOffset? StartedAt,
    [property: JsonPropertyName("csat")] int? Csat,
    [property: JsonPropertyName("messages")] IReadOnlyList<TranscriptMessage>? Messages);

public sealed record TranscriptMessage(
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("intent")] string? Intent,
    [property: JsonPropertyName("at")] DateTimeOffset? At);

/// <summary>What happened to one line.</summary>
public sealed record TranscriptLineResult(int Line, string Status, string Message);

public sealed record TranscriptImportReport(int Imported, int Skipped, int Failed, IReadOnlyList<TranscriptLineResult> Lines);

/// <summary>
/// Loads past chats to bootstrap analytics and training: each line becomes a conversation (id <c>import-{id}</c>, so
/// a second import of the same file skips it), its messages and a turn per shopper message, all masked on the way in;
/// a shopper message with an intent also becomes a label. A bad line is reported with its number and the rest go on.
/// </summary>
public static class TranscriptImport
{
    private const string Prefix = "import-";
    private const int MaxIdLength = 40 - 7;

    public static async Task<TranscriptImportReport> ImportAsync(TailorDbContext db, TextReader input, IReadOnlySet<string> knownIntents, TimeProvider time, CancellationToken ct)
    {
        var results = new List<TranscriptLineResult>();
        var number = 0;
        while (await input.ReadLineAsync(ct) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            results.Add(await ImportLineAsync(db, number, text, knownIntents, time, ct));
        }

        return new TranscriptImportReport(results.Count(r => r.Status == "imported"), results.Count(r => r.Status == "skipped"),
            results.Count(r => r.Status == "failed"), results);
    }

    private static async Task<TranscriptLineResult> ImportLineAsync(TailorDbContext db, int number, string text, IReadOnlySet<string> knownIntents, TimeProvider time, CancellationToken ct)
    {
        TranscriptLine? line;
        try
        {
            line = JsonSerializer.Deserialize<TranscriptLine>(text);
        }
        catch (JsonException e)
        {
            return new(number, "failed", $"not a JSON object: {e.Message}");
        }

        if (Problem(line, knownIntents) is { } problem) return new(number, "failed", problem);
        var id = Prefix + line!.Id!.Trim();
        if (await db.Conversations.AnyAsync(c => c.Id == id, ct)) return new(number, "skipped", $"{id} was already imported");

        var started = line.StartedAt ?? time.GetUtcNow();
        var conversation = new Conversation { Id = id, Channel = line.Channel is { Length: > 0 } c ? c : "import", Status = ConversationStatus.Closed, CreatedAt = started, UpdatedAt = started };
        db.Conversations.Add(conversation);
        var at = started;
        var shopper = new List<(ChatMessage Message, string? Intent)>();
        foreach (var message in line.Messages!)
        {
            at = message.At ?? at.AddSeconds(1);
            var stored = new ChatMessage
            {
                ConversationId = id, Role = message.Role == "user" ? ChatRole.User : message.Role == "agent" ? ChatRole.Agent : ChatRole.Assistant,
                Text = PiiMasker.Mask(message.Text!.Trim()), CreatedAt = at,
            };
            db.ChatMessages.Add(stored);
            if (stored.Role == ChatRole.User) shopper.Add((stored, string.IsNullOrWhiteSpace(message.Intent) ? null : message.Intent.Trim()));
        }

        if (line.Csat is { } csat) db.Feedback.Add(new Feedback { ConversationId = id, Kind = FeedbackKind.Csat, Score = csat, CreatedAt = at });
        await db.SaveChangesAsync(ct); // message ids for the turns
        foreach (var (message, intent) in shopper)
        {
            var turn = new TurnRecord
            {
                ConversationId = id, MessageId = message.Id, MaskedText = message.Text, Intent = intent ?? "", Confidence = intent is null ? 0 : 1,
                Outcome = TurnOutcome.Answered, CreatedAt = message.CreatedAt,
            };
            db.Turns.Add(turn);
            if (intent is null) continue;
            await db.SaveChangesAsync(ct);
            db.TurnReviews.Add(new TurnReview
            {
                TurnId = turn.Id, Decision = ReviewDecision.Labelled, MaskedText = message.Text, Intent = intent, ReviewedBy = "import", ReviewedAt = time.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(ct);
        return new(number, "imported", $"{id}: {line.Messages!.Count} messages, {shopper.Count(s => s.Intent is not null)} labelled");
    }

    private static string? Problem(TranscriptLine? line, IReadOnlySet<string> knownIntents)
    {
        if (line is null) return "empty line";
        if (string.IsNullOrWhiteSpace(line.Id)) return "'id' is missing: it keeps a second import from duplicating the chat";
        if (line.Id.Trim().Length > MaxIdLength) return $"'id' is longer than {MaxIdLength} characters";
        if (line.Messages is not { Count: > 0 } messages) return "'messages' is missing or empty";
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            if (m?.Role is not ("user" or "assistant" or "agent")) return $"message {i + 1}: 'role' must be user, assistant or agent";
            if (string.IsNullOrWhiteSpace(m.Text)) return $"message {i + 1}: 'text' is missing";
            if (m.Intent is { Length: > 0 } intent && !knownIntents.Contains(intent.Trim())) return $"message {i + 1}: unknown intent '{intent}'";
        }

        if (line.Csat is < 1 or > 5) return "'csat' must be 1 to 5";
        return null;
    }
}
