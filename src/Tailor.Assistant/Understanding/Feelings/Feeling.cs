namespace Tailor.Assistant.Understanding.Feelings;

/// <summary>
/// What the shopper feels in one message, apart from what they ask: sentiment (−1…1), this message's frustration
/// (0…1) and a label ("upset", "angry", "stressed", "disappointed", "frustrated", "happy" or "none").
/// </summary>
public sealed record Feeling(double Sentiment, double Frustration, string Label)
{
    public const string NoLabel = "none";

    public static readonly Feeling None = new(0, 0, NoLabel);

    public bool IsNegative => Sentiment < 0 && Label != NoLabel;

    /// <summary>Summed weights of the negative and positive mood words in the message, which build frustration across turns.</summary>
    public MoodWords Words { get; init; } = MoodWords.None;
}

/// <summary>The weights of the mood words found in one message (<c>training/emotion.yaml</c>).</summary>
public sealed record MoodWords(double Negative, double Positive)
{
    public static readonly MoodWords None = new(0, 0);
}
