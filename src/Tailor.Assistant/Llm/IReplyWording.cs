using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;

namespace Tailor.Assistant.Llm;

/// <summary>Words the finished reply of a turn. The templates' wording is the default; the model may reword it in LLM mode.</summary>
public interface IReplyWording
{
    Task<AssistantReply> WordAsync(AssistantReply reply, Turn turn, string maskedText, CancellationToken ct);
}

/// <summary>The embedded engine's wording: the template answer as built.</summary>
public sealed class TemplateWording : IReplyWording
{
    public Task<AssistantReply> WordAsync(AssistantReply reply, Turn turn, string maskedText, CancellationToken ct) => Task.FromResult(reply);
}
