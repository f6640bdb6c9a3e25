using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Domain.Conversations;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Conversations;

/// <summary>A turn's outcome as logged, and for a no-results turn whether the catalog had products for the hard filters.</summary>
public sealed record TurnVerdict(TurnOutcome Outcome, bool? CatalogHadMatches = null);

/// <summary>
/// Classifies a turn from what the shopper was actually sent (the templates said, the cards shown, the handover), not
/// from what the dialogue hoped: "I couldn't find any…" is a no-result even when the flow thought it answered. Which
/// templates mean what is data (outcomes.yaml).
/// </summary>
public sealed class TurnOutcomes
{
    private static readonly Lazy<TurnOutcomes> Embedded = new(LoadEmbedded);

    private readonly HashSet<string> actionsDone;
    private readonly HashSet<string> noResultsWithMatches;
    private readonly HashSet<string> noResults;
    private readonly HashSet<string> incidental;

    private TurnOutcomes(Rules rules)
    {
        actionsDone = [.. rules.OrderActionDone];
        noResultsWithMatches = [.. rules.NoResultsCatalogHadMatches];
        noResults = [.. rules.NoResults];
        incidental = [.. rules.Incidental];
    }

    public static TurnOutcomes Default => Embedded.Value;

    /// <summary>Every template key the rules name, so a renamed template cannot silently stop counting.</summary>
    public IEnumerable<string> Keys => actionsDone.Concat(noResultsWithMatches).Concat(noResults).Concat(incidental);

    public static TurnOutcomes Parse(string yaml) =>
        new(new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<Rules>(yaml));

    /// <summary>Fills the record's outcome and sentiment from the finished turn; the engine calls it as it writes the turn log.</summary>
    public static TurnRecord Stamp(TurnRecord record, Turn turn, Understanding.Understanding understanding)
    {
        var verdict = Default.Classify(turn.Outcome, turn.HandOver, turn.Reply.Said, turn.Reply.Build().Parts);
        (record.Outcome, record.CatalogHadMatches) = (verdict.Outcome, verdict.CatalogHadMatches);
        record.Sentiment = understanding.Feeling.Sentiment;
        return record;
    }

    /// <summary>
    /// The first that holds wins: refused, handed to a person (queue or ticket), an order action done, no results, the
    /// dialogue's own fallback or clarification, then what the reply carries (order card, citation, product cards).
    /// </summary>
    public TurnVerdict Classify(TurnOutcome dialogue, HandOver handOver, IReadOnlyList<string> said, IReadOnlyList<MessagePart> parts)
    {
        if (dialogue == TurnOutcome.Rejected) return new(TurnOutcome.Rejected);
        if (handOver == HandOver.Ticket) return new(TurnOutcome.Ticket);
        if (handOver == HandOver.Queue) return new(TurnOutcome.Handoff);
        if (said.Any(actionsDone.Contains)) return new(TurnOutcome.OrderActionDone);
        if (said.Any(noResultsWithMatches.Contains)) return new(TurnOutcome.NoResults, CatalogHadMatches: true);
        if (said.Any(noResults.Contains)) return new(TurnOutcome.NoResults, CatalogHadMatches: false);
        if (dialogue is TurnOutcome.Fallback or TurnOutcome.Clarified) return new(dialogue);
        if (parts.Any(p => p is OrderPart)) return new(TurnOutcome.OrderTracked);
        if (parts.Any(p => p is CitationPart)) return new(TurnOutcome.AnsweredPolicy);
        if (parts.Any(p => p is ProductsPart)) return new(TurnOutcome.AnsweredWithProducts);
        // An offer of a person with nothing else said: the assistant had no answer to give.
        if (dialogue == TurnOutcome.Handoff && said.All(incidental.Contains)) return new(TurnOutcome.Fallback);
        return new(TurnOutcome.Answered);
    }

    private static TurnOutcomes LoadEmbedded()
    {
        using var stream = typeof(TurnOutcomes).Assembly.GetManifestResourceStream("Tailor.Assistant.Conversations.outcomes.yaml")
            ?? throw new InvalidOperationException("outcomes.yaml is not embedded in Tailor.Assistant.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed class Rules
    {
        public List<string> OrderActionDone { get; set; } = [];
        public List<string> NoResultsCatalogHadMatches { get; set; } = [];
        public List<string> NoResults { get; set; } = [];
        public List<string> Incidental { get; set; } = [];
    }
}
