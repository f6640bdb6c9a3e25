using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding.Feelings;
using Tailor.Assistant.Understanding.Slots;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Tracks frustration across turns from what understanding read in each message (mood words, shouting), repetition
/// and failed turns. The score decays each turn, so one grumble fades while a run of them builds up. Also says the one
/// sentence that acknowledges a feeling.
/// </summary>
public static class EmotionDetector
{
    public const double Empathise = 1.0;
    public const double OfferHuman = 2.2;

    /// <summary>Updates the state's frustration with this message's mood words, shouting and repetition.</summary>
    public static void Observe(DialogueState state, ShopperAnswer message, MoodWords words, bool shouting)
    {
        var repeated = message.Repeats(state.RecentMessages);

        state.Frustration = Math.Max(0, state.Frustration * 0.5 + words.Negative + (shouting ? 0.8 : 0) + repeated * 0.8
            + state.Misunderstandings * 0.5 - words.Positive * 0.5);
        state.RecentMessages.Add(message.Remembered);
        if (state.RecentMessages.Count > 5) state.RecentMessages.RemoveAt(0);
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
            state.OfferPerson();
        }
        else if (state.Frustration >= Empathise) reply.Say("empathy");
        else if (feeling.IsNegative || feeling.Label == "happy") reply.Say($"feeling_{feeling.Label}");
    }
}
