using System.Diagnostics;
using System.Text.Json;

namespace Tailor.Bench;

/// <summary>What one phase measured: rows handled, seconds, and the process's peak working set.</summary>
public sealed record PhaseResult(string Phase, string Rows, long RowCount, double Seconds, double PeakMegabytes, string Note)
{
    public const string Marker = "PHASE-RESULT ";

    public double RowsPerSecond => RowCount / Seconds;

    public static PhaseResult Measure(string phase, string rows, Stopwatch clock, long count, string note = "")
    {
        using var self = Process.GetCurrentProcess();
        return new PhaseResult(phase, rows, count, clock.Elapsed.TotalSeconds, self.PeakWorkingSet64 / 1024.0 / 1024.0, note);
    }

    public string ToLine() => Marker + JsonSerializer.Serialize(this);
    public static PhaseResult? FromLine(string line) =>
        line.StartsWith(Marker) ? JsonSerializer.Deserialize<PhaseResult>(line[Marker.Length..]) : null;
}
