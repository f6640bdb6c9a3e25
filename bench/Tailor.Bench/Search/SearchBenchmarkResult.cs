using System.Text;

namespace Tailor.Bench.Search;

/// <summary>What one search benchmark run measured, and its Markdown report.</summary>
/// <param name="Latencies">By path: "baseline", "skill", and the skill's requests split into "new words", "repeated words", "no words".</param>
/// <param name="CpuMilliseconds">Mean processor time per request, by path ("baseline", "skill").</param>
public sealed record SearchBenchmarkResult(
    int Products, int Variants, int Queries, int Cores, string MachineLoad,
    double IndexSeconds, double SnapshotLoadSeconds, double WordsSeconds, double SnapshotMegabytes, double PeakWorkingSetMegabytes,
    IReadOnlyDictionary<string, Latency> Latencies, IReadOnlyDictionary<string, double> CpuMilliseconds,
    double BaselineAnswered, double SkillAnswered, int Relaxed, double MeanMatches)
{
    public Latency Baseline => Latencies["baseline"];
    public Latency Skill => Latencies["skill"];

    public string ToMarkdown()
    {
        var text = new StringBuilder()
            .AppendLine($"# Product search: {Products:N0} products, {Variants:N0} variants")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Cores} cores, .NET {Environment.Version}, SQLite FTS5. " +
                $"{Queries:N0} seeded requests (words, filters, both), one at a time, page of 10. Machine load average during the run: {MachineLoad}.")
            .AppendLine()
            .AppendLine("| path | requests | p50 ms | p95 ms | p99 ms | mean ms | p95 vs baseline | CPU ms per request |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Row(text, "baseline: FTS5 `MATCH … ORDER BY rank LIMIT 10` (words only; no stock, size or price check)", Baseline, CpuMilliseconds["baseline"]);
        Row(text, "**ProductSearchSkill** (every constraint on one variant in stock, fresh page read, ranking, facets)", Skill, CpuMilliseconds["skill"]);
        Row(text, "… requests with words seen for the first time", Latencies["new words"]);
        Row(text, "… requests with words seen before (cached hits)", Latencies["repeated words"]);
        Row(text, "… requests without words (filters only)", Latencies["no words"]);
        return text
            .AppendLine()
            .AppendLine($"- Requests answered with at least one product: baseline {BaselineAnswered:P0} (words only, sold-out items included), " +
                $"skill {SkillAnswered:P0}; {Relaxed} requests fell back from all words to any word; mean matches per request {MeanMatches:N0}.")
            .AppendLine($"- Catalog snapshot: loaded in {SnapshotLoadSeconds:0.00} s, then the catalog's own words (categories, materials, " +
                $"colours…) resolved through the index in {WordsSeconds:0.00} s, in the background; {SnapshotMegabytes:0} MB of managed heap with those hits. " +
                $"Index check (and fill, if it was missing) {IndexSeconds:0.00} s. Peak working set {PeakWorkingSetMegabytes:0} MB " +
                "(it counts the database pages search reads through its memory map, which are the OS page cache, not the process's own).")
            .ToString();
    }

    private void Row(StringBuilder text, string path, Latency l, double? cpu = null) =>
        text.AppendLine($"| {path} | {l.Count:N0} | {l.P50:0.00} | {l.P95:0.00} | {l.P99:0.00} | {l.Mean:0.00} | " +
            $"{(Baseline.P95 > 0 ? l.P95 / Baseline.P95 : 0):0.00}× | {(cpu is { } ms ? $"{ms:0.00}" : "")} |");
}
