using System.Diagnostics;

namespace Tailor.Assistant.Conversations;

/// <summary>Milliseconds spent in each pipeline stage of a turn, for the turn log and the benchmark.</summary>
public sealed class StageClock
{
    private readonly Dictionary<string, double> stages = [];
    private readonly long started = Stopwatch.GetTimestamp();
    private long mark = Stopwatch.GetTimestamp();

    public void Lap(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        stages[stage] = stages.GetValueOrDefault(stage) + Stopwatch.GetElapsedTime(mark, now).TotalMilliseconds;
        mark = now;
    }

    public IReadOnlyDictionary<string, double> Stages => stages;
    public double TotalMilliseconds => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
