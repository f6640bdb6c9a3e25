namespace Tailor.Assistant.Guard;

/// <summary>One piece of personal data found in a message: its kind and where it sits in the normalised text.</summary>
public sealed record PiiFinding(PiiKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
