using System.Globalization;
using System.Text;

namespace Tailor.Server.Analytics;

/// <summary>The report as one long CSV (section, name, value), which every spreadsheet can pivot.</summary>
public static class AnalyticsCsv
{
    public static string Write(AnalyticsReport report, IReadOnlyList<QuestionGroup> unanswered)
    {
        var csv = new StringBuilder("section,name,value\n");
        void Row(string section, string name, object? value) =>
            csv.Append(Cell(section)).Append(',').Append(Cell(name)).Append(',').Append(Cell(Format(value))).Append('\n');

        Row("filter", "from", report.Filter.From);
        Row("filter", "to", report.Filter.To);
        Row("filter", "channel", report.Filter.Channel ?? "all");
        Row("summary", "conversations", report.Conversations);
        Row("summary", "turns", report.Turns);
        Row("summary", "containment", report.Containment);
        Row("summary", "resolution", report.Resolution);
        Row("summary", "escalation_rate", report.EscalationRate);
        Row("summary", "fallback_rate", report.FallbackRate);
        Row("summary", "no_result_rate", report.NoResultRate);
        Row("summary", "csat_average", report.Satisfaction.CsatAverage);
        Row("summary", "csat_responses", report.Satisfaction.CsatResponses);
        Row("summary", "thumbs_up", report.Satisfaction.ThumbsUp);
        Row("summary", "thumbs_down", report.Satisfaction.ThumbsDown);
        Row("summary", "added_to_cart", report.Cart.AddedToCart);
        Row("summary", "cart_conversations", report.Cart.Conversations);
        Row("summary", "cart_revenue", report.Cart.Revenue);
        foreach (var day in report.ConversationsPerDay) Row("conversations_per_day", Format(day.Day), day.Count);
        foreach (var stage in report.Latency)
        {
            Row("latency_p50_ms", stage.Stage, stage.P50);
            Row("latency_p95_ms", stage.Stage, stage.P95);
        }
        foreach (var reason in report.EscalationReasons) Row("escalation_reason", reason.Name, reason.Count);
        foreach (var day in report.SentimentTrend) Row("sentiment", Format(day.Day), day.Value);
        foreach (var intent in report.TopIntents) Row("intent", intent.Name, intent.Count);
        foreach (var outcome in report.Outcomes) Row("outcome", outcome.Name, outcome.Count);
        foreach (var search in report.TopZeroResultSearches)
            Row(search.CatalogHadMatches ? "zero_result_search_catalog_had_matches" : "zero_result_search", search.Text, search.Count);
        foreach (var group in unanswered) Row("unanswered", group.Example, group.Count);
        return csv.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Quoted when needed, and a leading =, +, - or @ is defused so a shopper's words cannot become a spreadsheet formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
