using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// A cancellation: allowed only in the statuses the store settings list, with a reason from the store's list, and a
/// full refund (delivery included) to the original payment method, as the cancellations page says.
/// </summary>
public sealed class CancelSteps(OrderActions actions, StoreSettings settings) : IOrderSteps
{
    public async Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var order = file.Order;
        if (!order.CanCancel(settings))
        {
            OrderFlow.End(turn.State);
            turn.Reply.Say("order_cancel_not_possible", ("number", order.Number), ("status", OrderWording.Status(order.Status)),
                ("statuses", OrderWording.Statuses(settings.CancellableStatuses)));
            if (order.Status == OrderStatus.Shipped) turn.Reply.Say("order_cancel_not_possible_shipped", ("days", settings.Returns.WindowDays));
            turn.Reply.QuickReplies([$"track {order.Number}", "returns policy", "talk to a person"]);
            return;
        }
        flow.Step = OrderStep.CancelReason;
        await AskAsync(turn, flow, file, ct);
    }

    public async Task<bool> ContinueAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        if (flow.Step != OrderStep.CancelReason) return false;
        var reason = turn.Answer.Read(OrderSlots.Expecting(flow, file, settings)).CancellationReason
            // Any other answer that is not a question of its own is a reason the store has no code for.
            ?? (turn.Understanding.Command is Clarify or OutOfScope && settings.CancellationReasons.Contains("other") ? "other" : null);
        if (reason is null) return false;
        flow.Reason = reason;

        var order = file.Order;
        var action = await actions.ProposeAsync(turn, order, OrderActionKind.Cancel, new ActionDetails { Reason = reason, Amount = order.Total }, ct);
        (flow.Proposal, flow.Step) = (action.Reference, OrderStep.Confirm);
        turn.Reply.Say("order_cancel_summary", ("number", order.Number), ("items", Items(file)), ("total", order.Total),
            ("payment", OrderWording.Payment(turn.Reply, order.Payment))).QuickReplies(["yes", "no"]);
        return true;
    }

    public Task AskAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        turn.Reply.Say("order_cancel_ask_reason", ("number", file.Order.Number)).QuickReplies(settings.CancellationReasons.Select(OrderWording.Reason));
        return Task.CompletedTask;
    }

    public void Done(Turn turn, OrderFile before, OrderFile after, OrderAction action, ActionDetails details)
    {
        turn.Reply.Say("order_cancel_done", ("number", after.Order.Number), ("reference", action.Result), ("total", details.Amount),
            ("payment", OrderWording.Payment(turn.Reply, after.Order.Payment)));
        turn.Reply.Add(OrderCards.For(after));
        turn.Reply.QuickReplies(["find a product", "talk to a person"]);
    }

    private static string Items(OrderFile file) => Respond.ConstraintsDescriber.Join(file.Lines.Select(l => OrderWording.Line(l)).ToList());
}
