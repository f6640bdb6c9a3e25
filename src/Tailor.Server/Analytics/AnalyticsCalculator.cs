using Tailor.Domain.Conversations;

namespace Tailor.Server.Analytics;

/// <summary>Computes the dashboard's figures from the facts of one filter. Pure: the reader loads, this counts.</summary>
public static class AnalyticsCalculator
{
    public const string TotalStage = "total";
    private const int TopCount = 10;

    public static AnalyticsReport Compute(AnalyticsFilter filter, AnalyticsFacts facts)
    {
        var turnsByConversation = facts.Turns.GroupBy(t => t.ConversationId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Id).ToList());
        // Only conversations where the shopper said something count: an opened widget left alone is not a conversation.
        var conversations = facts.Conversations.Where(c => turnsByConversation.ContainsKey(c.Id)).ToList();
        var queued = facts.Handoffs.Select(h => h.ConversationId).ToHashSet();
        var carts = facts.AddedToCart.Select(c => c.ConversationId).ToHashSet();
        var ratedDown = facts.Feedback.Where(f => f.Kind == FeedbackKind.Thumb && f.Score < 0 && f.TurnId is not null)
            .Select(f => f.TurnId!.Value).ToHashSet();

        var escalated = conversations.Count(c => ConversationResolution.IsEscalated(turnsByConversation[c.Id], queued.Contains(c.Id)));
        var resolved = conversations.Count(c =>
            ConversationResolution.IsResolved(turnsByConversation[c.Id], ratedDown, queued.Contains(c.Id), carts.Contains(c.Id)));
        var turns = facts.Turns;

        return new AnalyticsReport(
            filter, conversations.Count, turns.Count,
            conversations.GroupBy(c => Day(c.CreatedAt)).OrderBy(g => g.Key).Select(g => new DayCount(g.Key, g.Count())).ToList(),
            Latency(turns),
            Share(conversations.Count - escalated, conversations.Count), Share(resolved, conversations.Count), Share(escalated, conversations.Count),
            EscalationReasons(facts, turnsByConversation),
            Share(turns.Count(t => t.Outcome == TurnOutcome.Fallback), turns.Count),
            Share(turns.Count(t => t.Outcome == TurnOutcome.NoResults), turns.Count),
            Satisfied(facts.Feedback),
            turns.GroupBy(t => Day(t.CreatedAt)).OrderBy(g => g.Key).Select(g => new DayValue(g.Key, Math.Round(g.Average(t => t.Sentiment), 3))).ToList(),
            Top(turns.Select(t => t.Intent)),
            Top(turns.Select(t => t.Outcome.ToString()), int.MaxValue),
            turns.Where(t => t.Outcome == TurnOutcome.NoResults)
                .GroupBy(t => Normalise(t.MaskedText))
                .Select(g => new ZeroResultSearch(g.Key, g.Count(), g.Any(t => t.CatalogHadMatches == true)))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Text, StringComparer.Ordinal).Take(TopCount).ToList(),
            new CartAssist(facts.AddedToCart.Count, carts.Count, facts.AddedToCart.Sum(c => c.Amount)));
    }

    /// <summary>Nearest-rank percentile of sorted values: the smallest value with at least <paramref name="q"/> of them at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static List<StageLatency> Latency(IReadOnlyList<TurnFacts> turns)
    {
        var stages = turns.SelectMany(t => t.Stages).GroupBy(s => s.Key, s => s.Value)
            .Select(g => (Stage: g.Key, Values: g.Order().ToList()))
            .Append((Stage: TotalStage, Values: turns.Select(t => t.TotalMilliseconds).Order().ToList()));
        return stages.Where(s => s.Values.Count > 0)
            .Select(s => new StageLatency(s.Stage, Math.Round(Percentile(s.Values, 0.5), 2), Math.Round(Percentile(s.Values, 0.95), 2))).ToList();
    }

    // A queued request gives its reason; a ticket (nobody online) has none of its own, so it counts as one.
    private static List<NamedCount> EscalationReasons(AnalyticsFacts facts, Dictionary<string, List<TurnFacts>> turns)
    {
        var reasons = facts.Handoffs.Select(h => h.Reason.ToString()).ToList();
        var queued = facts.Handoffs.Select(h => h.ConversationId).ToHashSet();
        reasons.AddRange(turns.Where(c => !queued.Contains(c.Key) && c.Value.Any(t => t.Outcome == TurnOutcome.Ticket)).Select(_ => "Ticket"));
        return Top(reasons, int.MaxValue);
    }

    private static Satisfaction Satisfied(IReadOnlyList<FeedbackFacts> feedback)
    {
        var csat = feedback.Where(f => f.Kind == FeedbackKind.Csat).Select(f => f.Score).ToList();
        var thumbs = feedback.Where(f => f.Kind == FeedbackKind.Thumb).ToList();
        return new Satisfaction(csat.Count == 0 ? null : Math.Round(csat.Average(), 2), csat.Count,
            thumbs.Count(t => t.Score > 0), thumbs.Count(t => t.Score < 0));
    }

    private static List<NamedCount> Top(IEnumerable<string> names, int take = TopCount) =>
        names.Where(n => n.Length > 0).GroupBy(n => n).Select(g => new NamedCount(g.Key, g.Count()))
            .OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal).Take(take).ToList();

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
