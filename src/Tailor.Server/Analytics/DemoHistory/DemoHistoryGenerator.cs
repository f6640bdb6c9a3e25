using System.Text.Json;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;
using Tailor.Store.Demo;

namespace Tailor.Server.Analytics.DemoHistory;

/// <summary>
/// Makes months of past conversations from the engine's real answers: how many a day (more at weekends, growing over
/// the period), one to five turns each, drawn by weight, with their timings jittered, and the ratings, handoffs and bag
/// adds shoppers give such answers. Seeded: the same probes, seed and clock give the same history.
/// </summary>
public sealed class DemoHistoryGenerator(IReadOnlyList<EngineProbe> probes, int seed)
{
    private const int ConversationsPerDay = 30;
    private readonly Random random = new(seed);
    private readonly int totalWeight = probes.Sum(p => p.Message.Weight);

    public IReadOnlyList<HistoryConversation> Generate(DateOnly today, int days)
    {
        var history = new List<HistoryConversation>();
        if (probes.Count == 0) return history;
        for (var back = days; back >= 1; back--)
        {
            var day = today.AddDays(-back);
            var growth = 0.7 + 0.6 * (days - back) / days;
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.3 : 1.0;
            var count = (int)Math.Round(ConversationsPerDay * growth * weekend * (0.8 + 0.4 * random.NextDouble()));
            for (var i = 0; i < count; i++) history.Add(Conversation(day));
        }
        return history;
    }

    private HistoryConversation Conversation(DateOnly day)
    {
        // Shoppers chat from morning to late evening, most in the evening.
        var minutes = 8 * 60 + (int)(15 * 60 * Math.Sqrt(random.NextDouble()));
        var at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(minutes).AddSeconds(random.Next(60));
        var id = Convert.ToHexStringLower(RandomBytes(16));
        var turns = new List<HistoryTurn>();
        HandoffRequest? handoff = null;
        var wanted = 1 + Math.Min(4, (int)Math.Floor(Math.Log(1 - random.NextDouble()) / Math.Log(0.45)));
        var time = at;
        for (var n = 0; n < wanted; n++)
        {
            var probe = Pick();
            time = time.AddSeconds(20 + random.Next(70));
            var turn = Turn(id, probe, time);
            // In opening hours most requests for a person reach an agent; the probe ran with nobody online (a ticket).
            if (turn.Turn.Outcome == TurnOutcome.Ticket && time.Hour is >= 9 and < 18 && random.NextDouble() < 0.7)
            {
                turn.Turn.Outcome = TurnOutcome.Handoff;
                handoff = Handoff(id, time, turn.Turn.Command);
            }
            turns.Add(turn);
            if (turn.Turn.Outcome is TurnOutcome.Handoff or TurnOutcome.Ticket) break;
        }
        var conversation = new Conversation
        {
            Id = id, CreatedAt = at, UpdatedAt = time, StateJson = "{}",
            Status = handoff is null ? ConversationStatus.Bot : ConversationStatus.Closed,
        };
        var shown = turns.Select(t => probes.First(p => p.Turn.Id == t.Turn.Id)).Where(p => p.CardHandle is not null).ToList();
        var added = shown.Count > 0 && random.NextDouble() < 0.14
            ? new ChatEvent { ConversationId = id, Kind = ChatEventKind.AddToCart, ProductHandle = shown[0].CardHandle!, Amount = shown[0].CardPrice, CreatedAt = time.AddSeconds(30) }
            : null;
        return new HistoryConversation(conversation, turns.Select(t => t with { Turn = Clear(t.Turn) }).ToList(), Csat(turns, added is not null), handoff, added);
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private EngineProbe Pick()
    {
        var roll = random.Next(totalWeight);
        foreach (var probe in probes)
            if ((roll -= probe.Message.Weight) < 0) return probe;
        return probes[^1];
    }

    private HistoryTurn Turn(string conversationId, EngineProbe probe, DateTimeOffset at)
    {
        var jitter = 0.8 + 0.5 * random.NextDouble();
        var stages = (JsonSerializer.Deserialize<Dictionary<string, double>>(probe.Turn.StageTimingsJson) ?? [])
            .ToDictionary(s => s.Key, s => Math.Round(s.Value * jitter, 3));
        var turn = new TurnRecord
        {
            Id = probe.Turn.Id, ConversationId = conversationId, MaskedText = probe.Turn.MaskedText, Intent = probe.Turn.Intent,
            Confidence = probe.Turn.Confidence, EntitiesJson = probe.Turn.EntitiesJson, Command = probe.Turn.Command, Outcome = probe.Turn.Outcome,
            CatalogHadMatches = probe.Turn.CatalogHadMatches, Sentiment = probe.Turn.Sentiment, StageTimingsJson = JsonSerializer.Serialize(stages),
            TotalMilliseconds = Math.Round(probe.Turn.TotalMilliseconds * jitter, 3), CreatedAt = at,
        };
        var failed = turn.Outcome is TurnOutcome.Fallback or TurnOutcome.NoResults;
        int? thumb = random.NextDouble() < (failed ? 0.15 : 0.05) ? (random.NextDouble() < (failed ? 0.85 : 0.12) ? -1 : 1) : null;
        return new HistoryTurn(
            new ChatMessage { ConversationId = conversationId, Role = ChatRole.User, Text = probe.Turn.MaskedText, CreatedAt = at },
            new ChatMessage { ConversationId = conversationId, Role = ChatRole.Assistant, Text = probe.Answer.Text, PartsJson = probe.Answer.PartsJson, CreatedAt = at },
            turn, thumb);
    }

    // The probe's id only served to find its card; the row gets its own id when written.
    private static TurnRecord Clear(TurnRecord turn)
    {
        turn.Id = 0;
        return turn;
    }

    private HandoffRequest Handoff(string conversationId, DateTimeOffset at, string command)
    {
        var claimed = at.AddSeconds(30 + random.Next(360));
        return new HandoffRequest
        {
            ConversationId = conversationId, Status = HandoffStatus.Resolved, AgentId = "demo", AgentName = "Lena",
            Reason = command == "RequestHuman" ? HandoffReason.ShopperAsked : HandoffReason.Frustration,
            RequestedAt = at, ClaimedAt = claimed, FirstAgentReplyAt = claimed.AddSeconds(20 + random.Next(60)),
            EndedAt = claimed.AddMinutes(4 + random.Next(12)),
        };
    }

    // One shopper in six rates the chat: higher after a bag add, lower for each turn that failed them.
    private int? Csat(IReadOnlyList<HistoryTurn> turns, bool addedToCart)
    {
        if (random.NextDouble() >= 0.16) return null;
        var failed = turns.Count(t => t.Turn.Outcome is TurnOutcome.Fallback or TurnOutcome.NoResults or TurnOutcome.Ticket);
        var score = 4.2 + (addedToCart ? 0.6 : 0) - 1.3 * failed + (random.NextDouble() - 0.5) * 1.5;
        return Math.Clamp((int)Math.Round(score), 1, 5);
    }
}
