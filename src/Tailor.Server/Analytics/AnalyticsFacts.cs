using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;

namespace Tailor.Server.Analytics;

/// <summary>Which conversations the figures cover: days <see cref="From"/> to <see cref="To"/> inclusive (UTC), one channel or all.</summary>
public sealed record AnalyticsFilter(DateOnly From, DateOnly To, string? Channel)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

/// <summary>A conversation the figures count.</summary>
public sealed record ConversationFacts(string Id, string Channel, DateTimeOffset CreatedAt);

/// <summary>One turn log row as the figures read it: <see cref="Stages"/> are milliseconds per pipeline stage.</summary>
public sealed record TurnFacts(
    long Id, string ConversationId, string MaskedText, string Intent, double Confidence, string Command, TurnOutcome Outcome,
    bool? CatalogHadMatches, double Sentiment, IReadOnlyDictionary<string, double> Stages, double TotalMilliseconds, DateTimeOffset CreatedAt);

/// <summary>A rating: a thumb on the answer to turn <see cref="TurnId"/>, or a CSAT score (no turn).</summary>
public sealed record FeedbackFacts(string ConversationId, long? TurnId, FeedbackKind Kind, int Score);

/// <summary>A request that reached the agents' queue, with why.</summary>
public sealed record HandoffFacts(string ConversationId, HandoffReason Reason);

/// <summary>A product added to the bag from a chat card, at the price shown.</summary>
public sealed record CartFacts(string ConversationId, decimal Amount);

/// <summary>Everything the figures are computed from, for one filter.</summary>
public sealed record AnalyticsFacts(
    IReadOnlyList<ConversationFacts> Conversations, IReadOnlyList<TurnFacts> Turns, IReadOnlyList<FeedbackFacts> Feedback,
    IReadOnlyList<HandoffFacts> Handoffs, IReadOnlyList<CartFacts> AddedToCart);
