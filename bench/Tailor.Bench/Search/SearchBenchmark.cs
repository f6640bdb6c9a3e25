using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Search;

/// <summary>
/// Times the assistant's product search against a plain FTS5 query on the same demo database, the same seeded
/// requests, in one run. The baseline only matches words; the skill also checks every constraint on a real variant,
/// re-reads the page from the database, ranks and counts facets.
/// </summary>
public static class SearchBenchmark
{
    private const int PageSize = 10;

    public static async Task<SearchBenchmarkResult> RunAsync(string databasePath, int queries)
    {
        var connection = $"Data Source={databasePath}";
        var services = new ServiceCollection()
            .AddDbContext<TailorDbContext>(db => db.UseSqlite(connection))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<CatalogSnapshotCache>()
            .AddSingleton<ProductSearchSkill>()
            .BuildServiceProvider();
        await using var _ = services;

        List<SearchConstraints> workload;
        int products;
        double indexSeconds;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            var clock = Stopwatch.StartNew();
            await ProductSearchIndex.EnsureAsync(db, CancellationToken.None);
            indexSeconds = clock.Elapsed.TotalSeconds;
            workload = await SearchWorkload.BuildAsync(db, queries);
            products = await db.Products.CountAsync();
        }

        var catalog = services.GetRequiredService<CatalogSnapshotCache>();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        await catalog.WarmUpAsync(CancellationToken.None);
        var snapshotMegabytes = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1024.0 / 1024.0;
        var snapshot = catalog.Current!;

        var skill = services.GetRequiredService<ProductSearchSkill>();
        await using var baseline = new SqliteConnection(connection);
        await baseline.OpenAsync();
        await using var match = baseline.CreateCommand();
        match.CommandText = $"SELECT rowid FROM {ProductSearchIndex.Table} WHERE {ProductSearchIndex.Table} MATCH $q ORDER BY rank LIMIT {PageSize}";
        var parameter = match.Parameters.Add("$q", SqliteType.Text);

        async Task<int> Baseline(SearchConstraints c)
        {
            parameter.Value = SearchWorkload.BaselineMatch(c);
            var rows = 0;
            await using var reader = await match.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows++;
            return rows;
        }

        // Warm both paths (JIT, page cache) on the same requests before timing.
        foreach (var c in workload.Take(50)) { await Baseline(c); await skill.SearchAsync(c, 0, PageSize, CancellationToken.None); }

        var baselineTimes = new List<double>(workload.Count);
        var skillTimes = new List<double>(workload.Count);
        int baselineHits = 0, skillHits = 0, relaxed = 0;
        long totals = 0;
        foreach (var c in workload)
        {
            var started = Stopwatch.GetTimestamp();
            baselineHits += await Baseline(c) > 0 ? 1 : 0;
            baselineTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            started = Stopwatch.GetTimestamp();
            var result = await skill.SearchAsync(c, 0, PageSize, CancellationToken.None);
            skillTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            skillHits += result.Products.Count > 0 ? 1 : 0;
            relaxed += result.Relaxed ? 1 : 0;
            totals += result.Total;
        }

        using var process = Process.GetCurrentProcess();
        return new SearchBenchmarkResult(products, snapshot.Variants, workload.Count, indexSeconds, snapshot.LoadTime.TotalSeconds, snapshotMegabytes,
            process.PeakWorkingSet64 / 1024.0 / 1024.0, Latency.Of(baselineTimes), Latency.Of(skillTimes),
            (double)baselineHits / workload.Count, (double)skillHits / workload.Count, relaxed, (double)totals / workload.Count);
    }
}

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record Latency(double P50, double P95, double P99, double Mean)
{
    public static Latency Of(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return new Latency(At(0.50), At(0.95), At(0.99), sorted.Average());
    }
}

/// <summary>What one search benchmark run measured.</summary>
public sealed record SearchBenchmarkResult(
    int Products, int Variants, int Queries, double IndexSeconds, double SnapshotLoadSeconds, double SnapshotMegabytes,
    double PeakWorkingSetMegabytes, Latency Baseline, Latency Skill,
    double BaselineAnswered, double SkillAnswered, int Relaxed, double MeanMatches)
{
    public string ToMarkdown()
    {
        static string Row(string name, Latency l, string ratio, string answered) =>
            $"| {name} | {l.P50:0.00} | {l.P95:0.00} | {l.P99:0.00} | {l.Mean:0.00} | {ratio} | {answered} |";
        return new StringBuilder()
            .AppendLine($"# Product search: {Products:N0} products, {Variants:N0} variants")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}. " +
                $"{Queries:N0} seeded requests (words, filters, both), one at a time, page of 10.")
            .AppendLine()
            .AppendLine("| path | p50 ms | p95 ms | p99 ms | mean ms | p95 vs baseline | requests answered |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|")
            .AppendLine(Row("baseline: FTS5 MATCH … ORDER BY rank LIMIT 10 (words only, no stock/size/price check)", Baseline, "1.00×", $"{BaselineAnswered:P0}"))
            .AppendLine(Row("ProductSearchSkill (all constraints on one variant, fresh page read, ranking, facets)", Skill,
                $"{Skill.P95 / Baseline.P95:0.00}×", $"{SkillAnswered:P0}"))
            .AppendLine()
            .AppendLine($"Snapshot: loaded in {SnapshotLoadSeconds:0.00} s, {SnapshotMegabytes:0} MB of managed heap; " +
                $"index check/fill {IndexSeconds:0.00} s; peak working set {PeakWorkingSetMegabytes:0} MB. " +
                $"Mean matches per request {MeanMatches:N0}; {Relaxed} requests fell back from all words to any word.")
            .ToString();
    }
}
