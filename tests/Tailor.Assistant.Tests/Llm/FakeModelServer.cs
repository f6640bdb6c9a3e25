using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tailor.Assistant.Tests.Llm;

/// <summary>
/// An OpenAI-compatible model server in the test process: real Kestrel on a loopback port speaking the chat-completions
/// wire format (JSON answers, streamed chunks, tool calls, JSON for structured output, HTTP errors, delays). Each test
/// scripts it: queued replies first, then the responder. Every request body is kept for assertions.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ScriptedReply> queue = new();
    private readonly ConcurrentQueue<string> bodies = new();
    private readonly ConcurrentQueue<ModelExchange> exchanges = new();
    private Func<ModelRequest, ScriptedReply> responder = _ => ScriptedReply.Status(500);

    private FakeModelServer(WebApplication app) => this.app = app;

    /// <summary>The base address to configure as <c>Tailor:Llm:Endpoint</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<string> RequestBodies => bodies.ToList();

    /// <summary>When each request arrived, its first text was written and it ended (Stopwatch timestamps), for the benchmark.</summary>
    public IReadOnlyList<ModelExchange> Exchanges => exchanges.ToList();

    public static async Task<FakeModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FakeModelServer(builder.Build());
        server.app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    /// <summary>Replies for the next requests, in order; after them the responder answers.</summary>
    public FakeModelServer Then(params ScriptedReply[] replies)
    {
        foreach (var reply in replies) queue.Enqueue(reply);
        return this;
    }

    public FakeModelServer Otherwise(Func<ModelRequest, ScriptedReply> answer)
    {
        responder = answer;
        return this;
    }

    /// <summary>Forgets the script and the requests seen, for the next test on a shared server.</summary>
    public void Reset()
    {
        queue.Clear();
        bodies.Clear();
        exchanges.Clear();
        responder = _ => ScriptedReply.Status(500);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var received = Stopwatch.GetTimestamp();
        var exchange = new ModelExchange { Received = received };
        try { await AnswerAsync(context, exchange); }
        finally { exchanges.Enqueue(exchange with { Completed = Stopwatch.GetTimestamp() }); }
    }

    private async Task AnswerAsync(HttpContext context, ModelExchange exchange)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        bodies.Enqueue(body);
        var request = new ModelRequest(JsonNode.Parse(body)!.AsObject());
        var reply = queue.TryDequeue(out var next) ? next : responder(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        if (reply.StatusCode != 200)
        {
            context.Response.StatusCode = reply.StatusCode;
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
            return;
        }
        exchange.Streams = request.Streams;
        if (request.Streams) await StreamAsync(context, request, reply, exchange);
        else
        {
            exchange.FirstText = Stopwatch.GetTimestamp();
            await context.Response.WriteAsJsonAsync(Completion(request, reply));
        }
    }

    private static JsonObject Completion(ModelRequest request, ScriptedReply reply)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = reply.ToolCalls.Count > 0 ? null : reply.Text };
        if (reply.ToolCalls.Count > 0) message["tool_calls"] = ToolCalls(reply.ToolCalls, withIndex: false);
        return new JsonObject
        {
            ["id"] = "chatcmpl-fake", ["object"] = "chat.completion", ["created"] = 1_764_000_000, ["model"] = request.Model,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = reply.ToolCalls.Count > 0 ? "tool_calls" : "stop" }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
        };
    }

    private static async Task StreamAsync(HttpContext context, ModelRequest request, ScriptedReply reply, ModelExchange exchange)
    {
        context.Response.ContentType = "text/event-stream";
        async Task Send(JsonObject delta, string? finish, TimeSpan pause)
        {
            if (pause > TimeSpan.Zero) await Task.Delay(pause);
            var chunk = new JsonObject
            {
                ["id"] = "chatcmpl-fake", ["object"] = "chat.completion.chunk", ["created"] = 1_764_000_000, ["model"] = request.Model,
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
            };
            await context.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
            await context.Response.Body.FlushAsync();
        }
        if (reply.ToolCalls.Count > 0)
        {
            await Send(new JsonObject { ["role"] = "assistant", ["tool_calls"] = ToolCalls(reply.ToolCalls, withIndex: true) }, null, TimeSpan.Zero);
            await Send(new JsonObject(), "tool_calls", TimeSpan.Zero);
        }
        else
        {
            var chunks = reply.Chunks.Count > 0 ? reply.Chunks : [reply.Text ?? ""];
            await Send(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null, TimeSpan.Zero);
            foreach (var piece in chunks)
            {
                if (exchange.FirstText == 0) exchange.FirstText = Stopwatch.GetTimestamp();
                await Send(new JsonObject { ["content"] = piece }, null, reply.ChunkPause);
            }
            await Send(new JsonObject(), "stop", TimeSpan.Zero);
        }
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static JsonArray ToolCalls(IReadOnlyList<ScriptedToolCall> calls, bool withIndex) =>
        new(calls.Select((call, i) =>
        {
            var node = new JsonObject
            {
                ["id"] = call.Id, ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = JsonSerializer.Serialize(call.Arguments) },
            };
            if (withIndex) node["index"] = i;
            return (JsonNode)node;
        }).ToArray());

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

/// <summary>The timing of one request at the fake model: arrival, first text written, end (Stopwatch timestamps).</summary>
public sealed record ModelExchange
{
    public long Received { get; init; }
    public long FirstText { get; set; }
    public long Completed { get; init; }
    public bool Streams { get; set; }
}

/// <summary>One request as the fake model saw it.</summary>
public sealed record ModelRequest(JsonObject Body)
{
    public string Model => Body["model"]?.GetValue<string>() ?? "";
    public bool Streams => Body["stream"]?.GetValue<bool>() == true;
    /// <summary>Structured output was asked for (the understanding stage).</summary>
    public bool WantsJson => Body["response_format"] is not null;
    public bool HasToolResults => Body["messages"]!.AsArray().Any(m => m?["role"]?.GetValue<string>() == "tool");
    public string LastUserText => TextOf(Body["messages"]!.AsArray().LastOrDefault(m => m?["role"]?.GetValue<string>() == "user"));
    public string SystemText => TextOf(Body["messages"]!.AsArray().FirstOrDefault(m => m?["role"]?.GetValue<string>() == "system"));

    /// <summary>The template answer Tailor asked the model to reword (after "Draft answer:" in the system message).</summary>
    public string Draft => SystemText.Split("Draft answer:", 2) is [_, var draft] ? draft.Trim() : "";

    // Content is a string or an array of text parts, depending on the client.
    private static string TextOf(JsonNode? message) => message?["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => "",
    };
}

/// <summary>What the fake model answers: text (streamed in <see cref="Chunks"/> when asked to stream), tool calls, or an HTTP status, after a delay.</summary>
public sealed record ScriptedReply
{
    public string? Text { get; init; }
    public IReadOnlyList<string> Chunks { get; init; } = [];
    public TimeSpan ChunkPause { get; init; }
    public IReadOnlyList<ScriptedToolCall> ToolCalls { get; init; } = [];
    public int StatusCode { get; init; } = 200;
    public TimeSpan Delay { get; init; }

    public static ScriptedReply Say(string text) => new() { Text = text };
    public static ScriptedReply Json(object value) => new() { Text = JsonSerializer.Serialize(value, JsonSerializerOptions.Web) };
    public static ScriptedReply Status(int code) => new() { StatusCode = code };
    public static ScriptedReply Call(string name, object arguments) => new() { ToolCalls = [new ScriptedToolCall("call_1", name, arguments)] };
}

public sealed record ScriptedToolCall(string Id, string Name, object Arguments);
