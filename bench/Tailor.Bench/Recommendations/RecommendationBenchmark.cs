using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Tailor.Assistant.Skills.Recommendations;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Recommendations;

/// <summary>
/// Recommendation latency through <see cref="RecommendationSkill"/> (picks, then the page re-read from the database) for
/// each kind on seeded anchors and customers, and the offline evaluation (MAP@12, recall@12, coverage beside a
/// popularity baseline) on the same store, in one run. The store is generated once per size and kept in the work folder.
/// </summary>
public static class RecommendationBenchmark
{
    private const int WarmUp = 100;

    public static async Task<int> RunAsync(BenchArgs args, int orders, int requestsPerKind)
    {
        var path = args.Database($"recommendations-{orders}");
        if (!File.Exists(path)) await GenerateAsync(args, orders, path);
        var connection = $"Data Source={path}";
        await using var services = new ServiceCollection()
            .AddDbContext<TailorDbContext>(db => db.UseSqlite(connection))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<CatalogSnapshotCache>()
            .AddSingleton<ITextEncoder>(new NoTextEncoder())
            .AddSingleton<ProductVectorIndex>()
            .AddSingleton<RecommenderCache>()
            .AddSingleton<RecommendationSkill>()
            .BuildServiceProvider();

        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] evaluating…");
        RecommendationReport evaluation;
        List<string> anchors, customers;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            evaluation = await RecommendationEvaluation.RunAsync(db);
            var random = new Random(7);
            anchors = (await db.Products.Where(p => p.Variants.Any(v => v.Stock > 0)).Select(p => p.Handle).ToListAsync())
                .OrderBy(_ => random.Next()).Take(requestsPerKind).ToList();
            customers = (await db.Orders.Where(o => o.Customer != null).Select(o => o.Customer!.ExternalId).Distinct().ToListAsync())
                .OrderBy(_ => random.Next()).Take(requestsPerKind).ToList();
        }

        var skill = services.GetRequiredService<RecommendationSkill>();
        var build = Stopwatch.StartNew();
        await skill.RecommendAsync(new RecommendationRequest(), CancellationToken.None);
        var buildSeconds = build.Elapsed.TotalSeconds;
        foreach (var handle in anchors.Take(WarmUp)) await skill.RecommendAsync(new RecommendationRequest(ProductHandle: handle), CancellationToken.None);

        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] timing {requestsPerKind} requests per kind…");
        var kinds = new (string Name, Func<int, RecommendationRequest> Request)[]
        {
            ("similar", i => new RecommendationRequest(RecommendationKind.Similar, anchors[i % anchors.Count])),
            ("cheaper", i => new RecommendationRequest(RecommendationKind.Cheaper, anchors[i % anchors.Count])),
            ("bought together", i => new RecommendationRequest(RecommendationKind.BoughtTogether, anchors[i % anchors.Count])),
            ("trending", _ => new RecommendationRequest(RecommendationKind.Trending)),
            ("personal", i => new RecommendationRequest(RecommendationKind.Personal, CustomerId: customers[i % customers.Count])),
        };
        var rows = new List<(string Kind, double[] Sorted)>();
        foreach (var (name, request) in kinds)
        {
            var times = new double[requestsPerKind];
            for (var i = 0; i < requestsPerKind; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await skill.RecommendAsync(request(i), CancellationToken.None);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            Array.Sort(times);
            rows.Add((name, times));
        }

        var report = Render(args, orders, evaluation, rows, buildSeconds);
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    private static async Task GenerateAsync(BenchArgs args, int orders, string path)
    {
        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] generating {args.Products:N0} products, {orders:N0} orders…");
        Directory.CreateDirectory(args.Work);
        var store = new DemoStoreGenerator(new DemoStoreOptions { Products = args.Products, Customers = orders / 4, Orders = orders, Seed = 42 },
            new StoreSettings(), TimeProvider.System).Generate();
        SqliteConnection.ClearAllPools();
        var partial = path + ".partial";
        foreach (var file in new[] { partial, partial + "-wal", partial + "-shm" }) File.Delete(file);
        await using (var db = new TailorDbContext(new DbContextOptionsBuilder<TailorDbContext>().UseSqlite($"Data Source={partial}").Options))
        {
            await db.Database.MigrateAsync();
            await DemoStoreWriter.WriteAsync(db, store, CancellationToken.None);
        }
        SqliteConnection.ClearAllPools();
        File.Move(partial, path);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static string Render(BenchArgs args, int orders, RecommendationReport evaluation, List<(string Kind, double[] Sorted)> rows, double buildSeconds)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        var all = rows.SelectMany(r => r.Sorted).Order().ToArray();
        var text = new StringBuilder()
            .AppendLine($"# Recommendations: {args.Products:N0} products, {orders:N0} orders")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (load average {load} at the end), .NET {Environment.Version}, SQLite. " +
                $"Words only (encoder off). Recommender built from {evaluation.OrderLines:N0} order lines in {buildSeconds:0.00} s (first request, with the catalog snapshot).")
            .AppendLine()
            .AppendLine("Latency of `RecommendationSkill.RecommendAsync` (12 picks, the page re-read from SQLite), one request at a time:")
            .AppendLine()
            .AppendLine("| kind | requests | p50 ms | p95 ms | p99 ms |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, sorted) in rows.Append(("all", all)))
            text.AppendLine($"| {kind} | {sorted.Length:N0} | {Percentile(sorted, 0.5):0.00} | {Percentile(sorted, 0.95):0.00} | {Percentile(sorted, 0.99):0.00} |");
        text.AppendLine().AppendLine("Offline evaluation (`tailor eval-recommendations` on the same store):").AppendLine().Append(evaluation.ToMarkdown());
        return text.ToString();
    }
}
