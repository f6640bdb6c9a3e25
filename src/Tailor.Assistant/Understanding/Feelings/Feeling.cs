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
}
