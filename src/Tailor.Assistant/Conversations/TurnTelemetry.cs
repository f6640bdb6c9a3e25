using System.Diagnostics.Metrics;
using System.Text.Json;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Conversations;

/// <summary>
/// The assistant's own metrics, read from each turn log row as it is written: turns by intent and outcome, whole-turn
/// and per-stage latency, fallbacks, no-results and requests for a person. The host exports the meter (OpenTelemetry).
/// </summary>
public static class TurnTelemetry
{
    public const string MeterName = "Tailor.Assistant";

    private static readonly Meter Meter = new(MeterName, "1.0");
    // Boundaries around the 15 ms p95 target, then up to slow LLM turns.
    private static readonly InstrumentAdvice<double> Milliseconds = new()
    {
        HistogramBucketBoundaries = [1, 2, 5, 10, 15, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
    };

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("tailor.turns", "{turn}", "Turns answered, by intent and outcome.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram("tailor.turn.duration", "ms", "Server time for a whole turn.", advice: Milliseconds);
    private static readonly Histogram<double> StageDuration =
        Meter.CreateHistogram("tailor.turn.stage.duration", "ms", "Time per pipeline stage of a turn.", advice: Milliseconds);
    private static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>("tailor.fallbacks", "{turn}", "Turns the assistant could not answer, by intent.");
    private static readonly Counter<long> NoResults =
        Meter.CreateCounter<long>("tailor.no_results", "{turn}", "Searches that found nothing, by whether the catalog had products for the hard filters.");
    private static readonly Counter<long> HandoffRequests =
        Meter.CreateCounter<long>("tailor.handoff.requests", "{request}", "Requests for a person, by where they went (queue or ticket).");

    /// <summary>Records the turn's figures and returns the row, so the engine logs and measures in one expression.</summary>
    public static TurnRecord Observe(TurnRecord turn)
    {
        var intent = new KeyValuePair<string, object?>("intent", turn.Intent);
        Turns.Add(1, intent, new("outcome", turn.Outcome.ToString()));
        Duration.Record(turn.TotalMilliseconds);
        foreach (var (stage, ms) in JsonSerializer.Deserialize<Dictionary<string, double>>(turn.StageTimingsJson) ?? [])
            StageDuration.Record(ms, new KeyValuePair<string, object?>("stage", stage));
        switch (turn.Outcome)
        {
            case TurnOutcome.Fallback: Fallbacks.Add(1, intent); break;
            case TurnOutcome.NoResults: NoResults.Add(1, new KeyValuePair<string, object?>("catalog_had_matches", turn.CatalogHadMatches == true)); break;
            case TurnOutcome.Handoff or TurnOutcome.Ticket:
                HandoffRequests.Add(1, new KeyValuePair<string, object?>("to", turn.Outcome == TurnOutcome.Ticket ? "ticket" : "queue"));
                break;
        }
        return turn;
    }
}
