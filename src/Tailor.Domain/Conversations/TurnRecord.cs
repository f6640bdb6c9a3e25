namespace Tailor.Domain.Conversations;

/// <summary>What happened in one turn, for analytics, review and retraining. Text is masked.</summary>
public sealed class TurnRecord
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public long MessageId { get; set; }
    public string MaskedText { get; set; } = "";
    public string Intent { get; set; } = "";
    public double Confidence { get; set; }
    public string EntitiesJson { get; set; } = "{}";
    public string Command { get; set; } = "";
    /// <summary>What the shopper was actually sent, classified after the reply was built (see TurnOutcomes).</summary>
    public TurnOutcome Outcome { get; set; }
    /// <summary>
    /// For a no-results turn: whether the catalog held products for the search's hard filters (category, size, colour,
    /// price…), so the words were the problem, not the range. Null for every other outcome.
    /// </summary>
    public bool? CatalogHadMatches { get; set; }
    /// <summary>The shopper's sentiment in this message, −1…1, for the sentiment trend.</summary>
    public double Sentiment { get; set; }
    /// <summary>Milliseconds per pipeline stage (guard, understand, dialogue, skills, respond, persist), as JSON.</summary>
    public string StageTimingsJson { get; set; } = "{}";
    public double TotalMilliseconds { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// How a turn ended for the shopper. The dialogue sets the first five while it works (<see cref="Handoff"/> then also
/// covers an offer of a person); the turn log stores the classification of what was sent, by name.
/// </summary>
public enum TurnOutcome
{
    /// <summary>Answered without products, a policy passage or an order: a product detail, small talk, a step of a flow.</summary>
    Answered,
    Clarified,
    Fallback,
    /// <summary>The shopper was queued for a person.</summary>
    Handoff,
    Rejected,
    AnsweredWithProducts,
    AnsweredPolicy,
    /// <summary>An order was shown: tracking, status, history.</summary>
    OrderTracked,
    /// <summary>A cancel, return, exchange or change was carried out.</summary>
    OrderActionDone,
    /// <summary>A search found nothing for what was asked (even if nearby products were offered instead).</summary>
    NoResults,
    /// <summary>A person was asked for while nobody was online: the ticket form was offered.</summary>
    Ticket,
}
