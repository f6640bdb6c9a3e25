using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Builds the one <see cref="IChatClient"/> every stage uses: function invocation, OpenTelemetry, logging (of masked
/// content only: nothing unmasked is ever put in a prompt), resilience, then record/replay, then the OpenAI-compatible
/// wire client.
/// </summary>
public static class LlmClientFactory
{
    /// <summary>The ActivitySource and Meter name of the model calls, for OpenTelemetry exporters.</summary>
    public const string TelemetrySource = "Tailor.Llm";

    public static IChatClient Create(LlmOptions options, ILoggerFactory logs, TimeProvider time)
    {
        if (!options.IsConfigured) throw new InvalidOperationException("Tailor:Llm:Model is not set, so there is no model to call.");
        IChatClient wire = options.Recording == LlmRecordingModes.Replay ? new ReplayOnlyChatClient() : WireClient(options);
        if (options.Recording != LlmRecordingModes.Off)
            wire = new RecordingChatClient(wire, options.Recording, RecordingsFolder(options));
        return new ChatClientBuilder(wire)
            .UseFunctionInvocation(logs, f => f.MaximumIterationsPerRequest = 3)
            .UseOpenTelemetry(logs, TelemetrySource)
            .UseLogging(logs)
            .Use(inner => new ResilientChatClient(inner, options, time))
            .Build();
    }

    private static IChatClient WireClient(LlmOptions options)
    {
        var client = new OpenAIClient(
            // Local servers (Ollama, llama.cpp) take no key, but the client needs one to send.
            new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = options.Endpoint ?? (options.Provider == LlmProviders.OpenAI ? null : throw new InvalidOperationException(
                    $"Tailor:Llm:Endpoint is required for the {options.Provider} provider.")),
                // Polly retries and times out; the client's own retries would multiply the wait.
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = options.AttemptTimeout + TimeSpan.FromSeconds(1),
            });
        return client.GetChatClient(options.Model).AsIChatClient();
    }

    private static string RecordingsFolder(LlmOptions options) =>
        Path.GetFullPath(options.RecordingsDirectory ?? throw new InvalidOperationException(
            "Tailor:Llm:RecordingsDirectory is required when Tailor:Llm:Recording is record or replay."));
}
