using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tailor.Assistant;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Search;

/// <summary>
/// Builds the product vectors of a demo store from nothing and reports the time, texts per second and peak memory;
/// then the cost of a build with nothing to do (the check after every catalog change) and the latency of hybrid
/// searches over the judged queries on that catalog.
/// </summary>
public static class VectorBuildBenchmark
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tailor:DataDirectory"] = Path.Combine(args.Work, $"search-{args.Products}"),
            ["Tailor:Demo:Products"] = args.Products.ToString(CultureInfo.InvariantCulture),
            ["Tailor:Demo:Customers"] = "200",
            ["Tailor:Demo:Orders"] = "500",
        });
        builder.AddTailorStore();
        builder.AddAssistant();
        using var host = builder.Build();
        var services = host.Services;
        var setup = Stopwatch.StartNew();
        await services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await services.WarmUpAssistantAsync(CancellationToken.None);
        var setupSeconds = setup.Elapsed.TotalSeconds;

        var connection = services.GetRequiredService<IOptions<StoreOptions>>().Value.ResolveConnectionString();
        await using (var db = new SqliteConnection(connection))
        {
            await db.OpenAsync();
            await using var drop = db.CreateCommand();
            drop.CommandText = $"DROP TABLE IF EXISTS {ProductVectorIndex.Table}";
            await drop.ExecuteNonQueryAsync();
        }
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var rssBefore = self.PeakWorkingSet64;
        var cpuBefore = self.TotalProcessorTime;
        var index = services.GetRequiredService<ProductVectorIndex>();
        var full = await index.BuildAsync(CancellationToken.None);
        self.Refresh();
        var rssAfter = self.PeakWorkingSet64;
        // CPU time is what the build costs whatever else runs on the machine; wall time on a shared machine is not.
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var again = await index.BuildAsync(CancellationToken.None);

        var latencies = await SearchLatencyAsync(services);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"# Product vector build: {full.Products} products, {Environment.ProcessorCount} cores");
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(c, $"| store set-up and warm-up (not part of the build) | {setupSeconds:0.0} s |");
        text.AppendLine(c, $"| products encoded | {full.Encoded} |");
        text.AppendLine(c, $"| distinct texts encoded | {full.Texts} |");
        text.AppendLine(c, $"| mean text length | {(full.Texts == 0 ? 0 : full.Characters / (double)full.Texts):0} characters |");
        text.AppendLine(c, $"| read, encode and store | {full.EncodeTime.TotalSeconds:0.0} s |");
        text.AppendLine(c, $"| whole build, loading included | {full.Elapsed.TotalSeconds:0.0} s |");
        text.AppendLine(c, $"| texts per second | {full.Texts / full.EncodeTime.TotalSeconds:0} |");
        text.AppendLine(c, $"| products per second | {full.Encoded / full.EncodeTime.TotalSeconds:0} |");
        text.AppendLine(c, $"| CPU time of the build (all threads) | {cpu:0.0} s: {full.Texts / Math.Max(cpu, 0.001):0} texts per CPU second, so {cpu / Environment.ProcessorCount / Math.Max(full.Texts, 1) * 50_000 / 60:0.0} min for 50,000 distinct texts on {Environment.ProcessorCount} idle cores |");
        text.AppendLine(c, $"| vectors in memory | {full.Bytes / 1048576.0:0.0} MB |");
        text.AppendLine(c, $"| peak RSS before the build / after | {rssBefore / 1048576.0:0} MB / {rssAfter / 1048576.0:0} MB |");
        text.AppendLine(c, $"| build with nothing changed | {again.Elapsed.TotalMilliseconds:0} ms ({again.Encoded} encoded) |");
        text.AppendLine(c, $"| hybrid search over the judged queries, p50 / p95 / max ({latencies.Count} searches, query vectors cached after the first round) | {Percentile(latencies, 0.5):0.0} / {Percentile(latencies, 0.95):0.0} / {latencies.Max():0.0} ms |");
        var report = text.ToString();
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    private static async Task<List<double>> SearchLatencyAsync(IServiceProvider services)
    {
        var judged = JudgedSet.Load(Path.Combine(AppContext.BaseDirectory, "judged-queries.yaml"));
        var recognizer = services.GetRequiredService<EntityRecognizerProvider>().Current;
        var search = services.GetRequiredService<ProductSearchSkill>();
        var constraints = judged.Queries.Select(q => recognizer.Recognize(q.Q).Constraints).ToList();
        foreach (var c in constraints) await search.SearchAsync(c, 0, 10, CancellationToken.None);   // encode, resolve words
        var times = new List<double>();
        for (var round = 0; round < 3; round++)
            foreach (var c in constraints)
            {
                var clock = Stopwatch.StartNew();
                await search.SearchAsync(c, 0, 10, CancellationToken.None);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        return times;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
