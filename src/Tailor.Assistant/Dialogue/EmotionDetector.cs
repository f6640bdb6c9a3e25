using Tailor.Assistant.Guard;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding.Feelings;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Tracks frustration across turns from words, shouting, repetition and failed turns. The score decays each turn,
/// so one grumble fades while a run of them builds up. Also says the one sentence that acknowledges a feeling.
/// </summary>
public sealed class EmotionDetector
{
    public const double Empathise = 1.0;
    public const double OfferHuman = 2.2;

    private readonly IReadOnlyList<(string Phrase, double Weight)> negative;
    private readonly IReadOnlyList<(string Phrase, double Weight)> positive;

    public EmotionDetector(EmotionWords words) => (negative, positive) = (words.Negative, words.Positive);

    public static EmotionDetector Load(string file) => new(EmotionWords.Load(file));

    /// <summary>Updates the state's frustration with this message and returns the message's own sentiment (−1…1).</summary>
    public double Observe(DialogueState state, string maskedText, bool shouting)
    {
        var text = maskedText.ToLowerInvariant();
        var bad = negative.Where(w => text.Contains(w.Phrase)).Sum(w => w.Weight);
        var good = positive.Where(w => text.Contains(w.Phrase)).Sum(w => w.Weight);
        // "TL-100023 [email]" twice is two different e-mail addresses tried, not the shopper repeating themselves.
        var repeated = PiiMasker.HasPlaceholder(maskedText) ? 0
            : state.RecentMessages.Count(m => string.Equals(m, maskedText, StringComparison.OrdinalIgnoreCase));

        state.Frustration = Math.Max(0, state.Frustration * 0.5 + bad + (shouting ? 0.8 : 0) + repeated * 0.8
            + state.Misunderstandings * 0.5 - good * 0.5);
        state.RecentMessages.Add(maskedText);
        if (state.RecentMessages.Count > 5) state.RecentMessages.RemoveAt(0);
        return Math.Clamp((good - bad - (shouting ? 0.5 : 0)) / 2, -1, 1);
    }

    /// <summary>
    /// One sentence before the answer: sorry for a run of frustration, or the message's own feeling named
    /// ("feeling_upset"…); a fault reported with the item also offers a person, so a "yes" hands over.
    /// </summary>
    public static void Acknowledge(ReplyBuilder reply, DialogueState state, Feeling feeling, bool reportsDefect)
    {
        if (reportsDefect)
        {
            reply.Say("defect_sorry");
            state.HumanOffered = true;
        }
        else if (state.Frustration >= Empathise) reply.Say("empathy");
        else if (feeling.IsNegative || feeling.Label == "happy") reply.Say($"feeling_{feeling.Label}");
    }
}
