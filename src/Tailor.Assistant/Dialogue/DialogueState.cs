using System.Text.Json.Serialization;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Everything the assistant remembers about a conversation between turns: the stack of flows in progress and a small
/// shared context (the search and what it showed, the product and order in focus, the customer's proofs, the handoff
/// and frustration). Stored as versioned JSON with the conversation; <see cref="DialogueStateJson"/> reads older versions.
/// </summary>
public sealed class DialogueState
{
    public const int CurrentVersion = 2;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>
    /// Flows in progress, the active one last. A digression pushes a frame; ending a flow pops it and the one below
    /// resumes with a reminder. At most <see cref="MaxFrames"/> are kept; the oldest is forgotten first.
    /// </summary>
    public List<FlowFrame> Stack { get; set; } = [];

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
    /// <summary>Turns in a row that were not understood; at two the assistant offers a person.</summary>
    public int Misunderstandings { get; set; }
    /// <summary>The last few shopper messages (masked), to notice repetition.</summary>
    public List<string> RecentMessages { get; set; } = [];
    public string? PromoCode { get; set; }
    public int Turns { get; set; }
    public bool HumanRequested { get; set; }
    public string? HumanRequestReason { get; set; }
    /// <summary>The turn on which the assistant last offered a person: a "yes" on the next turn accepts the offer.</summary>
    public int? HumanOfferedTurn { get; set; }
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

    /// <summary>What the shopper said about themselves (sizes, fit, colours, budget, department, measurements).</summary>
    public Customers.Profile.ShopperProfile Profile { get; set; } = new();

    /// <summary>The policy topic answered last, and on which turn: a follow-up on the next turn stays on it.</summary>
    public string? PolicyTopic { get; set; }
    public int PolicyTurn { get; set; }

    /// <summary>The policy topic the previous turn answered, if it answered one.</summary>
    [JsonIgnore]
    public string? PolicyTopicLastTurn => PolicyTurn == Turns - 1 ? PolicyTopic : null;

    public const int MaxFrames = 6;

    /// <summary>
    /// The active flow, the top of <see cref="Stack"/>. Setting a flow of another kind pushes it over the active one (a
    /// digression); setting one of the same kind replaces it; null ends the active flow, and the one below resumes.
    /// </summary>
    [JsonIgnore]
    public FlowFrame? Flow
    {
        get => Stack.Count == 0 ? null : Stack[^1];
        set
        {
            if (value is null)
            {
                if (Stack.Count > 0) Stack.RemoveAt(Stack.Count - 1);
                return;
            }
            Stack.Remove(value);
            if (Stack.Count > 0 && Stack[^1].Name == value.Name) Stack[^1] = value;
            else Stack.Add(value);
            if (Stack.Count > MaxFrames) Stack.RemoveAt(0);
        }
    }

    /// <summary>Flows set aside by a digression, most recent last: every frame under the active one.</summary>
    [JsonIgnore]
    public IReadOnlyList<FlowFrame> Interrupted => Stack.Count <= 1 ? [] : Stack.GetRange(0, Stack.Count - 1);

    /// <summary>Keeps a frame under the active flow, to be resumed later ("back to the dresses").</summary>
    public void SetAside(FlowFrame frame)
    {
        Stack.Remove(frame);
        Stack.Insert(Math.Max(0, Stack.Count - 1), frame);
        if (Stack.Count > MaxFrames) Stack.RemoveAt(0);
    }

    /// <summary>Brings a set-aside frame back to the top of the stack.</summary>
    public void Resume(FlowFrame frame)
    {
        Stack.Remove(frame);
        Stack.Add(frame);
    }

    public void Forget(FlowFrame frame) => Stack.Remove(frame);

    /// <summary>The assistant offers a person on this turn: a "yes" next turn hands over.</summary>
    public void OfferPerson() => HumanOfferedTurn = Turns;

    /// <summary>Whether a person was offered on this turn (read after the turn, as the tests and the console see it).</summary>
    [JsonIgnore]
    public bool HumanOffered => HumanOfferedTurn == Turns;

    /// <summary>Whether the previous turn offered a person, so this turn's "yes" accepts.</summary>
    [JsonIgnore]
    public bool PersonOfferedLastTurn => HumanOfferedTurn is { } turn && turn == Turns - 1;
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
