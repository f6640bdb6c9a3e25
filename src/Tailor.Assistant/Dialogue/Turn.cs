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
    public Understanding.Understanding Understanding { get; } = understanding;
    public ReplyBuilder Reply { get; } = reply;
    public PageContext Page { get; } = page;
    public string ConversationId { get; init; } = "";
    /// <summary>The signed-in customer (from a valid customer token), whose orders this conversation may see; null for a guest.</summary>
    public int? CustomerId { get; init; }
    public TurnOutcome Outcome { get; set; } = TurnOutcome.Answered;
    /// <summary>The command actually carried out, after dialogue resolved or replaced the understood one.</summary>
    public string Command { get; set; } = understanding.Command.Name;
}

/// <summary>Where the shopper is in the store: the widget's page context.</summary>
public sealed record PageContext(string? Page = null, string? ProductHandle = null);
