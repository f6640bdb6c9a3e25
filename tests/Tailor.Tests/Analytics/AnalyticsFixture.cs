using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;
using Tailor.Server.Analytics;

namespace Tailor.Tests.Analytics;

/// <summary>
/// Five conversations over two days, written out by hand so every figure can be counted on paper:
/// c1 products then add to bag (resolved); c2 a policy answer rated down (not resolved); c3 fallback, fallback, ticket
/// (escalated); c4 a no-result search asked twice, then products, queued for a person (escalated, reason ShopperAsked);
/// c5 an order tracked (resolved). A sixth conversation has no turns and is not counted.
/// </summary>
public static class AnalyticsFixture
{
    public static readonly AnalyticsFilter Filter = new(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), null);
    private static readonly DateTimeOffset Day1 = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static long id;

    public static AnalyticsFacts Facts()
    {
        id = 0;
        TurnFacts Turn(string conversation, DateTimeOffset at, string text, string intent, TurnOutcome outcome, double total, double understand,
            double sentiment = 0, string command = "SearchProducts", bool? catalog = null, double confidence = 0.9) =>
            new(++id, conversation, text, intent, confidence, command, outcome, catalog, sentiment,
                new Dictionary<string, double> { ["understand"] = understand, ["skills"] = total - understand }, total, at);

        var turns = new List<TurnFacts>
        {
            Turn("c1", Day1, "black jeans", "search_products", TurnOutcome.AnsweredWithProducts, 10, 2, sentiment: 0.5),                       // 1
            Turn("c2", Day1, "returns policy?", "ask_policy", TurnOutcome.AnsweredPolicy, 20, 4, command: "AskPolicy"),                          // 2
            Turn("c3", Day1, "blorp", "out_of_scope", TurnOutcome.Fallback, 5, 1, sentiment: -0.5, command: "OutOfScope", confidence: 0.3),      // 3
            Turn("c3", Day1, "wibble", "out_of_scope", TurnOutcome.Fallback, 6, 1, sentiment: -0.5, command: "OutOfScope", confidence: 0.3),     // 4
            Turn("c3", Day1, "a person", "request_human", TurnOutcome.Ticket, 7, 1, sentiment: -1, command: "RequestHuman"),                     // 5
            Turn("c4", Day2, "Upset hole dresses", "search_products", TurnOutcome.NoResults, 30, 3, catalog: true),                            // 6
            Turn("c4", Day2, "upset  hole dresses", "search_products", TurnOutcome.NoResults, 40, 3, catalog: true),                           // 7
            Turn("c4", Day2, "red dresses", "search_products", TurnOutcome.AnsweredWithProducts, 50, 5),                                        // 8
            Turn("c4", Day2, "talk to a human", "request_human", TurnOutcome.Handoff, 8, 2, sentiment: -0.5, command: "RequestHuman"),          // 9
            Turn("c5", Day2, "where is my order", "track_order", TurnOutcome.OrderTracked, 100, 10, sentiment: 0.5, command: "TrackOrder"),    // 10
        };
        return new AnalyticsFacts(
            [new("c1", "web", Day1), new("c2", "web", Day1), new("c3", "web", Day1), new("c4", "web", Day2), new("c5", "web", Day2), new("c6", "web", Day2)],
            turns,
            [new("c2", 2, FeedbackKind.Thumb, -1), new("c1", 1, FeedbackKind.Thumb, 1), new("c1", null, FeedbackKind.Csat, 5), new("c3", null, FeedbackKind.Csat, 2)],
            [new("c4", HandoffReason.ShopperAsked)],
            [new("c1", 59.99m)]);
    }
}
