using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Moving an order not shipped yet onto another payment method the customer saved: a card that has not expired,
/// PayPal, or a gift card holding at least the order's total. Listed, chosen ("the PayPal one", "ending 4417", "the
/// second"), summarised and carried out only on a yes; a guest order without an account has none to move onto.
/// </summary>
public sealed class PaymentSteps(OrderReader reader, OrderActions actions, TimeProvider time)
{
    public async Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var order = file.Order;
        var saved = await SavedAsync(order, ct);
        var usable = Usable(saved, order);
        if (usable.Count == 0)
        {
            OrderFlow.End(turn.State);
            turn.Reply.Say(saved.Count == 0 ? "payment_none_saved" : "payment_none_usable", ("number", order.Number),
                ("payment", OrderWording.Payment(turn.Reply, order.Payment)));
            PersonOffer.After(turn, OrderTask.Change, order.Number, saved.Count == 0 ? "no other saved payment method" : "no saved method can pay the total");
            return;
        }
        flow.Step = OrderStep.Payment;
        // "Pay for #1003 with my Visa instead" names the method with the request.
        if (turn.Answer.PaymentMethod(saved) is { } named)
        {
            await TakeAsync(turn, flow, file, saved[named], ct);
            return;
        }
        Ask(turn, file, usable);
    }

    /// <summary>Reads which saved method the shopper means; false when the message names none.</summary>
    public async Task<bool> ContinueAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var saved = await SavedAsync(file.Order, ct);
        var usable = Usable(saved, file.Order);
        SavedPaymentMethod? chosen = turn.Answer.PaymentMethod(saved) is { } named ? saved[named]
            : turn.Understanding.Entities.Ordinal is { } position && (position < 0 ? usable.Count + position : position - 1) is var index
              && index >= 0 && index < usable.Count ? usable[index]
            : null;
        if (chosen is null) return false;
        await TakeAsync(turn, flow, file, chosen, ct);
        return true;
    }

    public async Task AskAsync(Turn turn, OrderFile file, CancellationToken ct) =>
        Ask(turn, file, Usable(await SavedAsync(file.Order, ct), file.Order));

    public void Done(Turn turn, OrderFile before, OrderFile after, OrderAction action, ActionDetails details)
    {
        var reply = turn.Reply;
        reply.Say("change_payment_done", ("number", after.Order.Number), ("new_payment", Named(turn, details)),
            ("payment", OrderWording.Payment(reply, before.Order.Payment)), ("reference", action.Result));
        reply.Add(OrderCards.For(after));
        reply.QuickReplies([$"track {after.Order.Number}", "talk to a person"]);
    }

    private async Task TakeAsync(Turn turn, OrderFlow flow, OrderFile file, SavedPaymentMethod method, CancellationToken ct)
    {
        var order = file.Order;
        var reply = turn.Reply;
        if (PaymentWording.Pays(method, order.Payment))
        {
            reply.Say("payment_already", ("number", order.Number), ("payment", PaymentWording.Saved(reply, method)));
            return;
        }
        if (!method.CanPay(order.Total, time.GetUtcNow()))
        {
            // Said plainly, so the shopper can pick another: an expired card, or a gift card short of the total.
            reply.Say(method.IsExpired(time.GetUtcNow()) ? "payment_expired" : "payment_short", ("payment", PaymentWording.Saved(reply, method)),
                ("total", reply.Money(order.Total)));
            return;
        }
        var details = new ActionDetails { NewPayment = method, Amount = order.Total };
        var action = await actions.ProposeAsync(turn, order, OrderActionKind.ChangePayment, details, ct);
        (flow.Proposal, flow.Step) = (action.Reference, OrderStep.Confirm);
        reply.Say("change_payment_summary", ("number", order.Number), ("total", reply.Money(order.Total)),
            ("new_payment", PaymentWording.Saved(reply, method)), ("payment", OrderWording.Payment(reply, order.Payment))).QuickReplies(["yes", "no"]);
    }

    private static void Ask(Turn turn, OrderFile file, IReadOnlyList<SavedPaymentMethod> usable) =>
        turn.Reply.Say("change_payment_which", ("number", file.Order.Number), ("payment", OrderWording.Payment(turn.Reply, file.Order.Payment)),
            ("list", PaymentWording.List(turn.Reply, usable))).QuickReplies(usable.Select(PaymentWording.Choice));

    private static string Named(Turn turn, ActionDetails details) =>
        details.NewPayment is { } method ? PaymentWording.Saved(turn.Reply, method) : "";

    private async Task<IReadOnlyList<SavedPaymentMethod>> SavedAsync(Order order, CancellationToken ct) =>
        order.CustomerId is { } id && await reader.CustomerAsync(id, ct) is { } customer ? customer.PaymentMethods : [];

    // What the order could move onto: not the method it is paid with, and able to pay its total now.
    private List<SavedPaymentMethod> Usable(IReadOnlyList<SavedPaymentMethod> saved, Order order) =>
        saved.Where(m => !PaymentWording.Pays(m, order.Payment) && m.CanPay(order.Total, time.GetUtcNow())).ToList();
}
