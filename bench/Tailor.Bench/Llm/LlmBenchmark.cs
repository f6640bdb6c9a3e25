using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Tests.Llm;
using Tailor.Bench.Chat;
using Tailor.Bench.Search;
using Tailor.Bench.Streaming;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Llm;

/// <summary>
/// What LLM mode adds around the model. Two real servers on the same demo store, one embedded (the baseline) and one in
/// LLM mode against the in-process fake model with a fixed delay per call; every message of the chat script is sent to
/// both, one turn at a time, so each LLM turn has its paired embedded turn. Overhead = LLM turn − time inside the model
/// − paired embedded turn. The fake model answers understanding with the embedded turn's own intent (so both modes run
/// the same command) and wording with the draft, streamed word by word.
/// </summary>
public static class LlmBenchmark
{
    private sealed record Paired(double Embedded, double Llm, double Model, double FirstTokenToText, double LastTokenToText, int Calls);

    public static async Task<int> RunAsync(BenchArgs args, TimeSpan modelDelay, int conversations)
    {
        var setup = Stopwatch.StartNew();
        await using var model = await FakeModelServer.StartAsync();
        var intent = "out_of_scope";

        var store = ChatBenchmark.StoreSettings(ChatBenchmark.DataFolder(args), args.Products);
        await using var embedded = new BenchServer(store);
        var embeddedAddress = embedded.Start();
        await using var llm = new BenchServer(new Dictionary<string, string?>(store)
        {
            ["Tailor:Llm:Endpoint"] = model.Endpoint.ToString(), ["Tailor:Llm:Model"] = "fake-model",
            ["Tailor:Llm:BreakerMinimumCalls"] = "1000",
        });
        var llmAddress = llm.Start();
        var setupSeconds = setup.Elapsed.TotalSeconds;

        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var script = await ChatBenchmark.LoadScriptAsync();
        var results = new List<Paired>();
        for (var c = 0; c < conversations + 4; c++)
        {
            var embeddedId = await StartAsync(client, embeddedAddress);
            var llmId = await StartAsync(client, llmAddress);
            foreach (var (text, turn) in script[c % script.Count].Select((t, i) => (t, i)))
            {
                var body = new { text, clientMessageId = $"llm-bench-{c}-{turn}" };
                var baseline = await StreamTurnAsync(client, new Uri(embeddedAddress, $"/api/chat/conversations/{embeddedId}/messages/stream"), body);
                intent = await LastIntentAsync(embedded, embeddedId);
                // Each turn starts with an empty log of model calls; the script is the same every time.
                model.Reset();
                model.Otherwise(r => r.WantsJson
                    ? new ScriptedReply { Text = JsonSerializer.Serialize(new { intent }), Delay = modelDelay }
                    : new ScriptedReply { Chunks = Words(r.Draft), Delay = modelDelay });
                var measured = await StreamTurnAsync(client, new Uri(llmAddress, $"/api/chat/conversations/{llmId}/messages/stream"), body);
                var exchanges = model.Exchanges;
                var inModel = exchanges.Sum(e => Stopwatch.GetElapsedTime(e.Received, e.Completed).TotalMilliseconds);
                var wording = exchanges.LastOrDefault(e => e.Streams && e.FirstText != 0);
                // Warm-up conversations (JIT, caches, connections) are not counted.
                if (c < 4) continue;
                results.Add(new Paired(baseline.Whole, measured.Whole, inModel,
                    wording is null || measured.FirstTextAt == 0 ? double.NaN : Stopwatch.GetElapsedTime(wording.FirstText, measured.FirstTextAt).TotalMilliseconds,
                    wording is null || measured.FirstTextAt == 0 ? double.NaN : Stopwatch.GetElapsedTime(wording.Completed, measured.FirstTextAt).TotalMilliseconds,
                    exchanges.Count));
            }
        }
        var report = Render(args.Products, modelDelay, results, setupSeconds, SearchBenchmark.LoadAverage());
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    private sealed record TurnTimes(double Whole, long FirstTextAt);

    private static async Task<string> StartAsync(HttpClient client, Uri address)
    {
        var started = await client.PostAsJsonAsync(new Uri(address, "/api/chat/conversations"), new { });
        started.EnsureSuccessStatusCode();
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<TurnTimes> StreamTurnAsync(HttpClient client, Uri path, object body)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var events = await response.Content.ReadAsStreamAsync();
        long firstText = 0;
        await foreach (var item in SseParser.Create(events).EnumerateAsync())
        {
            if (firstText == 0 && item.EventType == "text.delta") firstText = Stopwatch.GetTimestamp();
            if (item.EventType == "error") throw new InvalidOperationException($"The stream failed: {item.Data}");
        }
        return new TurnTimes(clock.Elapsed.TotalMilliseconds, firstText);
    }

    private static async Task<string> LastIntentAsync(BenchServer server, string conversationId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        return await db.Turns.AsNoTracking().Where(t => t.ConversationId == conversationId).OrderByDescending(t => t.Id)
            .Select(t => t.Intent).FirstAsync();
    }

    private static List<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\S+\s*|\s+").Select(m => m.Value).ToList();

    private static string Render(int products, TimeSpan delay, List<Paired> turns, double setupSeconds, string load)
    {
        var overhead = Latency.Of(turns.Select(t => t.Llm - t.Model - t.Embedded).ToList());
        var around = Latency.Of(turns.Select(t => t.Llm - t.Model).ToList());
        var worded = turns.Where(t => !double.IsNaN(t.FirstTokenToText)).ToList();
        return new StringBuilder()
            .AppendLine($"# LLM mode benchmark: {products:N0} products, fake model at {delay.TotalMilliseconds:0} ms a call")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}. Two servers on Kestrel " +
                $"(embedded, and LLM mode with every stage on) over the same store; the in-process fake model waits {delay.TotalMilliseconds:0} ms before " +
                $"each answer, then streams the wording word by word. {turns.Count} turns of bench/chat-script.yaml, each sent to both servers, one at a " +
                $"time (no queueing); {turns.Sum(t => t.Calls)} model calls. Setup {setupSeconds:0.0} s. Load average {load}.")
            .AppendLine()
            .AppendLine("| measure | turns | p50 ms | p95 ms | p99 ms | mean ms |")
            .AppendLine("|---|---:|---:|---:|---:|---:|")
            .AppendLine(Row("embedded turn (baseline, whole answer over SSE)", Latency.Of(turns.Select(t => t.Embedded).ToList())))
            .AppendLine(Row("LLM-mode turn (whole answer over SSE)", Latency.Of(turns.Select(t => t.Llm).ToList())))
            .AppendLine(Row("time inside the model (fake server, all calls of the turn)", Latency.Of(turns.Select(t => t.Model).ToList())))
            .AppendLine(Row("LLM turn − model time", around))
            .AppendLine(Row("**overhead**: LLM turn − model time − paired embedded turn", overhead))
            .AppendLine(Row("model's first token → first SSE `text.delta`", Latency.Of(worded.Select(t => t.FirstTokenToText).ToList())))
            .AppendLine(Row("model's last token → first SSE `text.delta`", Latency.Of(worded.Select(t => t.LastTokenToText).ToList())))
            .AppendLine()
            .AppendLine("Targets: overhead p95 ≤ 10 ms; first token → first SSE text p95 ≤ 5 ms. The answer is released after the grounding " +
                "check has read it whole, so first token → first text includes the model's own streaming of the rest of the answer; " +
                "last token → first text is Tailor's part.")
            .ToString();
    }

    private static string Row(string name, Latency latency) =>
        $"| {name} | {latency.Count} | {latency.P50:0.0} | {latency.P95:0.0} | {latency.P99:0.0} | {latency.Mean:0.0} |";
}
