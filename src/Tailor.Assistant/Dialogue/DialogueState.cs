using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Dialogue;

/// <summary>Everything the assistant remembers about a conversation between turns; stored as JSON with the conversation.</summary>
public sealed class DialogueState
{
    /// <summary>The search in progress; refinements change it, a new search replaces it.</summary>
    public SearchConstraints? Search { get; set; }
    /// <summary>Handles of every product shown for the current search, in the order shown.</summary>
    public List<string> Results { get; set; } = [];
    /// <summary>How many of the current search's matches have been shown (for "show more").</summary>
    public int Shown { get; set; }
    /// <summary>Cheapest and dearest price on the last page shown, the anchor for "cheaper" and "more expensive".</summary>
    public PriceSpan? ShownPrices { get; set; }
    /// <summary>The product the shopper is talking about ("it", "this one").</summary>
    public string? Focus { get; set; }
    /// <summary>The product in focus before the current one: "the other one" after talking about two.</summary>
    public string? PreviousFocus { get; set; }
    /// <summary>The flow in progress (e.g. a search or, later, a return) with its slots.</summary>
    public FlowFrame? Flow { get; set; }
    /// <summary>Flows interrupted by a digression, most recent last; "back to the dresses" resumes the top one.</summary>
    public List<FlowFrame> Interrupted { get; set; } = [];
    /// <summary>Turns in a row that were not understood; at two the assistant offers a person.</summary>
    public int Misunderstandings { get; set; }
    /// <summary>The last few shopper messages (masked), to notice repetition.</summary>
    public List<string> RecentMessages { get; set; } = [];
    public string? PromoCode { get; set; }
    public int Turns { get; set; }
    public bool HumanRequested { get; set; }
    public string? HumanRequestReason { get; set; }
    public bool HumanOffered { get; set; }
    /// <summary>Running frustration score from words, shouting, repetition and failed turns.</summary>
    public double Frustration { get; set; }
    /// <summary>Order numbers this conversation proved it may see, with the number and the e-mail or postcode on the order.</summary>
    public List<string> VerifiedOrders { get; set; } = [];
    /// <summary>The order last shown or acted on: "cancel it" and "return something from it" mean this one.</summary>
    public string? OrderInFocus { get; set; }
    /// <summary>A confirmed order action the assistant could not carry out (e.g. "cancel TL-100023: status"), and on which turn:
    /// a person asked for right after it is a handoff because the bot could not complete the action.</summary>
    public string? UnfinishedAction { get; set; }
    public int UnfinishedActionTurn { get; set; }
    /// <summary>The order action carried out on the previous turn, so a repeated "yes" says it is done instead of acting twice.</summary>
    public string? LastOrderAction { get; set; }
}

/// <summary>A flow and its slots. A search flow keeps its constraints and results so it can be resumed.</summary>
public sealed class FlowFrame
{
    public required string Name { get; set; }
    public Dictionary<string, string> Slots { get; set; } = [];
    public SearchConstraints? Search { get; set; }
    public List<string> Results { get; set; } = [];
    public int Shown { get; set; }
    public string? Focus { get; set; }
}

/// <summary>A price range seen by the shopper.</summary>
public sealed record PriceSpan(decimal Min, decimal Max);
