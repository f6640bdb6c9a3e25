using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Server.Admin.Review;
using Tailor.Server.Agents;

namespace Tailor.Server.Analytics;

/// <summary>The console's analytics for admins: the dashboard's figures as JSON and as a CSV export.</summary>
public static class AnalyticsApi
{
    public const int MaxDays = 366;

    /// <summary>The dashboard: the report and the unanswered questions grouped by meaning.</summary>
    public sealed record AnalyticsView(AnalyticsReport Report, IReadOnlyList<QuestionGroup> Unanswered);

    public static WebApplicationBuilder AddAnalytics(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AnalyticsReader>();
        builder.Services.AddSingleton<UnansweredQuestions>();
        return builder;
    }

    public static WebApplication MapAnalytics(this WebApplication app)
    {
        var admin = app.MapGroup("/agent/api/analytics").WithTags("Analytics").RequireAuthorization(AgentConsoleRegistration.AdminPolicy);
        admin.MapGet("/", Read).WithName("Analytics")
            .WithSummary("Admins: conversations per day, latency p50/p95 per stage, containment, resolution, escalations, fallback and no-result rates, CSAT, thumbs, sentiment, top intents, zero-result searches, unanswered questions and chat-assisted add-to-cart, for days `from`..`to` (default the last 7) and an optional `channel`.");
        admin.MapGet("/export.csv", Export).WithName("AnalyticsExport")
            .WithSummary("Admins: the same figures as CSV (section, name, value), for a spreadsheet.");
        app.MapCartFromChat();
        app.MapConversationExplorer();
        app.MapReviewQueue();
        app.MapModelRetraining();
        return app;
    }

    /// <summary>Reads the filter from the query; the default is the seven days up to today.</summary>
    public static bool TryFilter(DateOnly? from, DateOnly? to, string? channel, TimeProvider time, out AnalyticsFilter filter, out ValidationProblem? problem)
    {
        var last = to ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(-6);
        filter = new AnalyticsFilter(first, last, string.IsNullOrWhiteSpace(channel) ? null : channel.Trim());
        problem = first > last ? Problem("from", "from must be on or before to.")
            : last.DayNumber - first.DayNumber >= MaxDays ? Problem("to", $"A range covers at most {MaxDays} days.")
            : null;
        return problem is null;
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The date range can't be read.");

    private static async Task<Results<Ok<AnalyticsView>, ValidationProblem>> Read(
        DateOnly? from, DateOnly? to, string? channel, AnalyticsReader reader, UnansweredQuestions unanswered, TimeProvider time, CancellationToken ct)
    {
        if (!TryFilter(from, to, channel, time, out var filter, out var problem)) return problem!;
        var facts = await reader.ReadAsync(filter, ct);
        return TypedResults.Ok(new AnalyticsView(AnalyticsCalculator.Compute(filter, facts), unanswered.Group(facts.Turns)));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        DateOnly? from, DateOnly? to, string? channel, AnalyticsReader reader, UnansweredQuestions unanswered, TimeProvider time, CancellationToken ct)
    {
        if (!TryFilter(from, to, channel, time, out var filter, out var problem)) return problem!;
        var facts = await reader.ReadAsync(filter, ct);
        var csv = AnalyticsCsv.Write(AnalyticsCalculator.Compute(filter, facts), unanswered.Group(facts.Turns));
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"tailor-analytics-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv"));
    }
}
