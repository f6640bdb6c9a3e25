using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Server.Analytics.DemoHistory;

/// <summary>What the real assistant did with one shopper message: its turn log row and its answer, plus the first card it showed.</summary>
public sealed record EngineProbe(ShopperMessage Message, TurnRecord Turn, ChatMessage Answer, string? CardHandle, decimal CardPrice);

/// <summary>
/// Sends each demo message to the real chat engine in a conversation of its own, keeps what it answered, then removes
/// those conversations: the history replays real answers, never invented ones.
/// </summary>
public static class EngineProbes
{
    public static async Task<IReadOnlyList<EngineProbe>> RunAsync(IServiceProvider services, IReadOnlyList<ShopperMessage> messages, CancellationToken ct)
    {
        var probes = new List<EngineProbe>();
        var ids = new List<string>();
        // The first turn of a process pays for cold caches and JIT: sent once more and dropped, so no timing carries it.
        foreach (var (message, warmUp) in messages.Take(1).Select(m => (m, true)).Concat(messages.Select(m => (m, false))))
        {
            await using var scope = services.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<ChatEngine>();
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            var id = (await engine.StartAsync(new PageContext(), ct)).Id;
            ids.Add(id);
            await engine.SendAsync(id, message.Text, clientMessageId: null, ct);
            var turn = await db.Turns.AsNoTracking().SingleOrDefaultAsync(t => t.ConversationId == id, ct);
            var answer = await db.ChatMessages.AsNoTracking().Where(m => m.ConversationId == id && m.ReplyToId != null).SingleOrDefaultAsync(ct);
            if (warmUp || turn is null || answer is null) continue;
            var (handle, price) = FirstCard(answer.PartsJson);
            probes.Add(new EngineProbe(message, turn, answer, handle, price));
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            await db.Turns.Where(t => ids.Contains(t.ConversationId)).ExecuteDeleteAsync(ct);
            await db.ChatMessages.Where(m => ids.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Conversations.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        }
        return probes;
    }

    private static (string? Handle, decimal Price) FirstCard(string partsJson)
    {
        using var parts = JsonDocument.Parse(partsJson);
        foreach (var part in parts.RootElement.EnumerateArray())
            if (part.TryGetProperty("type", out var type) && type.GetString() == "products"
                && part.GetProperty("items") is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0)
                return (items[0].GetProperty("handle").GetString(), items[0].GetProperty("price").GetDecimal());
        return (null, 0);
    }
}
