using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tailor.Assistant;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Bench.Search;
using Tailor.Store;
using Tailor.Store.Persistence;
using YamlDotNet.Serialization;

namespace Tailor.Bench.Chat;

/// <summary>
/// Replays the mixed chat script through the real engine (the same services the server uses) on a demo store of the
/// given size: turn latency p50/p95/p99 with the per-stage breakdown from the turn log, throughput with parallel
/// conversations, memory, and the search skill against a plain FTS5 query measured in the same run.
/// </summary>
public static class ChatBenchmark
{
    public static async Task<int> RunAsync(BenchArgs args, int turns)
    {
        using var host = BuildHost(DataFolder(args), args.Products);
        var setup = Stopwatch.StartNew();
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await host.Services.WarmUpAssistantAsync(CancellationToken.None);
        var setupSeconds = setup.Elapsed.TotalSeconds;
        // Turns are timed the way a running store serves them: every product has its vector (the server builds them in
        // the background at start; here the build is awaited, and kept in the store folder for the next run).
        var vectors = await host.Services.GetRequiredService<ProductVectorIndex>().BuildAsync(CancellationToken.None);
        var encoder = host.Services.GetRequiredService<ITextEncoder>();
        var understanding = encoder.IsAvailable ? $"Sentence encoder {encoder.ModelVersion} on (intents blended, search hybrid)" : "Sentence encoder off";
        var vectorLine = $"{understanding}; product vectors: {vectors.Encoded:N0} of {vectors.Products:N0} encoded in this run " +
            $"({vectors.Texts:N0} distinct texts, {vectors.EncodeTime.TotalSeconds:0.0} s{(vectors.Texts > 0 ? $", {vectors.Texts / vectors.EncodeTime.TotalSeconds:0} texts/s" : "")}).";

        var script = await LoadScriptAsync();
        await ReplayAsync(host.Services, script, 40, parallel: 1);   // warm-up: JIT, caches

        var loadBefore = SearchBenchmark.LoadAverage();
        var sequentialStart = await LastTurnIdAsync(host.Services);
        var sequential = Stopwatch.StartNew();
        var encodes = new List<long>();
        await ReplayAsync(host.Services, script, turns, parallel: 1, encodes);
        var sequentialSeconds = sequential.Elapsed.TotalSeconds;
        var load = $"{loadBefore} → {SearchBenchmark.LoadAverage()}";
        var records = await TurnsAfterAsync(host.Services, sequentialStart);
        if (records.Count == encodes.Count) records = records.Select((r, i) => r with { ModelRuns = encodes[i] }).ToList();

        var parallelTurns = Math.Max(200, turns / 2);
        var throughput = Stopwatch.StartNew();
        await ReplayAsync(host.Services, script, parallelTurns, parallel: 4);
        var parallelSeconds = throughput.Elapsed.TotalSeconds;

        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StoreOptions>>().Value.ResolveConnectionString()).DataSource;
        var search = await SearchBenchmark.RunAsync(database, 500);

        using var self = Process.GetCurrentProcess();
        var report = Render(args.Products, turns, setupSeconds, load, records, sequentialSeconds, parallelTurns, parallelSeconds,
            self.PeakWorkingSet64 / 1024.0 / 1024.0, search, vectorLine);
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    /// <summary>The demo store folder of a catalog size, shared by the chat benchmarks so the store and model are built once.</summary>
    internal static string DataFolder(BenchArgs args) => Path.Combine(args.Work, $"chat-{args.Products}");

    /// <summary>Settings of the demo store the chat benchmarks run on.</summary>
    internal static Dictionary<string, string?> StoreSettings(string data, int products) => new()
    {
        ["Tailor:DataDirectory"] = data,
        ["Tailor:Demo:Products"] = products.ToString(),
        ["Tailor:Demo:Customers"] = "5000",
        ["Tailor:Demo:Orders"] = "20000",
    };

    /// <summary>The mixed conversation script (bench/chat-script.yaml): one list of shopper messages per conversation.</summary>
    internal static async Task<List<List<string>>> LoadScriptAsync() => new DeserializerBuilder().Build()
        .Deserialize<List<List<string>>>(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "chat-script.yaml")));

    internal static IHost BuildHost(string data, int products)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(StoreSettings(data, products));
        builder.AddTailorStore();
        builder.AddAssistant();
        return builder.Build();
    }

    private static async Task ReplayAsync(IServiceProvider services, List<List<string>> script, int turns, int parallel, List<long>? encodes = null)
    {
        var encoder = services.GetRequiredService<ITextEncoder>() as MiniLmTextEncoder;
        var next = -1;
        await Parallel.ForEachAsync(Enumerable.Range(0, parallel), async (_, ct) =>
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                var conversation = script[index % script.Count];
                await using var scope = services.CreateAsyncScope();
                var engine = scope.ServiceProvider.GetRequiredService<ChatEngine>();
                var started = await engine.StartAsync(new PageContext(), ct);
                foreach (var message in conversation)
                {
                    if (Interlocked.Decrement(ref turns) < 0) return;
                    await using var turnScope = services.CreateAsyncScope();
                    var before = encoder?.SingleRuns ?? 0;
                    await turnScope.ServiceProvider.GetRequiredService<ChatEngine>().SendAsync(started.Id, message, null, ct);
                    encodes?.Add((encoder?.SingleRuns ?? 0) - before);
                }
            }
        });
    }

    private static async Task<long> LastTurnIdAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TailorDbContext>().Turns.MaxAsync(t => (long?)t.Id) ?? 0;
    }

    private static async Task<List<TurnTiming>> TurnsAfterAsync(IServiceProvider services, long id)
    {
        await using var scope = services.CreateAsyncScope();
        var turns = await scope.ServiceProvider.GetRequiredService<TailorDbContext>().Turns.AsNoTracking()
            .Where(t => t.Id > id).Select(t => new { t.TotalMilliseconds, t.StageTimingsJson, t.Command, t.MaskedText }).ToListAsync();
        return turns.Select(t => new TurnTiming(t.TotalMilliseconds,
            JsonSerializer.Deserialize<Dictionary<string, double>>(t.StageTimingsJson)!, t.Command, t.MaskedText)).ToList();
    }

    private sealed record TurnTiming(double Total, Dictionary<string, double> Stages, string Command, string Text, long? ModelRuns = null);

    private static string Render(int products, int turns, double setupSeconds, string load, List<TurnTiming> records,
        double sequentialSeconds, int parallelTurns, double parallelSeconds, double peakMb, SearchBenchmarkResult search, string vectorLine)
    {
        var text = new StringBuilder()
            .AppendLine($"# Chat benchmark: {products:N0} products, {turns:N0} turns")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}. Mixed script: bench/chat-script.yaml. " +
                $"Server-side turn time from the turn log (guard → persist). Setup (store, index, model, snapshot): {setupSeconds:0.0} s. Peak working set {peakMb:N0} MB. " +
                $"Machine load average (1 min) during the timed turns: {load}; other work on the machine inflates the tail.")
            .AppendLine()
            .AppendLine(vectorLine)
            .AppendLine()
            .AppendLine("| stage | p50 ms | p95 ms | p99 ms | mean ms |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var stage in records.SelectMany(r => r.Stages.Keys).Distinct())
            text.AppendLine(Row(stage, records.Select(r => r.Stages.GetValueOrDefault(stage)).ToList()));
        text.AppendLine(Row("**whole turn**", records.Select(r => r.Total).ToList()))
            .AppendLine()
            .AppendLine("By command (whole turn):")
            .AppendLine()
            .AppendLine("| command | turns | p50 ms | p95 ms | p99 ms | mean ms |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var command in records.GroupBy(r => r.Command).OrderByDescending(g => g.Count()))
            text.AppendLine(Row($"{command.Key} | {command.Count()}", command.Select(r => r.Total).ToList()));
        if (records.All(r => r.ModelRuns is not null))
        {
            // The encoder caches texts, and the script repeats its conversations: only a message's first reading runs the model.
            text.AppendLine()
                .AppendLine("By sentence-encoder runs in the turn (cache misses; a repeated message is read from the cache):")
                .AppendLine()
                .AppendLine("| model runs | turns | p50 ms | p95 ms | p99 ms | mean ms |")
                .AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var runs in records.GroupBy(r => Math.Min(r.ModelRuns!.Value, 2)).OrderBy(g => g.Key))
                text.AppendLine(Row($"{(runs.Key == 2 ? "2 or more" : runs.Key.ToString())} | {runs.Count()}", runs.Select(r => r.Total).ToList()));
        }
        text.AppendLine()
            .AppendLine("Slowest turns: " + string.Join("; ", records.OrderByDescending(r => r.Total).Take(8)
                .Select(r => $"\"{r.Text}\" ({r.Command}, {r.Total:0} ms: {string.Join(", ", r.Stages.Where(s => s.Value >= 1).Select(s => $"{s.Key} {s.Value:0}"))})")))
            .AppendLine()
            .AppendLine($"Throughput: {turns / sequentialSeconds:N0} turns/s one conversation at a time; {parallelTurns / parallelSeconds:N0} turns/s with 4 conversations in parallel on {Environment.ProcessorCount} cores.")
            .AppendLine()
            .AppendLine(search.ToMarkdown());
        return text.ToString();
    }

    private static string Row(string name, List<double> values)
    {
        var latency = Latency.Of(values);
        return $"| {name} | {latency.P50:0.00} | {latency.P95:0.00} | {latency.P99:0.00} | {latency.Mean:0.00} |";
    }
}
