namespace Tailor.Assistant.Guard;

/// <summary>Limits the guard applies to every shopper message.</summary>
public sealed record GuardOptions
{
    /// <summary>Longest message accepted, in UTF-16 characters after normalisation (what a browser's maxlength counts).</summary>
    public int MaxLength { get; init; } = 2000;
}
