using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// A flow that lives as a frame on the dialogue stack (a search, an order task). The dialogue manager applies the same
/// rules to all of them: the active flow reads a message first when it waits for an answer; a digression is answered
/// and the flow asks its question again; a flow set aside is resumed with a reminder.
/// </summary>
public interface IDialogueFlow
{
    /// <summary>The frame name this flow owns (<see cref="FlowFrame.Name"/>).</summary>
    string Name { get; }

    /// <summary>Whether the command belongs to this flow (so it is no digression from it).</summary>
    bool Handles(Command command);

    /// <summary>Whether the active frame waits for an answer from the shopper (and so needs a reminder after a digression).</summary>
    bool IsWaiting(FlowFrame frame);

    /// <summary>Reads the message as the answer the active frame waits for; true when it was one (or stopped the flow).</summary>
    Task<bool> ContinueAsync(Turn turn, CancellationToken ct);

    /// <summary>Says where the flow was and asks its question again ("Now, back to your return…").</summary>
    Task RemindAsync(Turn turn, CancellationToken ct);
}
