using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Respond with the model: it rewrites the template answer in the store's voice from the same facts (the draft and the
/// cards, citations and order data of the turn), and the grounding check verifies every figure and claim before the
/// answer is released; on a finding it regenerates once with the finding, then sends the template answer. The answer
/// is checked whole and then streamed: a sentence already shown cannot be taken back, and a claim can span sentences.
/// </summary>
public sealed class LlmReplyWording(
    LlmChat chat, LlmPrompts prompts, GroundingCheck grounding, EntityRecognizerProvider recognizers, LlmTools tools, StoreSettings settings,
    LlmMetrics metrics, ILogger<LlmReplyWording> logger, TimeProvider time) : IReplyWording
{
    private static readonly ConditionalWeakTable<CatalogVocabulary, IReadOnlySet<string>> Titles = new();

    public async Task<AssistantReply> WordAsync(AssistantReply reply, Turn turn, string maskedText, CancellationToken ct)
    {
        var draft = reply.Text;
        if (string.IsNullOrWhiteSpace(draft)) return reply;
        var started = time.GetTimestamp();
        try
        {
            var facts = FactsOf(reply);
            var titles = Titles.GetValue(recognizers.Current.Vocabulary, v => v.Titles.Select(t => t.Title.ToLowerInvariant()).ToHashSet());
            var session = tools.Session(turn);
            var messages = new List<ChatMessage>
            {
                new(ChatRole.System, prompts.System(settings.Name) + "\n\n" + LlmPrompts.Fill(prompts.Respond, ("facts", facts), ("draft", draft))),
                new(ChatRole.User, LlmPrompts.Delimited(maskedText)),
            };
            var options = new ChatOptions { Temperature = 0.3f, Tools = session.Functions };
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var worded = await StreamAsync(messages, options, ct);
                if (string.IsNullOrWhiteSpace(worded)) return Template(reply, LlmFailure.Refusal);
                // Facts a tool read during this answer count as this turn's facts too.
                var findings = grounding.Findings(worded, facts + session.Facts, titles);
                if (findings.Count == 0)
                {
                    metrics.Grounding(attempt == 0 ? GroundingOutcome.Passed : GroundingOutcome.Regenerated);
                    return Reworded(reply, worded.Trim());
                }
                logger.LogInformation("Grounding found unsupported claims in a model answer: {Findings}", string.Join("; ", findings));
                messages.Add(new ChatMessage(ChatRole.Assistant, worded));
                messages.Add(new ChatMessage(ChatRole.User, LlmPrompts.Fill(prompts.Regenerate, ("findings", string.Join("; ", findings)))));
            }
            metrics.Grounding(GroundingOutcome.Template);
            return reply;
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            return Template(reply, LlmFailure.ReasonOf(error));
        }
        finally
        {
            metrics.Took(LlmStage.Respond, time.GetElapsedTime(started));
        }
    }

    /// <summary>The draft's text and every non-text part of the reply, as JSON: what the model may say, and nothing else.</summary>
    public static string FactsOf(AssistantReply reply) =>
        JsonSerializer.Serialize(new { draft = reply.Text, parts = reply.Parts.Where(p => p is not TextPart and not QuickRepliesPart).ToList() },
            Conversations.ChatEngine.Json);

    private async Task<string> StreamAsync(List<ChatMessage> messages, ChatOptions options, CancellationToken ct)
    {
        var text = new StringBuilder();
        await foreach (var update in chat.Client.GetStreamingResponseAsync(messages, options, ct)) text.Append(update.Text);
        return text.ToString();
    }

    private AssistantReply Template(AssistantReply reply, string reason)
    {
        metrics.Fallback(LlmStage.Respond, reason);
        logger.LogWarning("Model wording fell back to the template answer: {Reason}", reason);
        return reply;
    }

    /// <summary>The reworded text takes the place of the first text part; cards, quick replies and the rest stay as built.</summary>
    private static AssistantReply Reworded(AssistantReply reply, string text)
    {
        var parts = new List<MessagePart>();
        var placed = false;
        foreach (var part in reply.Parts)
        {
            if (part is not TextPart) parts.Add(part);
            else if (!placed) { parts.Add(new TextPart(text)); placed = true; }
        }
        return new AssistantReply(parts);
    }
}
