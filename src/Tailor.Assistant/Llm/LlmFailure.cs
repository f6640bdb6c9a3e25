using System.ClientModel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Tailor.Assistant.Llm;

/// <summary>Why a model stage gave the turn back to the embedded engine, as the metrics and logs name it.</summary>
public static class LlmFailure
{
    public const string InvalidOutput = "invalid-output";
    public const string Refusal = "refusal";

    public static string ReasonOf(Exception error) => error switch
    {
        BrokenCircuitException => "circuit-open",
        TimeoutRejectedException or TaskCanceledException or OperationCanceledException => "timeout",
        ClientResultException { Status: > 0 } http => $"http-{http.Status}",
        HttpRequestException or IOException => "unreachable",
        LlmRecordingMissingException => "not-recorded",
        System.Text.Json.JsonException => InvalidOutput,
        _ => "error",
    };
}
