using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Llm;

/// <summary>An understander that waits on something (a model) and is awaited by the chat engine instead of blocking a thread.</summary>
public interface IAsyncUnderstander
{
    Task<Understanding.Understanding> UnderstandAsync(string maskedText, UnderstandingContext context, CancellationToken ct);
}
