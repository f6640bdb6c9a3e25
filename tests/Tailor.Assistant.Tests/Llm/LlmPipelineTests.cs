using System.Collections.Concurrent;
using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Tailor.Assistant.Llm;

namespace Tailor.Assistant.Tests.Llm;

/// <summary>The model pipeline (function invocation, telemetry, logging, resilience, record/replay) against the fake server's wire format.</summary>
public sealed class LlmPipelineTests : IAsyncLifetime
{
    private const string Key = "sk-test-secret-key-1234567890";
    private FakeModelServer server = null!;
    private readonly CapturedLogs logs = new();

    public async Task InitializeAsync() => server = await FakeModelServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private LlmOptions Options() => new()
    {
        Endpoint = server.Endpoint, Model = "fake-model", ApiKey = Key,
        AttemptTimeout = TimeSpan.FromSeconds(3), RetryDelay = TimeSpan.FromMilliseconds(1), MaxRetries = 1,
    };

    private IChatClient Client(LlmOptions? options = null) =>
        LlmClientFactory.Create(options ?? Options(), LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)), TimeProvider.System);

    [Fact]
    public async Task Streamed_chunks_arrive_in_the_order_the_model_sent_them()
    {
        server.Then(new ScriptedReply { Chunks = ["The ", "navy ", "one ", "is ", "lovely."] });
        var pieces = new List<string>();
        await foreach (var update in Client().GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")]))
            if (update.Text.Length > 0) pieces.Add(update.Text);
        Assert.Equal(["The ", "navy ", "one ", "is ", "lovely."], pieces);
    }

    [Fact]
    public async Task A_tool_call_is_run_and_its_result_goes_back_to_the_model()
    {
        server.Then(ScriptedReply.Call("stock_of", new { handle = "thea-dress" }), ScriptedReply.Say("Thea is in stock in M."));
        var asked = new List<string>();
        var tool = AIFunctionFactory.Create(([Description("handle")] string handle) => { asked.Add(handle); return new { handle, sizes = new[] { "M" } }; }, "stock_of");
        var answer = await Client().GetResponseAsync([new ChatMessage(ChatRole.User, "is thea in stock?")], new ChatOptions { Tools = [tool] });
        Assert.Equal(["thea-dress"], asked);
        Assert.Equal("Thea is in stock in M.", answer.Text);
        Assert.Contains("\"role\":\"tool\"", server.RequestBodies[1]);
        Assert.Contains("thea-dress", server.RequestBodies[1]);
    }

    [Fact]
    public async Task Structured_output_asks_for_a_json_schema_and_reads_the_answer()
    {
        server.Then(ScriptedReply.Json(new { intent = "search_products", category = "dresses", maxPrice = 80 }));
        var answer = await Client().GetResponseAsync<ModelReading>([new ChatMessage(ChatRole.User, "dress under 80")], useJsonSchemaResponseFormat: true);
        Assert.True(answer.TryGetResult(out var reading));
        Assert.Equal(("search_products", "dresses", 80m), (reading!.Intent, reading.Category, reading.MaxPrice));
        Assert.Contains("json_schema", server.RequestBodies[0]);
    }

    [Fact]
    public async Task A_server_error_is_retried_once_and_then_surfaces()
    {
        server.Otherwise(_ => ScriptedReply.Status(500));
        await Assert.ThrowsAnyAsync<Exception>(() => Client().GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
        Assert.Equal(2, server.RequestBodies.Count);
    }

    [Fact]
    public async Task A_slow_model_times_out_per_attempt()
    {
        server.Otherwise(_ => new ScriptedReply { Text = "late", Delay = TimeSpan.FromSeconds(20) });
        var started = DateTime.UtcNow;
        var client = Client(Options() with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });
        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
        Assert.Equal("timeout", LlmFailure.ReasonOf(error));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), $"took {DateTime.UtcNow - started}");
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_stops_calling_the_model()
    {
        server.Otherwise(_ => ScriptedReply.Status(503));
        var client = Client(Options() with { MaxRetries = 0, BreakerMinimumCalls = 2 });
        for (var i = 0; i < 2; i++) await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
        var calls = server.RequestBodies.Count;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
        Assert.Equal(calls, server.RequestBodies.Count);
    }

    [Fact]
    public async Task The_api_key_is_sent_but_never_logged_nor_printed()
    {
        server.Then(ScriptedReply.Say("hello"));
        await Client().GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Key, StringComparison.Ordinal));
        Assert.DoesNotContain(Key, Options().ToString(), StringComparison.Ordinal);
        Assert.Contains("apiKey=set", Options().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_exchange_replays_without_a_model()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tailor-llm-recordings", Guid.NewGuid().ToString("N"));
        server.Then(ScriptedReply.Say("Recorded answer."));
        var recording = Options() with { Recording = LlmRecordingModes.Record, RecordingsDirectory = folder };
        Assert.Equal("Recorded answer.", (await Client(recording).GetResponseAsync([new ChatMessage(ChatRole.User, "hi")])).Text);

        var replay = recording with { Recording = LlmRecordingModes.Replay, Endpoint = null };
        Assert.Equal("Recorded answer.", (await Client(replay).GetResponseAsync([new ChatMessage(ChatRole.User, "hi")])).Text);
        await Assert.ThrowsAsync<LlmRecordingMissingException>(() => Client(replay).GetResponseAsync([new ChatMessage(ChatRole.User, "something new")]));
        Assert.Single(server.RequestBodies);
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>Every log line written, at every level.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue(formatter(state, exception) + exception);
    }
}
