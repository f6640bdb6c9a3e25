using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// A change before shipping, in the statuses the store settings allow: a new delivery address in the same country,
/// another size or colour of an item (same product, in stock, price difference stated), or another saved payment method.
/// </summary>
public sealed class ChangeSteps(
    LinePicker lines, SwapSteps swap, PaymentSteps payment, OrderActions actions, StoreSettings settings) : IOrderSteps
{
    public const string Address = "address";
    public const string Item = "item";
    public const string Payment = "payment";

    public async Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var order = file.Order;
        if (!order.CanChange(settings))
        {
            OrderFlow.End(turn.State);
            turn.Reply.Say(flow.Change == Payment ? "change_payment_not_possible" : "change_not_possible", ("number", order.Number),
                ("status", OrderWording.Status(order.Status)), ("statuses", OrderWording.Statuses(settings.ChangeableStatuses)));
            PersonOffer.After(turn, OrderTask.Change, order.Number, $"{flow.Change ?? "change"} not possible once {OrderWording.Status(order.Status)}", [$"track {order.Number}"]);
            return;
        }
        // "Change the jeans on my order to a 32" names an item without saying "size".
        if (flow.Change is null && lines.Pick(turn, file.Lines).Count > 0) flow.Change = Item;
        await StartPartAsync(turn, flow, file, ct);
    }

    public async Task<bool> ContinueAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        switch (flow.Step)
        {
            case OrderStep.ChangeWhat:
                // A new address typed straight away answers the next question too.
                if (turn.Answer.ChangeKind is null && turn.Answer.LooksLikeAddress)
                {
                    (flow.Change, flow.Step) = (Address, OrderStep.Address);
                    return await TakeAddressAsync(turn, flow, file, ct);
                }
                if (turn.Answer.ChangeKind is not { } kind)
                {
                    // Something to change that no flow handles ("add gift wrap", "split the delivery"): a person can.
                    if (turn.Understanding.Command is not (OutOfScope or Clarify)) return false;
                    OrderFlow.End(turn.State);
                    turn.Reply.Say("change_no_flow", ("number", file.Order.Number));
                    PersonOffer.After(turn, OrderTask.Change, file.Order.Number, "a change order care cannot make");
                    return true;
                }
                flow.Change = kind;
                await StartPartAsync(turn, flow, file, ct);
                return true;
            case OrderStep.Address:
                return await TakeAddressAsync(turn, flow, file, ct);
            case OrderStep.Line:
                return swap.TakeLine(turn, flow, file, SwapKind.Change);
            case OrderStep.Variant:
                var target = swap.TakeVariant(turn, flow, file, out var answered);
                if (target is not null) await ProposeItemAsync(turn, flow, file, target, ct);
                return answered;
            case OrderStep.Payment:
                return await payment.ContinueAsync(turn, flow, file, ct);
            default:
                return false;
        }
    }

    public Task AskAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var order = file.Order;
        switch (flow.Step)
        {
            case OrderStep.ChangeWhat:
                turn.Reply.Say("change_what", ("number", order.Number))
                    .QuickReplies(["the delivery address", "the size or colour of an item", "the payment method"]);
                break;
            case OrderStep.Payment:
                return payment.AskAsync(turn, file, ct);
            case OrderStep.Address:
                turn.Reply.Say("change_ask_address", ("number", order.Number), ("address", OrderWording.MaskedAddress(order.ShippingAddress)));
                break;
            case OrderStep.Line:
                swap.AskLine(turn, flow, file, SwapKind.Change);
                break;
            default:
                swap.AskVariant(turn, flow, file);
                break;
        }
        return Task.CompletedTask;
    }

    public void Done(Turn turn, OrderFile before, OrderFile after, OrderAction action, ActionDetails details)
    {
        if (action.Kind == OrderActionKind.ChangePayment)
        {
            payment.Done(turn, before, after, action, details);
            return;
        }
        var reply = turn.Reply;
        var number = ("number", (object?)after.Order.Number);
        if (action.Kind == OrderActionKind.ChangeAddress)
            reply.Say("change_address_done", number, ("new_address", OrderWording.MaskedAddress(after.Order.ShippingAddress)), ("reference", action.Result));
        else
        {
            var change = details.Lines.Single();
            reply.Say("change_item_done", number, ("item", OrderWording.Line(before.Line(change.OrderLineId)!)),
                ("new_item", OrderWording.Line(after.Line(change.OrderLineId)!)), ("reference", action.Result),
                ("price_text", SwapSteps.PriceText(reply, details.Amount, after.Order.Payment, SwapKind.Change)));
        }
        reply.Add(OrderCards.For(after));
        reply.QuickReplies([$"track {after.Order.Number}", "talk to a person"]);
    }

    private async Task StartPartAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        flow.Step = flow.Change switch { Address => OrderStep.Address, Item => OrderStep.Line, Payment => OrderStep.Payment, _ => OrderStep.ChangeWhat };
        if (flow.Step == OrderStep.Payment) await payment.BeginAsync(turn, flow, file, ct);
        else if (flow.Step != OrderStep.Line) await AskAsync(turn, flow, file, ct);
        else if (swap.Begin(turn, flow, file, file.Lines, SwapKind.Change) is { } target) await ProposeItemAsync(turn, flow, file, target, ct);
    }

    private async Task<bool> TakeAddressAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var order = file.Order;
        if (turn.Answer.NewAddress(order.ShippingAddress) is not { } address)
        {
            // Something address-like that could not be read gets help; anything else may be a question of its own.
            if (!turn.Answer.LooksLikeAddress) return false;
            turn.Reply.Say("change_address_unclear");
            return true;
        }
        var action = await actions.ProposeAsync(turn, order, OrderActionKind.ChangeAddress, new ActionDetails { NewAddress = address }, ct);
        (flow.Proposal, flow.Step) = (action.Reference, OrderStep.Confirm);
        turn.Reply.Say("change_address_summary", ("number", order.Number), ("new_address", OrderWording.MaskedAddress(address)),
            ("address", OrderWording.MaskedAddress(order.ShippingAddress))).QuickReplies(["yes", "no"]);
        return true;
    }

    private async Task ProposeItemAsync(Turn turn, OrderFlow flow, OrderFile file, Variant target, CancellationToken ct)
    {
        var line = file.Line(flow.Line!.Value)!;
        var difference = OrderChanges.PriceStep(line, file.VariantOf(line), target) * line.Quantity;
        var details = new ActionDetails { Amount = difference, Lines = [new ActionLine(line.Id, line.Quantity, target.Sku)] };
        var action = await actions.ProposeAsync(turn, file.Order, OrderActionKind.ChangeItem, details, ct);
        (flow.Sku, flow.Proposal, flow.Step) = (target.Sku, action.Reference, OrderStep.Confirm);
        var reply = turn.Reply;
        reply.Say("change_item_summary", ("number", file.Order.Number), ("item", OrderWording.Line(line)),
            ("new_item", OrderWording.Item(line.Title, target.Color, target.Size, line.Quantity, target.Options)),
            ("price_text", SwapSteps.PriceText(reply, difference, file.Order.Payment, SwapKind.Change))).QuickReplies(["yes", "no"]);
    }
}
