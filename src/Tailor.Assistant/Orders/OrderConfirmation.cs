using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>
/// The answer to a summary: "yes" carries the action out once and confirms it with its reference; "no", "never
/// mind" or "actually no" declines it and nothing changes; asking for the same thing again asks for a yes or no.
/// </summary>
public sealed class OrderConfirmation(OrderReader reader, OrderActions actions, OrderTaskSteps steps)
{
    public async Task<bool> AnswerAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        switch (turn.Understanding.Command)
        {
            case Affirm:
                await ConfirmAsync(turn, flow, ct);
                return true;
            // "Actually no, …" is a no to the summary, whatever else it says.
            case Deny or CancelFlow or Correct:
                await actions.DeclineAsync(flow.Proposal!, ct);
                OrderFlow.End(turn.State);
                turn.Reply.Say("order_action_declined", ("number", flow.Order));
                return true;
            case OrderCommand other when OrderTasks.TaskOf(other) == flow.Task && (other.OrderNumber is null || other.OrderNumber == flow.Order):
                turn.Reply.Say("order_confirm_yes_no").QuickReplies(["yes", "no"]);
                return true;
            default:
                return false;
        }
    }

    private async Task ConfirmAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        var state = turn.State;
        var reference = flow.Proposal!;
        var before = await reader.ReadAsync(flow.Order!, ct);
        var action = await actions.FindAsync(reference, ct);
        var outcome = await actions.ConfirmAsync(turn, reference, ct);
        OrderFlow.End(state);
        var after = await reader.ReadAsync(flow.Order!, ct);
        switch (outcome.Result)
        {
            case ActionResult.Done when action is not null && before is not null && after is not null:
                action.Result = outcome.Reference;
                steps.For(action.Kind).Done(turn, before, after, action, OrderActions.Details(action));
                state.LastOrderAction = reference;
                break;
            case ActionResult.Done or ActionResult.AlreadyDone:
                turn.Reply.Say("order_action_already_done", ("reference", outcome.Reference ?? reference));
                state.LastOrderAction = reference;
                break;
            case ActionResult.Refused:
                turn.Reply.Say($"order_action_refused_{outcome.Refusal}", ("number", flow.Order),
                    ("status", after is null ? "" : OrderWording.Status(after.Order.Status)));
                turn.Reply.QuickReplies([$"track {flow.Order}", "talk to a person"]);
                (state.UnfinishedAction, state.UnfinishedActionTurn) = ($"{action?.Kind.ToString().ToLowerInvariant()} {flow.Order}: {outcome.Refusal}", state.Turns);
                break;
            default:
                turn.Reply.Say("order_action_not_pending");
                break;
        }
    }
}
