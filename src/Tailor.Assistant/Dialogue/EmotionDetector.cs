using Tailor.Assistant.Guard;
using YamlDotNet.Serialization;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Tracks frustration across turns from words, shouting, repetition and failed turns. The score decays each turn,
/// so one grumble fades while a run of them builds up.
/// </summary>
public sealed class EmotionDetector
{
    public const double Empathise = 1.0;
    public const double OfferHuman = 2.2;

    private readonly IReadOnlyList<(string Phrase, double Weight)> negative;
    private readonly IReadOnlyList<(string Phrase, double Weight)> positive;

    private EmotionDetector(IReadOnlyList<(string, double)> negative, IReadOnlyList<(string, double)> positive) =>
        (this.negative, this.positive) = (negative, positive);

    public static EmotionDetector Load(string file)
    {
        var words = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, double>>>(File.ReadAllText(file));
        return new EmotionDetector(
            words.GetValueOrDefault("negative", []).Select(p => (p.Key.ToLowerInvariant(), p.Value)).ToList(),
            words.GetValueOrDefault("positive", []).Select(p => (p.Key.ToLowerInvariant(), p.Value)).ToList());
    }

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
}
