using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Dialogue;

/// <summary>One turn in progress: the state to update, what was understood, the reply being built and the outcome.</summary>
public sealed class Turn(ShopperAnswer answer, DialogueState state, Understanding.Understanding understanding, ReplyBuilder reply, PageContext page)
{
    /// <summary>
    /// The shopper's message, readable only for the slots a flow expects: flows never parse the text themselves.
    /// </summary>
    public ShopperAnswer Answer { get; } = answer;
    public DialogueState State { get; } = state;
    /// <summary>How the request being answered was understood; a message with several requests moves on to the next one.</summary>
    public Understanding.Understanding Understanding { get; private set; } = understanding;
    public ReplyBuilder Reply { get; } = reply;
    public PageContext Page { get; } = page;
    public string ConversationId { get; init; } = "";
    /// <summary>The guard saw the message written in capitals.</summary>
    public bool Shouting { get; init; }
    /// <summary>Abuse or an unsafe request the guard found: answered by content safety, never by a flow.</summary>
    public Guard.ContentConcern? Concern { get; init; }
    /// <summary>The turn closes the conversation (repeated abuse).</summary>
    public bool EndsConversation { get; set; }
    /// <summary>The signed-in customer (from a valid customer token), whose orders this conversation may see; null for a guest.</summary>
    public int? CustomerId { get; init; }
    public TurnOutcome Outcome { get; set; } = TurnOutcome.Answered;
    /// <summary>The command actually carried out, after dialogue resolved or replaced the understood one.</summary>
    public string Command { get; set; } = understanding.Command.Name;
    /// <summary>Whether this turn hands the shopper to a person, and how: the engine queues or offers the ticket form after saving.</summary>
    public HandOver HandOver { get; set; }
    /// <summary>A flow under the reply waits for an answer and asks its question again after it, so no "anything else?".</summary>
    public bool FlowWaiting { get; set; }
    /// <summary>The sensitive topic that sent this turn to a person (injury, legal threat…), for the agent's summary.</summary>
    public string? SensitiveTopic { get; set; }

    /// <summary>Moves on to the next request of the same message; the reply keeps growing.</summary>
    public void Next(Understanding.Understanding next) => Understanding = next;
}

/// <summary>How a turn hands over to a person: not at all, into the agents' queue, or to the ticket form when nobody is online.</summary>
public enum HandOver { None, Queue, Ticket }

/// <summary>Where the shopper is in the store: the widget's page context.</summary>
public sealed record PageContext(string? Page = null, string? ProductHandle = null);
