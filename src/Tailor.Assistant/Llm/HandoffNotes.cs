using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Tailor.Assistant.Handoff;
using TurnRecord = Tailor.Domain.Conversations.TurnRecord;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Llm;

/// <summary>A note in words for the agent who takes a chat over, next to the structured summary; none without a model.</summary>
public interface IHandoffNotes
{
    Task<string?> NoteAsync(HandoffSummary summary, IReadOnlyList<TurnRecord> turns, CancellationToken ct);
}

/// <summary>The model writes the agent's note from the summary and the masked turn log; any failure leaves the summary alone.</summary>
public sealed class LlmHandoffNotes(LlmChat chat, LlmPrompts prompts, StoreSettings settings, LlmMetrics metrics, ILogger<LlmHandoffNotes> logger)
    : IHandoffNotes
{
    private const int MaxTurns = 12;

    public async Task<string?> NoteAsync(HandoffSummary summary, IReadOnlyList<TurnRecord> turns, CancellationToken ct)
    {
        try
        {
            var transcript = new StringBuilder();
            foreach (var turn in turns.TakeLast(MaxTurns))
                transcript.Append("shopper: ").Append(LlmPrompts.Delimited(turn.MaskedText))
                    .Append(" → ").Append(turn.Command).Append(" (").Append(turn.Outcome).Append(")\n");
            var response = await chat.Client.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, prompts.System(settings.Name) + "\n\n" + LlmPrompts.Fill(prompts.Summarize,
                    ("facts", JsonSerializer.Serialize(summary, Conversations.ChatEngine.Json)), ("transcript", transcript.ToString()))),
            ], new ChatOptions { Temperature = 0.2f }, ct);
            if (!string.IsNullOrWhiteSpace(response.Text)) return response.Text.Trim();
            metrics.Fallback(LlmStage.Summarize, LlmFailure.Refusal);
            return null;
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            metrics.Fallback(LlmStage.Summarize, LlmFailure.ReasonOf(error));
            logger.LogWarning("The handoff note was left out: {Reason}", LlmFailure.ReasonOf(error));
            return null;
        }
    }
}
