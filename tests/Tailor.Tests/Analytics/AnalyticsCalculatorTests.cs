using Tailor.Domain.Conversations;
using Tailor.Server.Analytics;

namespace Tailor.Tests.Analytics;

/// <summary>The dashboard's figures on a hand-counted fixture (see <see cref="AnalyticsFixture"/>).</summary>
public sealed class AnalyticsCalculatorTests
{
    private readonly AnalyticsReport report = AnalyticsCalculator.Compute(AnalyticsFixture.Filter, AnalyticsFixture.Facts());

    [Fact]
    public void Conversations_without_a_shopper_message_are_not_counted_and_days_are_split()
    {
        Assert.Equal(5, report.Conversations);
        Assert.Equal(10, report.Turns);
        Assert.Equal([new DayCount(new DateOnly(2026, 11, 2), 3), new DayCount(new DateOnly(2026, 11, 3), 2)], report.ConversationsPerDay);
    }

    [Fact]
    public void Containment_resolution_and_escalation_count_conversations()
    {
        Assert.Equal(0.6, report.Containment);   // c1, c2, c5 needed nobody
        Assert.Equal(0.4, report.Resolution);    // c1 (bag), c5 (order); c2's answer was rated down
        Assert.Equal(0.4, report.EscalationRate); // c3 (ticket), c4 (queued)
        Assert.Equal([new NamedCount("ShopperAsked", 1), new NamedCount("Ticket", 1)], report.EscalationReasons);
    }

    [Fact]
    public void Fallback_and_no_result_rates_count_turns()
    {
        Assert.Equal(0.2, report.FallbackRate);
        Assert.Equal(0.2, report.NoResultRate);
    }

    [Fact]
    public void Latency_is_nearest_rank_p50_and_p95_per_stage_and_in_total()
    {
        // total, sorted: 5 6 7 8 10 20 30 40 50 100 → p50 = 5th = 10, p95 = 10th = 100
        Assert.Contains(new StageLatency(AnalyticsCalculator.TotalStage, 10, 100), report.Latency);
        // understand: 1 1 1 2 2 3 3 4 5 10 → p50 = 2, p95 = 10
        Assert.Contains(new StageLatency("understand", 2, 10), report.Latency);
        // skills: 4 5 6 6 8 16 27 37 45 90 → p50 = 8, p95 = 90
        Assert.Contains(new StageLatency("skills", 8, 90), report.Latency);
    }

    [Fact]
    public void Satisfaction_sentiment_and_bag_adds_are_summed()
    {
        Assert.Equal(new Satisfaction(3.5, 2, 1, 1), report.Satisfaction);
        // Day 1: 0.5, 0, -0.5, -0.5, -1 → -0.3; day 2: 0, 0, 0, -0.5, 0.5 → 0
        Assert.Equal([new DayValue(new DateOnly(2026, 11, 2), -0.3), new DayValue(new DateOnly(2026, 11, 3), 0)], report.SentimentTrend);
        Assert.Equal(new CartAssist(1, 1, 59.99m), report.Cart);
    }

    [Fact]
    public void Top_intents_outcomes_and_zero_result_searches_are_ranked()
    {
        Assert.Equal(new NamedCount("search_products", 4), report.TopIntents[0]);
        Assert.Equal(new NamedCount("out_of_scope", 2), report.TopIntents[1]);
        Assert.Equal(5, report.TopIntents.Count);
        Assert.Contains(new NamedCount(nameof(TurnOutcome.NoResults), 2), report.Outcomes);
        // The same words in other capitals and spacing are one search.
        Assert.Equal([new ZeroResultSearch("upset hole dresses", 2, true)], report.TopZeroResultSearches);
    }

    [Fact]
    public void Percentile_is_the_nearest_rank()
    {
        Assert.Equal(0, AnalyticsCalculator.Percentile([], 0.5));
        Assert.Equal(3, AnalyticsCalculator.Percentile([1, 2, 3, 4], 0.75));
        Assert.Equal(4, AnalyticsCalculator.Percentile([1, 2, 3, 4], 0.95));
        Assert.Equal(1, AnalyticsCalculator.Percentile([1, 2, 3, 4], 0.01));
    }

    [Fact]
    public void The_csv_export_has_every_figure_and_defuses_formulas()
    {
        var csv = AnalyticsCsv.Write(report, [new QuestionGroup("=cmd|' /c calc'!A1", 3, [], "Fallback")]);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,name,value", lines[0]);
        Assert.Contains("summary,conversations,5", lines);
        Assert.Contains("summary,containment,0.6", lines);
        Assert.Contains("summary,cart_revenue,59.99", lines);
        Assert.Contains("latency_p95_ms,total,100", lines);
        Assert.Contains("conversations_per_day,2026-11-02,3", lines);
        Assert.Contains("zero_result_search_catalog_had_matches,upset hole dresses,2", lines);
        Assert.Contains("unanswered,'=cmd|' /c calc'!A1,3", lines);
    }
}
