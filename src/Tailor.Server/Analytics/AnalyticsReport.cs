namespace Tailor.Server.Analytics;

/// <summary>How the assistant did over a filter: the figures the console's dashboard draws and the CSV export writes.</summary>
/// <param name="Containment">Share of conversations with no request for a person.</param>
/// <param name="Resolution">Share of conversations the assistant resolved alone (see <see cref="ConversationResolution"/>).</param>
/// <param name="EscalationRate">Share of conversations with a request for a person (queued or ticket).</param>
/// <param name="FallbackRate">Share of turns the assistant could not answer.</param>
/// <param name="NoResultRate">Share of turns whose search found nothing.</param>
public sealed record AnalyticsReport(
    AnalyticsFilter Filter, int Conversations, int Turns, IReadOnlyList<DayCount> ConversationsPerDay, IReadOnlyList<StageLatency> Latency,
    double Containment, double Resolution, double EscalationRate, IReadOnlyList<NamedCount> EscalationReasons, double FallbackRate,
    double NoResultRate, Satisfaction Satisfaction, IReadOnlyList<DayValue> SentimentTrend, IReadOnlyList<NamedCount> TopIntents,
    IReadOnlyList<NamedCount> Outcomes, IReadOnlyList<ZeroResultSearch> TopZeroResultSearches, CartAssist Cart);

public sealed record DayCount(DateOnly Day, int Count);

public sealed record DayValue(DateOnly Day, double Value);

public sealed record NamedCount(string Name, int Count);

/// <summary>Milliseconds at the median and the 95th percentile (nearest rank) for one pipeline stage, or "total".</summary>
public sealed record StageLatency(string Stage, double P50, double P95);

/// <summary>CSAT average (1–5) over <see cref="CsatResponses"/> scores, and thumbs on single answers.</summary>
public sealed record Satisfaction(double? CsatAverage, int CsatResponses, int ThumbsUp, int ThumbsDown);

/// <summary>A search that found nothing, how often it was asked, and whether the catalog had products for its hard filters.</summary>
public sealed record ZeroResultSearch(string Text, int Count, bool CatalogHadMatches);

/// <summary>Products added to the bag from chat cards: how many, in how many conversations, and their value at the shown price.</summary>
public sealed record CartAssist(int AddedToCart, int Conversations, decimal Revenue);
