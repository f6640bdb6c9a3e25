namespace Tailor.Assistant.Understanding;

/// <summary>How one message was understood: the intent with its confidence, the entities, and the command they make.</summary>
public sealed record Understanding(string Intent, double Confidence, IReadOnlyList<string> Alternatives, RecognizedEntities Entities, Command Command)
{
    /// <summary>What the shopper feels, apart from what they ask.</summary>
    public Feelings.Feeling Feeling { get; init; } = Feelings.Feeling.None;

    /// <summary>A topic that always goes to a person (injury, legal threat, payment dispute…), whatever else is asked.</summary>
    public string? SensitiveTopic { get; init; }

    /// <summary>Further requests in the same message, answered in order after this one ("… and what's your returns policy?").</summary>
    public IReadOnlyList<Understanding> Also { get; init; } = [];
}

/// <summary>Turns a shopper message into a command. Embedded (ML.NET + entity recognizer) by default; an LLM can replace it.</summary>
public interface IUnderstander
{
    Understanding Understand(string text, UnderstandingContext context);
}

/// <summary>What understanding may look at besides the text: whether a search is in progress and what is on screen.</summary>
/// <param name="HasOrderInFocus">An order was just shown or acted on, so "cancel it" has an order in sight.</param>
/// <param name="LastPolicyTopic">The policy topic the previous turn answered: "and is it free over a certain amount" follows it up.</param>
/// <param name="SignedIn">A customer is signed in, so "I'd like to return something" has their orders in sight.</param>
public sealed record UnderstandingContext(
    bool HasActiveSearch, string? ActiveCategory, bool HasFocus, bool HasResults, string? ActiveFlow, bool HasOrderInFocus = false,
    string? LastPolicyTopic = null, bool SignedIn = false);
