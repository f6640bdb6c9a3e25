using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Understanding by the model, as commands (the Rasa CALM pattern): the model reads the masked message with a compact
/// view of the dialogue and the catalog's vocabulary and returns an intent and entities as JSON; Tailor validates them
/// and maps them with the same <see cref="CommandMapper"/> as the embedded understander, so flows see the same commands.
/// The embedded reading is always made first (milliseconds): it gives feelings and sensitive topics, wins for an explicit
/// request for a person, and is the answer of the turn whenever the model fails, times out, is refused or is cut off.
/// </summary>
public sealed class LlmUnderstander(
    EmbeddedUnderstander embedded, LlmChat chat, IntentModel intents, EntityRecognizerProvider recognizers, LlmPrompts prompts,
    StoreSettings settings, LlmMetrics metrics, ILogger<LlmUnderstander> logger, TimeProvider time) : IUnderstander, IAsyncUnderstander
{
    /// <summary>How sure a validated model reading counts as: above the act threshold, below the order-evidence "sure" bar.</summary>
    public const double ModelConfidence = 0.9;

    private static readonly ConditionalWeakTable<CatalogVocabulary, string> VocabularyText = new();

    public Understanding.Understanding Understand(string text, UnderstandingContext context) =>
        UnderstandAsync(text, context, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<Understanding.Understanding> UnderstandAsync(string maskedText, UnderstandingContext context, CancellationToken ct)
    {
        var fallback = embedded.Understand(maskedText, context);
        // Asking for a person is honoured without a model: no wording may talk the assistant out of it.
        if (fallback.Command is RequestHuman || string.IsNullOrWhiteSpace(maskedText)) return fallback;
        var started = time.GetTimestamp();
        try
        {
            var recognizer = recognizers.Current;
            var response = await chat.Client.GetResponseAsync<ModelReading>(Messages(maskedText, context, recognizer.Vocabulary),
                new ChatOptions { Temperature = 0 }, useJsonSchemaResponseFormat: true, ct);
            if (!response.TryGetResult(out var reading) || reading is null) return FellBack(fallback, LlmFailure.InvalidOutput, "no JSON reading");
            var entities = ModelReadingCheck.Entities(reading, intents.Intents.ToHashSet(StringComparer.Ordinal),
                recognizer.Recognize(maskedText), recognizer.Vocabulary, out var problem);
            if (entities is null) return FellBack(fallback, LlmFailure.InvalidOutput, problem!);
            var command = CommandMapper.Map(reading.Intent, entities, maskedText, context, ModelConfidence);
            return new Understanding.Understanding(reading.Intent, ModelConfidence, [fallback.Intent], entities, command)
            {
                Feeling = fallback.Feeling,
                SensitiveTopic = fallback.SensitiveTopic,
                // The embedded split of "X and Y" stays when the model read the first request the same way.
                Also = fallback.Intent == reading.Intent ? fallback.Also : [],
            };
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            return FellBack(fallback, LlmFailure.ReasonOf(error), error.GetType().Name);
        }
        finally
        {
            metrics.Took(LlmStage.Understand, time.GetElapsedTime(started));
        }
    }

    private Understanding.Understanding FellBack(Understanding.Understanding fallback, string reason, string detail)
    {
        metrics.Fallback(LlmStage.Understand, reason);
        logger.LogWarning("Model understanding fell back to the embedded understander: {Reason} ({Detail})", reason, detail);
        return fallback;
    }

    private List<ChatMessage> Messages(string maskedText, UnderstandingContext context, CatalogVocabulary vocabulary) =>
    [
        new(ChatRole.System, prompts.System(settings.Name) + "\n\n" + LlmPrompts.Fill(prompts.Understand,
            ("intents", string.Join(", ", intents.Intents)), ("currency", settings.Currency),
            ("dialogue", DialogueView(context)), ("vocabulary", VocabularyText.GetValue(vocabulary, Describe)))),
        new(ChatRole.User, LlmPrompts.Delimited(maskedText)),
    ];

    /// <summary>The dialogue stack as the model needs it: the active flow and what is on screen, in a line.</summary>
    public static string DialogueView(UnderstandingContext context)
    {
        var parts = new List<string> { $"active flow: {context.ActiveFlow ?? "none"}" };
        if (context.HasActiveSearch) parts.Add($"browsing {context.ActiveCategory ?? "products"}");
        if (context.HasResults) parts.Add("products on screen");
        if (context.HasFocus) parts.Add("one product in focus");
        if (context.HasOrderInFocus) parts.Add("an order in focus");
        return string.Join("; ", parts);
    }

    /// <summary>The catalog's words, compact: a long tail of colours and sizes is cut, the recognizer still reads them.</summary>
    private static string Describe(CatalogVocabulary v) => string.Join("\n",
        Line("categories", v.Categories), Line("colours", v.ColorFamilies.Concat(v.Colors).Distinct().Take(60)),
        Line("materials", v.Materials), Line("occasions", v.Occasions), Line("fits", v.Fits), Line("styles", v.Styles),
        Line("sizes", v.Sizes.Take(60)));

    private static string Line(string name, IEnumerable<string> values) => $"{name}: {string.Join(", ", values)}";
}
