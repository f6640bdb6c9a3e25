using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Tailor.Assistant.Llm;

/// <summary>
/// <c>Tailor:Llm</c>: which model Tailor may use and for what. Off until a model is named; the embedded engine stays the
/// default and the fallback of every stage.
/// </summary>
public sealed record LlmOptions
{
    public const string Section = "Tailor:Llm";

    /// <summary><c>openai</c>, <c>azure-openai</c> (the resource's <c>/openai/v1/</c> endpoint) or <c>openai-compatible</c> (Ollama, vLLM, LM Studio, llama.cpp).</summary>
    public string Provider { get; set; } = LlmProviders.OpenAICompatible;

    /// <summary>Base address of the chat-completions API; OpenAI's own when unset and the provider is <c>openai</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model or Azure deployment name. Empty means LLM mode is off.</summary>
    public string? Model { get; set; }

    /// <summary>From the environment (<c>Tailor__Llm__ApiKey</c>) or user secrets, never appsettings; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Stages that use the model; each falls back to the embedded engine on its own.</summary>
    public bool Understand { get; set; } = true;
    public bool Respond { get; set; } = true;
    public bool Summarize { get; set; } = true;

    /// <summary>One attempt at the model; a shopper is waiting.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Retries after a transient failure (timeout, 429, 5xx, connection).</summary>
    [Range(0, 3)]
    public int MaxRetries { get; set; } = 1;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Failures in a row (within <see cref="BreakerSampling"/>) that open the circuit: every stage then uses the embedded engine for <see cref="BreakDuration"/>.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumCalls { get; set; } = 4;

    public TimeSpan BreakerSampling { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Replaces the embedded prompts file (persona, scope, AI disclosure, stage instructions) without a rebuild.</summary>
    public string? PromptsFile { get; set; }

    /// <summary><c>off</c>, <c>record</c> (call the model and save each exchange) or <c>replay</c> (answer from the saved exchanges, no model).</summary>
    public string Recording { get; set; } = LlmRecordingModes.Off;

    /// <summary>Where recordings are kept (one JSON file per exchange, named by the request's hash).</summary>
    public string? RecordingsDirectory { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Model);

    public bool Uses(LlmStage stage) => IsConfigured && stage switch
    {
        LlmStage.Understand => Understand,
        LlmStage.Respond => Respond,
        LlmStage.Summarize => Summarize,
        _ => false,
    };

    /// <summary>Everything but the key, for start-up logs and errors.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append($"provider={Provider} endpoint={Endpoint?.ToString() ?? "(default)"} model={Model ?? "(none)"} ")
            .Append($"apiKey={(string.IsNullOrEmpty(ApiKey) ? "unset" : "set")} ")
            .Append($"stages=understand:{Understand},respond:{Respond},summarize:{Summarize} recording={Recording}");
        return text.ToString();
    }
}

public enum LlmStage { Understand, Respond, Summarize }

public static class LlmProviders
{
    public const string OpenAI = "openai";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAICompatible = "openai-compatible";

    public static readonly IReadOnlyList<string> All = [OpenAI, AzureOpenAI, OpenAICompatible];
}

public static class LlmRecordingModes
{
    public const string Off = "off";
    public const string Record = "record";
    public const string Replay = "replay";

    public static readonly IReadOnlyList<string> All = [Off, Record, Replay];
}
