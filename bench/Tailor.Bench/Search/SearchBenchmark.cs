using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Search;

/// <summary>
/// Times the assistant's product search against a plain FTS5 query on the same demo database and the same seeded
/// requests, in one run. The baseline only matches words; the skill also checks every constraint on a real variant,
/// re-reads the page from the database, ranks and counts facets.
/// </summary>
public static class SearchBenchmark
{
    private const int PageSize = 10;
    private const int WarmUpRequests = 50;

    public static async Task<SearchBenchmarkResult> RunAsync(string databasePath, int queries)
    {
        var connection = $"Data Source={databasePath}";
        await using var services = new ServiceCollection()
            .AddDbContext<TailorDbContext>(db => db.UseSqlite(connection))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<CatalogSnapshotCache>()
            .AddSingleton<ITextEncoder>(new MiniLmTextEncoder(new TextEncoderOptions()))
            .AddSingleton<ProductVectorIndex>()
            .AddSingleton<ProductSearchSkill>()
            .BuildServiceProvider();

        List<SearchConstraints> workload;
        double indexSeconds;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            workload = await SearchWorkload.BuildAsync(db, queries);   // first, so EF's start-up is not timed below
            var clock = Stopwatch.StartNew();
            await ProductSearchIndex.EnsureAsync(db, CancellationToken.None);
            indexSeconds = clock.Elapsed.TotalSeconds;
        }

        var catalog = services.GetRequiredService<CatalogSnapshotCache>();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        await catalog.WarmUpAsync(CancellationToken.None);
        var snapshotMegabytes = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1024.0 / 1024.0;
        var snapshot = catalog.Current!;
        // The skill is timed as the chat runs it: hybrid, with the product vectors the store already has (built if missing).
        await services.GetRequiredService<ProductVectorIndex>().BuildAsync(CancellationToken.None);

        await using var baseline = new BaselineSearch(connection, PageSize);
        var skill = services.GetRequiredService<ProductSearchSkill>();
        // Warm both paths (JIT, SQLite page cache) on requests without words, so no word is cached before it is timed.
        foreach (var c in workload.Where(c => c.Terms.Count == 0).Take(WarmUpRequests))
        {
            await baseline.RunAsync(c);
            await skill.SearchAsync(c, 0, PageSize, CancellationToken.None);
        }

        var times = new Dictionary<string, List<double>> { ["baseline"] = [], ["skill"] = [], ["new words"] = [], ["repeated words"] = [], ["no words"] = [] };
        var loadBefore = LoadAverage();
        var cpu = new Dictionary<string, TimeSpan> { ["baseline"] = TimeSpan.Zero, ["skill"] = TimeSpan.Zero };
        using var self = Process.GetCurrentProcess();
        var wordsSeen = new HashSet<string>(StringComparer.Ordinal);
        int baselineAnswered = 0, skillAnswered = 0, relaxed = 0;
        long matches = 0;
        foreach (var c in workload)
        {
            var (started, cpuBefore) = (Stopwatch.GetTimestamp(), CpuTime(self));
            baselineAnswered += await baseline.RunAsync(c) > 0 ? 1 : 0;
            times["baseline"].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            cpu["baseline"] += CpuTime(self) - cpuBefore;

            (started, cpuBefore) = (Stopwatch.GetTimestamp(), CpuTime(self));
            var result = await skill.SearchAsync(c, 0, PageSize, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cpu["skill"] += CpuTime(self) - cpuBefore;
            times["skill"].Add(elapsed);
            times[c.Terms.Count == 0 ? "no words" : wordsSeen.Add(string.Join('\u001f', c.Terms)) ? "new words" : "repeated words"].Add(elapsed);
            skillAnswered += result.Products.Count > 0 ? 1 : 0;
            relaxed += result.Relaxed ? 1 : 0;
            matches += result.Total;
        }

        return new SearchBenchmarkResult(snapshot.Products, snapshot.Variants, workload.Count, Environment.ProcessorCount, $"{loadBefore} → {LoadAverage()}",
            indexSeconds, snapshot.LoadTime.TotalSeconds, snapshot.WordsTime?.TotalSeconds ?? 0, snapshotMegabytes, self.PeakWorkingSet64 / 1024.0 / 1024.0,
            times.ToDictionary(t => t.Key, t => Latency.Of(t.Value)), cpu.ToDictionary(c => c.Key, c => c.Value.TotalMilliseconds / workload.Count),
            (double)baselineAnswered / workload.Count, (double)skillAnswered / workload.Count, relaxed, (double)matches / workload.Count);
    }

    // Other work on the machine inflates the tail latencies: the report says how busy it was (1-minute load average, Linux).
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    // Processor time of the whole process: the one figure other processes on the machine do not inflate much.
    private static TimeSpan CpuTime(Process self)
    {
        self.Refresh();
        return self.TotalProcessorTime;
    }

    /// <summary>The baseline: one prepared FTS5 query, top ten by bm25, words only.</summary>
    private sealed class BaselineSearch : IAsyncDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand command;
        private readonly SqliteParameter match;

        public BaselineSearch(string connectionString, int pageSize)
        {
            connection = new SqliteConnection(connectionString);
            connection.Open();
            // The same memory-mapped reads the skill uses, so the comparison is of the searches, not of the settings.
            using (var mmap = connection.CreateCommand())
            {
                mmap.CommandText = "PRAGMA mmap_size = 2147418112";
                mmap.ExecuteNonQuery();
            }
            command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid FROM {ProductSearchIndex.Table} WHERE {ProductSearchIndex.Table} MATCH $q ORDER BY rank LIMIT {pageSize}";
            match = command.Parameters.Add("$q", SqliteType.Text);
        }

        public async Task<int> RunAsync(SearchConstraints constraints)
        {
            match.Value = SearchWorkload.BaselineMatch(constraints);
            var rows = 0;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows++;
            return rows;
        }

        public async ValueTask DisposeAsync()
        {
            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}

/// <summary>Latency percentiles in milliseconds, over <see cref="Count"/> requests.</summary>
public sealed record Latency(int Count, double P50, double P95, double P99, double Mean)
{
    public static Latency Of(List<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Latency(0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return new Latency(sorted.Count, At(0.50), At(0.95), At(0.99), sorted.Average());
    }
}
