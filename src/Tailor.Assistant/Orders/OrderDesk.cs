using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;
using Tailor.Assistant.Respond;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Order care in the conversation: starts an order flow for an order command, finds and opens the order, lets the
/// task's steps ask their questions, and carries a summarised change out only on an explicit yes. A flow waiting for
/// an answer reads each message first; a question in between is answered and the flow picks up where it was.
/// </summary>
public sealed class OrderDesk(
    OrderFinder finder, OrderReader reader, OrderActions actions, TrackingReplies tracking, OrderCareOptions options,
    PolicyDesk policies, OrderTaskSteps steps, OrderConfirmation confirmation, OrderNumberOptions numbers, SwapRoute route,
    AccountAddressSteps account, StoreSettings settings) : IDialogueFlow
{
    /// <summary>The change kind for the address on the customer's account.</summary>
    public const string Account = "account";

    public string Name => OrderFlow.Name;

    public bool Handles(Command command) => command is OrderCommand;

    /// <summary>An order flow on top of the stack is always waiting for something: a number, a choice, a yes.</summary>
    public bool IsWaiting(FlowFrame frame) => true;

    public async Task StartAsync(Turn turn, OrderCommand command, CancellationToken ct)
    {
        var state = turn.State;
        var task = OrderTasks.TaskOf(command);
        if (command is TrackReturn { ReturnNumber: { } rma })
        {
            await tracking.ReturnAsync(turn, rma, ct);
            return;
        }
        // "How long do I have to swap for another size?" is answered from the policy pages, with a way to start; a flow
        // in progress then asks its question again.
        if (command.OrderNumber is null && task is OrderTask.Return or OrderTask.Exchange or OrderTask.Cancel or OrderTask.Change
            && turn.Answer.PolicyQuestion is { } question)
        {
            await policies.AnswerAsync(turn, turn.Understanding.Intent, question, ct);
            turn.Command = nameof(AskPolicy);
            if (OrderFlow.Of(state) is not null) await RemindAsync(turn, ct);
            else turn.Reply.QuickReplies([OrderTasks.StartPhrase(task), "talk to a person"]);
            return;
        }
        // Asking again for a task set aside by a digression picks it up where it was.
        if (command.OrderNumber is null && state.Interrupted.LastOrDefault(f => f.Name == OrderFlow.Name && new OrderFlow(f).Task == task) is { } set)
        {
            Resume(state, set);
            await RemindAsync(turn, ct);
            return;
        }
        if (OrderFlow.Of(state)?.Proposal is { } waiting) await actions.DeclineAsync(waiting, ct);

        if (task == OrderTask.History && command.OrderNumber is null)
        {
            await HistoryAsync(turn, ct);
            return;
        }
        if (task == OrderTask.ReturnStatus && command.OrderNumber is null && turn.CustomerId is { } owner && state.OrderInFocus is null)
        {
            OrderFlow.End(state);
            await tracking.CustomerReturnsAsync(turn, owner, ct);
            return;
        }
        // A new request while the identity question is open still answers it: restarting never buys a free guess.
        var asked = OrderFlow.Of(state) is { Step: OrderStep.Identity } open ? open.Order : null;
        var flow = OrderFlow.Start(state, task);
        if (asked is not null) (flow.Order, flow.Step) = (asked, OrderStep.Identity);
        if (task == OrderTask.Change) flow.Change = turn.Answer.ChangeKind;
        if (flow.Change == Account)
        {
            await account.BeginAsync(turn, flow, ct);
            return;
        }
        // "Change my address" from a signed-in customer with no order in sight may mean the account or an order.
        if (flow.Change == ChangeSteps.Address && command.OrderNumber is null && asked is null && state.OrderInFocus is null
            && !turn.Answer.MeansDelivery && turn.CustomerId is { } customer)
        {
            await WhichAddressAsync(turn, flow, customer, ct);
            return;
        }
        if (await finder.FindAsync(turn, flow, command.OrderNumber, ct) is { } file) await BeginAsync(turn, flow, file, ct);
    }

    /// <summary>Lets a flow waiting for an answer read the message; true when it was the answer (or a stop).</summary>
    public async Task<bool> ContinueAsync(Turn turn, CancellationToken ct)
    {
        var state = turn.State;
        var command = turn.Understanding.Command;
        if (OrderFlow.Of(state) is not { } flow) return false;
        // "Cancel TL-100023" while a return waits for its order number is a new request; a bare number (read as tracking) is the answer.
        if (command is OrderCommand other and not TrackOrder && OrderTasks.TaskOf(other) != flow.Task
            && flow.Step is OrderStep.OrderNumber or OrderStep.Identity or OrderStep.ChooseOrder) return false;
        var answered = flow.Step switch
        {
            _ when flow.Task == OrderTask.AccountAddress => await account.ContinueAsync(turn, flow, ct),
            OrderStep.WhichAddress => await TakeWhichAddressAsync(turn, flow, ct),
            OrderStep.OrderNumber => await TakeNumberAsync(turn, flow, ct),
            OrderStep.Identity => await TakeIdentityAsync(turn, flow, ct),
            OrderStep.ChooseOrder => await finder.ChosenAsync(turn, flow, ct) is { } chosen && await OpenAsync(turn, flow, chosen, ct),
            OrderStep.Confirm => await confirmation.AnswerAsync(turn, flow, ct),
            OrderStep.Code => await confirmation.TakeCodeAsync(turn, flow, ct),
            _ => await reader.ReadAsync(flow.Order!, ct) is { } file && await steps.For(flow.Task).ContinueAsync(turn, flow, file, ct),
        };
        if (!answered && command is not (CancelFlow or Deny or Affirm) && flow.Order is not null
            && flow.Step is not (OrderStep.OrderNumber or OrderStep.Identity or OrderStep.ChooseOrder or OrderStep.Code or OrderStep.WhichAddress)
            && flow.Task != OrderTask.AccountAddress)
            answered = await PointedAsync(turn, flow, ct);
        if (!answered && command is CancelFlow or Deny)
        {
            // "Never mind", "no": the flow stops and nothing changes.
            if (flow.Proposal is { } proposal) await actions.DeclineAsync(proposal, ct);
            OrderFlow.End(state);
            turn.Reply.Say("order_flow_stopped");
            return true;
        }
        if (answered && command is not (Affirm or Deny or CancelFlow)) turn.Command = OrderTasks.CommandName(flow.Task);
        return answered;
    }

    /// <summary>A second "yes" after an action was carried out says it is done, and does nothing.</summary>
    public async Task<bool> AnswerAfterDoneAsync(Turn turn, CancellationToken ct)
    {
        if (turn.State.LastOrderAction is not { } reference || OrderFlow.Of(turn.State) is not null) return false;
        var action = await actions.FindAsync(reference, ct);
        turn.Reply.Say("order_action_already_done", ("reference", action?.Result ?? reference));
        return true;
    }

    private async Task HistoryAsync(Turn turn, CancellationToken ct)
    {
        var flow = OrderFlow.Start(turn.State, OrderTask.Track);
        if (turn.CustomerId is not { } customer)
        {
            flow.Step = OrderStep.OrderNumber;
            turn.Reply.Say("order_history_guest", ("example", numbers.Example));
            return;
        }
        var orders = await reader.CustomerOrdersAsync(customer, options.RecentOrders, ct);
        if (orders.Count == 0)
        {
            OrderFlow.End(turn.State);
            turn.Reply.Say("order_none", ("example", numbers.Example));
            return;
        }
        (flow.Step, flow.Candidates) = (OrderStep.ChooseOrder, orders.Select(o => o.Number).ToList());
        tracking.History(turn, orders);
    }

    // Orders that can still change their delivery address are named; without any, the account's address is meant.
    private async Task WhichAddressAsync(Turn turn, OrderFlow flow, int customer, CancellationToken ct)
    {
        var open = (await reader.CustomerOrdersAsync(customer, options.RecentOrders, ct)).Where(o => o.CanChange(settings)).ToList();
        if (open.Count == 0)
        {
            await account.BeginAsync(turn, flow, ct);
            return;
        }
        (flow.Step, flow.Candidates) = (OrderStep.WhichAddress, open.Select(o => o.Number).ToList());
        turn.Reply.Say("change_address_which", ("orders", ConstraintsDescriber.Join(open.Select(o => o.Number).ToList(), "or")))
            .QuickReplies(["the address on my account", .. open.Select(o => $"the delivery address of {o.Number}")]);
    }

    private async Task<bool> TakeWhichAddressAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        var kind = turn.Answer.ChangeKind;
        if (kind == Account)
        {
            await account.BeginAsync(turn, flow, ct);
            return true;
        }
        flow.Change = ChangeSteps.Address;
        // An order named by number, position or status ("the one that hasn't shipped") among those offered.
        if (await finder.ChosenAsync(turn, flow, ct) is { } number) return await OpenAsync(turn, flow, number, ct);
        if (kind != ChangeSteps.Address && !turn.Answer.MeansDelivery) return false;
        // "The delivery address": of which order, when there are several.
        if (await finder.FindAsync(turn, flow, null, ct) is { } file) await BeginAsync(turn, flow, file, ct);
        return true;
    }

    private async Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        switch (flow.Task)
        {
            case OrderTask.Track or OrderTask.History:
                OrderFlow.End(turn.State);
                tracking.Track(turn, file);
                break;
            case OrderTask.ReturnStatus:
                OrderFlow.End(turn.State);
                await tracking.ReturnsOfAsync(turn, file, ct);
                break;
            default:
                if (!route.Route(turn, flow, file)) break;
                await steps.For(flow.Task).BeginAsync(turn, flow, file, ct);
                break;
        }
    }

    private async Task<bool> OpenAsync(Turn turn, OrderFlow flow, string number, CancellationToken ct)
    {
        if (await finder.OpenAsync(turn, flow, number, ct) is { } file) await BeginAsync(turn, flow, file, ct);
        return true;
    }

    private async Task<bool> TakeNumberAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        if (turn.Understanding.Entities.OrderNumber is { } number) return await OpenAsync(turn, flow, number, ct);
        if (turn.Answer.Identity().IsEmpty) return false;
        turn.Reply.Say("order_need_number_too", ("example", numbers.Example));
        return true;
    }

    private async Task<bool> TakeIdentityAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        if (turn.Understanding.Entities.OrderNumber is { } number && !OrderNumber.Same(number, flow.Order)) return await OpenAsync(turn, flow, number, ct);
        var details = turn.Answer.Identity();
        if (details.IsEmpty) return false;
        if (await finder.VerifyAsync(turn, flow, details, ct) is { } file) await BeginAsync(turn, flow, file, ct);
        return true;
    }

    // "The one that hasn't shipped" after the flow already took the only order it could: that order, and the question again.
    private async Task<bool> PointedAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        if (await reader.ReadAsync(flow.Order!, ct) is not { } file) return false;
        var fit = OrderPointer.Fit(turn.Understanding.Entities, file.Order);
        if (fit == PointerFit.None) return false;
        turn.Reply.Say(fit == PointerFit.ThisOrder ? "order_pointer_this" : "order_pointer_other", ("number", file.Order.Number),
            ("status", OrderWording.Status(file.Order.Status)));
        await AskCurrentAsync(turn, flow, file, ct);
        return true;
    }

    /// <summary>"Now, back to your return for order TL-100023." and the question the flow is waiting on.</summary>
    public async Task RemindAsync(Turn turn, CancellationToken ct)
    {
        if (OrderFlow.Of(turn.State) is not { } flow) return;
        if (flow.Task == OrderTask.AccountAddress)
        {
            await account.AskAsync(turn, flow, ct);
            return;
        }
        var task = turn.Reply.Render($"order_task_{OrderFinder.Key(flow.Task)}");
        var file = flow.Step is OrderStep.OrderNumber or OrderStep.Identity or OrderStep.ChooseOrder || flow.Order is null ? null : await reader.ReadAsync(flow.Order, ct);
        if (file is null)
        {
            turn.Reply.Say(flow.Order is null || flow.Step != OrderStep.Identity ? "order_resume_no_order" : "order_resume", ("task", task), ("number", flow.Order));
            finder.AskAgain(turn, flow);
            return;
        }
        turn.Reply.Say("order_resume", ("task", task), ("number", file.Order.Number));
        await AskCurrentAsync(turn, flow, file, ct);
    }

    private async Task AskCurrentAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        if (flow.Step == OrderStep.Confirm) turn.Reply.Say("order_confirm_yes_no").QuickReplies(["yes", "no"]);
        else if (flow.Step == OrderStep.Code) await confirmation.AskForCodeAsync(turn, flow, ct);
        else await steps.For(flow.Task).AskAsync(turn, flow, file, ct);
    }

    private static void Resume(DialogueState state, FlowFrame frame) => state.Resume(frame);
}
