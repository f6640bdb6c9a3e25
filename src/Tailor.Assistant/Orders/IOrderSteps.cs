using Tailor.Assistant.Dialogue;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>The steps of one order task once its order is known and open to the conversation.</summary>
public interface IOrderSteps
{
    /// <summary>Checks the task is allowed for this order (saying why not) and asks the first question or summarises.</summary>
    Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct);

    /// <summary>Takes the shopper's answer to the current question; false when the message is not an answer to it.</summary>
    Task<bool> ContinueAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct);

    /// <summary>Asks the current question again, after a digression.</summary>
    Task AskAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct);

    /// <summary>Confirms what was done, with its reference; <paramref name="before"/> is the order as summarised, <paramref name="after"/> as it is now.</summary>
    void Done(Turn turn, OrderFile before, OrderFile after, OrderAction action, ActionDetails details);
}
