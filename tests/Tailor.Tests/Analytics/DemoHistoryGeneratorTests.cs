using Tailor.Domain.Conversations;
using Tailor.Server.Analytics.DemoHistory;

namespace Tailor.Tests.Analytics;

/// <summary>The demo history replays the engine's answers: seeded, dated in the past, and a request for a person ends the chat.</summary>
public sealed class DemoHistoryGeneratorTests
{
    private static EngineProbe Probe(long id, string text, TurnOutcome outcome, int weight, string command = "SearchProducts") => new(
        new ShopperMessage(text, weight),
        new TurnRecord
        {
            Id = id, ConversationId = "probe", MaskedText = text, Intent = "i", Command = command, Outcome = outcome,
            StageTimingsJson = """{"understand":2,"skills":3}""", TotalMilliseconds = 5,
        },
        new ChatMessage { ConversationId = "probe", Role = ChatRole.Assistant, Text = "answer", PartsJson = "[]" },
        outcome == TurnOutcome.AnsweredWithProducts ? "black-jeans" : null, 40m);

    private static readonly EngineProbe[] Probes =
    [
        Probe(1, "black jeans", TurnOutcome.AnsweredWithProducts, 6),
        Probe(2, "returns policy", TurnOutcome.AnsweredPolicy, 3),
        Probe(3, "talk to a person", TurnOutcome.Ticket, 1, "RequestHuman"),
    ];

    [Fact]
    public void The_same_seed_gives_the_same_history_in_the_days_before_today()
    {
        var today = new DateOnly(2026, 12, 7);
        var first = new DemoHistoryGenerator(Probes, 42).Generate(today, 14);
        var again = new DemoHistoryGenerator(Probes, 42).Generate(today, 14);

        Assert.Equal(first.Select(c => c.Conversation.Id), again.Select(c => c.Conversation.Id));
        Assert.Equal(first.Sum(c => c.Turns.Count), again.Sum(c => c.Turns.Count));
        Assert.InRange(first.Count, 14 * 15, 14 * 60);
        Assert.All(first, c => Assert.InRange(DateOnly.FromDateTime(c.Conversation.CreatedAt.UtcDateTime), today.AddDays(-14), today.AddDays(-1)));
        Assert.Equal(first.Count, first.Select(c => c.Conversation.Id).Distinct().Count());
    }

    [Fact]
    public void Turns_replay_the_probes_and_a_request_for_a_person_is_the_last_turn()
    {
        var history = new DemoHistoryGenerator(Probes, 7).Generate(new DateOnly(2026, 12, 7), 10);
        foreach (var conversation in history)
        {
            Assert.InRange(conversation.Turns.Count, 1, 5);
            Assert.All(conversation.Turns, t => Assert.Contains(t.Turn.MaskedText, Probes.Select(p => p.Message.Text)));
            var handedOver = conversation.Turns.ToList().FindIndex(t => t.Turn.Outcome is TurnOutcome.Handoff or TurnOutcome.Ticket);
            Assert.True(handedOver < 0 || handedOver == conversation.Turns.Count - 1);
            Assert.Equal(conversation.Handoff is not null, conversation.Turns.Any(t => t.Turn.Outcome == TurnOutcome.Handoff));
            if (conversation.AddedToCart is { } added) Assert.Equal(("black-jeans", 40m), (added.ProductHandle, added.Amount));
        }
        Assert.Contains(history, c => c.AddedToCart is not null);
        Assert.Contains(history, c => c.Turns.Any(t => t.Thumb is not null));
    }
}
