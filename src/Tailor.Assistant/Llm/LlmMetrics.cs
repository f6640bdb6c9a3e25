using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Tailor.Assistant.Llm;

/// <summary>
/// What the model stages did: fallbacks to the embedded engine by stage and reason, and grounding outcomes
/// (passed, passed after regenerating, template sent). OpenTelemetry reads the <c>Tailor.Llm</c> meter; the running
/// totals serve the admin figures and tests.
/// </summary>
public sealed class LlmMetrics
{
    private readonly Counter<long> fallbacks;
    private readonly Counter<long> grounding;
    private readonly Histogram<double> modelTime;
    private readonly ConcurrentDictionary<string, long> totals = new(StringComparer.Ordinal);

    public LlmMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(LlmClientFactory.TelemetrySource);
        fallbacks = meter.CreateCounter<long>("tailor.llm.fallbacks", description: "Turns a model stage left to the embedded engine");
        grounding = meter.CreateCounter<long>("tailor.llm.grounding", description: "Model-worded answers by grounding outcome");
        modelTime = meter.CreateHistogram<double>("tailor.llm.stage.duration", "ms", "Time a model stage took, fallbacks included");
    }

    public void Fallback(LlmStage stage, string reason)
    {
        fallbacks.Add(1, new("stage", Name(stage)), new("reason", reason));
        totals.AddOrUpdate($"fallback.{Name(stage)}.{reason}", 1, (_, n) => n + 1);
    }

    public void Grounding(GroundingOutcome outcome)
    {
        var name = outcome.ToString().ToLowerInvariant();
        grounding.Add(1, new KeyValuePair<string, object?>("outcome", name));
        totals.AddOrUpdate($"grounding.{name}", 1, (_, n) => n + 1);
    }

    public void Took(LlmStage stage, TimeSpan elapsed) => modelTime.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("stage", Name(stage)));

    /// <summary>Totals since start, keyed like <c>fallback.understand.timeout</c> or <c>grounding.template</c>.</summary>
    public IReadOnlyDictionary<string, long> Totals => totals.ToDictionary();

    public long Total(string key) => totals.GetValueOrDefault(key);

    private static string Name(LlmStage stage) => stage.ToString().ToLowerInvariant();
}

public enum GroundingOutcome { Passed, Regenerated, Template }
