using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Tailor.Bench.Chat;
using Tailor.Bench.Search;
using Tailor.Server.Widget;

namespace Tailor.Bench.Streaming;

/// <summary>
/// The streaming chat API over real HTTP: the server on Kestrel on a loopback port, conversations from the chat script
/// sent 50 at a time with HttpClient, timing the first server-sent event, the first word and the whole answer, beside the
/// JSON send's whole answer under the same load in the same run; and the widget bundle's size, gzipped as served.
/// </summary>
public static class StreamBenchmark
{
    private const int WidgetBudget = 40 * 1024;

    /// <summary>Client-side milliseconds of one streamed turn; a JSON turn only has <see cref="Whole"/>.</summary>
    private sealed record TurnTimes(double FirstEvent, double FirstWord, double Whole);

    public static async Task<int> RunAsync(BenchArgs args, int concurrency)
    {
        var setup = Stopwatch.StartNew();
        await using var server = new BenchServer(ChatBenchmark.StoreSettings(ChatBenchmark.DataFolder(args), args.Products));
        var address = server.Start();
        var setupSeconds = setup.Elapsed.TotalSeconds;

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 })
        {
            BaseAddress = address, Timeout = TimeSpan.FromMinutes(5),
        };
        var script = await ChatBenchmark.LoadScriptAsync();
        await RunAsync(client, script, conversations: 16, concurrency: 8, streamed: true);    // warm-up: JIT, caches, connections
        await RunAsync(client, script, conversations: 16, concurrency: 8, streamed: false);

        // Rounds alternate between the modes, so a change in the machine's load does not favour one of them.
        const int rounds = 2;
        var conversations = concurrency * rounds;
        var loadBefore = SearchBenchmark.LoadAverage();
        List<TurnTimes> stream = [], json = [];
        for (var round = 0; round < rounds; round++)
        {
            stream.AddRange(await RunAsync(client, script, concurrency, concurrency, streamed: true));
            json.AddRange(await RunAsync(client, script, concurrency, concurrency, streamed: false));
        }
        var load = $"{loadBefore} → {SearchBenchmark.LoadAverage()}";

        var widget = WidgetAsset.Load();
        var report = Render(args.Products, concurrency, conversations, address, setupSeconds, load, stream, json, widget);
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    private static async Task<List<TurnTimes>> RunAsync(HttpClient client, List<List<string>> script, int conversations, int concurrency, bool streamed)
    {
        var times = new List<TurnTimes>();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (index, ct) =>
        {
            var started = await client.PostAsJsonAsync("/api/chat/conversations", new { }, ct);
            started.EnsureSuccessStatusCode();
            var id = (await started.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString();
            foreach (var (text, turn) in script[index % script.Count].Select((text, turn) => (text, turn)))
            {
                var body = new { text, clientMessageId = $"bench-{index}-{turn}" };
                var measured = streamed
                    ? await StreamTurnAsync(client, $"/api/chat/conversations/{id}/messages/stream", body, ct)
                    : await JsonTurnAsync(client, $"/api/chat/conversations/{id}/messages", body, ct);
                lock (times) times.Add(measured);
            }
        });
        return times;
    }

    private static async Task<TurnTimes> StreamTurnAsync(HttpClient client, string path, object body, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        await using var events = await response.Content.ReadAsStreamAsync(ct);
        double first = 0, word = 0;
        await foreach (var item in SseParser.Create(events).EnumerateAsync(ct))
        {
            if (first == 0) first = clock.Elapsed.TotalMilliseconds;
            if (word == 0 && item.EventType == "text.delta") word = clock.Elapsed.TotalMilliseconds;
            if (item.EventType == "error") throw new InvalidOperationException($"The stream failed: {item.Data}");
        }
        return new TurnTimes(first, word, clock.Elapsed.TotalMilliseconds);
    }

    private static async Task<TurnTimes> JsonTurnAsync(HttpClient client, string path, object body, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync(path, body, ct);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync(ct);
        var whole = clock.Elapsed.TotalMilliseconds;
        return new TurnTimes(whole, whole, whole);
    }

    private static string Render(int products, int concurrency, int conversations, Uri address, double setupSeconds, string load,
        List<TurnTimes> stream, List<TurnTimes> json, WidgetAsset widget)
    {
        var firstEvent = Latency.Of(stream.Select(t => t.FirstEvent).ToList());
        var jsonWhole = Latency.Of(json.Select(t => t.Whole).ToList());
        return new StringBuilder()
            .AppendLine($"# Streaming chat benchmark: {products:N0} products, {concurrency} conversations at once")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}. The server (Tailor.Server's " +
                $"pipeline) on Kestrel at {address.Scheme}://{address.Host} on a free port; HttpClient reading the event stream as it arrives, in the same " +
                $"process. {conversations} conversations of bench/chat-script.yaml per mode in rounds of {concurrency} at once, alternating " +
                $"between the modes; each conversation sends its messages one after another. Times are client-side, from sending the request. Setup (store, index, model, server start): {setupSeconds:0.0} s. " +
                $"Load average {load} during the measured runs (other processes on the machine count too).")
            .AppendLine()
            .AppendLine("| measure | turns | p50 ms | p95 ms | p99 ms | mean ms |")
            .AppendLine("|---|---:|---:|---:|---:|---:|")
            .AppendLine(Row("stream: first event (`message.start`)", firstEvent))
            .AppendLine(Row("stream: first word (`text.delta`)", Latency.Of(stream.Select(t => t.FirstWord).ToList())))
            .AppendLine(Row("stream: whole answer (`message.end`)", Latency.Of(stream.Select(t => t.Whole).ToList())))
            .AppendLine(Row("baseline: JSON send, whole answer", jsonWhole))
            .AppendLine()
            .AppendLine($"First event against the JSON answer under the same load: p50 {Ratio(firstEvent.P50, jsonWhole.P50)}, p95 {Ratio(firstEvent.P95, jsonWhole.P95)}.")
            .AppendLine()
            .AppendLine($"Widget bundle (`/widget.js` as served): {widget.Script.Length:N0} bytes, {widget.Gzipped.Length:N0} bytes gzipped " +
                $"({100.0 * widget.Gzipped.Length / WidgetBudget:0}% of the {WidgetBudget / 1024} KB budget).")
            .ToString();
    }

    private static string Row(string name, Latency latency) =>
        $"| {name} | {latency.Count} | {latency.P50:0.0} | {latency.P95:0.0} | {latency.P99:0.0} | {latency.Mean:0.0} |";

    private static string Ratio(double part, double whole) => whole > 0 ? $"{part / whole:0.00}×" : "n/a";
}
