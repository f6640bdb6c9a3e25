using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Record/replay of model exchanges: recording calls the model and saves each answer under the hash of its request;
/// replaying answers from those files without any model, so the conversation suite run once against a real model can
/// run again in CI. A request never recorded fails, and the stage falls back to the embedded engine as for any error.
/// </summary>
public sealed class RecordingChatClient(IChatClient inner, string mode, string folder) : DelegatingChatClient(inner)
{
    private static readonly JsonSerializerOptions Json = AIJsonUtilities.DefaultOptions;

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        var file = FileFor(list, options);
        if (mode == LlmRecordingModes.Replay) return await ReadAsync(file, cancellationToken);
        var response = await base.GetResponseAsync(list, options, cancellationToken);
        await SaveAsync(file, response, cancellationToken);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        var file = FileFor(list, options);
        if (mode == LlmRecordingModes.Replay)
        {
            foreach (var update in (await ReadAsync(file, cancellationToken)).ToChatResponseUpdates()) yield return update;
            yield break;
        }
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken))
        {
            updates.Add(update);
            yield return update;
        }
        await SaveAsync(file, updates.ToChatResponse(), cancellationToken);
    }

    /// <summary>The request as the model sees it: roles, text, tool calls and results, the tools offered and the answer format.</summary>
    public static string KeyOf(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            text.Append(message.Role.Value).Append('\u001f');
            foreach (var content in message.Contents)
                text.Append(content switch
                {
                    TextContent t => t.Text,
                    FunctionCallContent call => $"call:{call.Name}:{JsonSerializer.Serialize(call.Arguments, Json)}",
                    FunctionResultContent result => $"result:{JsonSerializer.Serialize(result.Result, Json)}",
                    _ => content.GetType().Name,
                }).Append('\u001e');
        }
        foreach (var tool in options?.Tools ?? []) text.Append("tool:").Append(tool.Name).Append('\u001e');
        if (options?.ResponseFormat is ChatResponseFormatJson { Schema: { } schema }) text.Append(schema.GetRawText());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    private string FileFor(IReadOnlyList<ChatMessage> messages, ChatOptions? options) => Path.Combine(folder, KeyOf(messages, options) + ".json");

    private static async Task<ChatResponse> ReadAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file)) throw new LlmRecordingMissingException(Path.GetFileName(file));
        await using var stream = File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<ChatResponse>(stream, Json, ct)
            ?? throw new LlmRecordingMissingException(Path.GetFileName(file));
    }

    private static async Task SaveAsync(string file, ChatResponse response, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var stream = File.Create(file);
        await JsonSerializer.SerializeAsync(stream, response, Json, ct);
    }
}

/// <summary>The wire client in replay mode: there is no model, so anything not recorded fails.</summary>
internal sealed class ReplayOnlyChatClient : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new LlmRecordingMissingException("(no model in replay mode)");

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new LlmRecordingMissingException("(no model in replay mode)");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}

/// <summary>Replay found no recording for a request: the prompt, the catalog or the conversation changed since recording.</summary>
public sealed class LlmRecordingMissingException(string recording) : Exception($"No recorded model answer {recording}; record again with Tailor:Llm:Recording=record.");
