using Tailor.Domain.Settings;

namespace Tailor.Assistant.Respond.Voice;

/// <summary>One answer as a shopper would see it in the store's voice.</summary>
public sealed record PreviewAnswer(string Key, string Text, IReadOnlyList<string> QuickReplies);

/// <summary>A few answers in the store's current voice, for the admin's preview page: the greeting, who the assistant is, thanks, a refusal.</summary>
public sealed class VoicePreview(VoicedWording wording, StoreSettings settings)
{
    // Which answers, and the quick replies shown under them.
    private static readonly (string Key, string? QuickReplies)[] Shown =
        [("greeting", "greeting"), ("greeting_product", null), ("smalltalk_bot_identity", null), ("smalltalk_thanks", "smalltalk"), ("policy_unknown", null)];

    /// <summary>The answers, with the store's name and <paramref name="productTitle"/> filled in; other placeholders shown as ‹name›.</summary>
    public IReadOnlyList<PreviewAnswer> Answers(string? productTitle) => Shown
        .Where(s => wording.Templates.Has(s.Key))
        .Select(s =>
        {
            var values = wording.Templates.PlaceholdersOf(s.Key).ToDictionary(p => p, p => p switch
            {
                "store" => settings.Name,
                "title" when productTitle is not null => productTitle,
                _ => $"‹{p}›",
            });
            return new PreviewAnswer(s.Key, wording.Templates.Render(s.Key, 0, values), s.QuickReplies is { } key ? wording.QuickReplies.For(key) : []);
        })
        .ToList();
}
