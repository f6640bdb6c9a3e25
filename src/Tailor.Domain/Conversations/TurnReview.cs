namespace Tailor.Domain.Conversations;

/// <summary>
/// What an operator decided about a turn from the review queue (or a label that came with an imported transcript):
/// the right intent and entities, a missing synonym, a new FAQ passage, or nothing to fix. Text is masked.
/// </summary>
public sealed class TurnReview
{
    public long Id { get; set; }
    /// <summary>The reviewed turn; null for a label imported with a past transcript.</summary>
    public long? TurnId { get; set; }
    public ReviewDecision Decision { get; set; }
    /// <summary>The shopper's masked message, copied so the label outlives the conversation's retention.</summary>
    public string MaskedText { get; set; } = "";
    /// <summary>The right intent (for <see cref="ReviewDecision.Labelled"/>), what the model said otherwise.</summary>
    public string Intent { get; set; } = "";
    /// <summary>The right entities as a JSON object of name → value ("category": "dresses").</summary>
    public string EntitiesJson { get; set; } = "{}";
    /// <summary>The synonym ("trainers → sneakers") or the FAQ page's slug the decision produced.</summary>
    public string Detail { get; set; } = "";
    public string ReviewedBy { get; set; } = "";
    public DateTimeOffset ReviewedAt { get; set; }
}

public enum ReviewDecision { Labelled, MissingSynonym, FaqPassage, Dismissed }
