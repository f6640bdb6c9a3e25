using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// A return: which items (one, several, or some units of a line), why (the store's reason codes), how to be refunded
/// (the methods the store offers), then a summary with the refund worked out by <see cref="OrderRules.RefundFor"/>.
/// </summary>
public sealed class ReturnSteps(
    ReturnEligibility eligibility, LinePicker lines, OrderActions actions, ReturnLabels labels, StoreSettings settings) : IOrderSteps
{
    public async Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        if (eligibility.Check(turn, file, exchange: false) is not { } returnable)
        {
            OrderFlow.End(turn.State);
            return;
        }
        flow.Offered = returnable.Select(l => l.Id).ToList();
        // A reason or refund method said with the request ("return the jeans, they're too small") is not asked again.
        var said = Said(turn, flow, file);
        TakeChoices(flow, said);
        // One item, or items the first message already named ("return the jeans"): straight on to the reason.
        var choice = returnable.Count == 1 ? new LineChoice(returnable, false) : lines.Choose(turn, returnable);
        var named = choice.Lines;
        if (choice.Ambiguous)
        {
            AskAmong(flow, named);
            await AskAsync(turn, flow, file, ct);
            return;
        }
        if (named.Count > 0)
        {
            flow.Units = UnitsOf(named, said);
            await NextAsync(turn, flow, file, ct);
            return;
        }
        flow.Step = OrderStep.Lines;
        await AskAsync(turn, flow, file, ct);
    }

    public async Task<bool> ContinueAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var said = Said(turn, flow, file);
        switch (flow.Step)
        {
            case OrderStep.Lines:
                var choice = lines.Choose(turn, Offered(flow, file));
                var picked = choice.Lines;
                var chose = TakeChoices(flow, said);
                if (choice.Ambiguous)
                {
                    AskAmong(flow, picked);
                    await AskAsync(turn, flow, file, ct);
                    return true;
                }
                if (picked.Count == 0)
                {
                    // A reason before the items: kept, and the item question asked again.
                    if (chose) await AskAsync(turn, flow, file, ct);
                    return chose;
                }
                flow.Units = UnitsOf(picked, said);
                break;
            case OrderStep.Reason or OrderStep.Refund:
                var corrected = CorrectItems(turn, flow, file, said);
                if (!TakeChoices(flow, said) && !corrected)
                {
                    // "Doesn't fit": a reason, but which way? Asked with the store's fit codes to choose from.
                    if (flow.Step == OrderStep.Reason && said.FitReasons.Count > 0)
                    {
                        turn.Reply.Say("return_reason_fit", ("choices", ConstraintsDescriber.Join(said.FitReasons.Select(OrderWording.Reason).ToList(), "or")))
                            .QuickReplies(said.FitReasons.Select(OrderWording.Reason));
                        return true;
                    }
                    // An item of the order or an answer that is no reason gets the question again with its choices; a
                    // search is never run for it. A clear other request is a digression for the dialogue to route.
                    if (!NamesAnItem(turn, flow, file) && turn.Understanding.Command is not (Clarify or OutOfScope or Correct)) return false;
                    AskAgain(turn, flow, file);
                    return true;
                }
                break;
            default:
                return false;
        }
        await NextAsync(turn, flow, file, ct);
        return true;
    }

    public Task AskAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        var reply = turn.Reply;
        switch (flow.Step)
        {
            case OrderStep.Lines:
                var offered = Offered(flow, file);
                reply.Say("return_which_items", ("number", file.Order.Number), ("list", string.Join("; ", offered.Select((l, i) => $"{i + 1}) {OrderWording.Line(l)}"))))
                    .QuickReplies(offered.Select(l => OrderWording.Line(l, 1)).Append("all of them"));
                break;
            case OrderStep.Reason:
                reply.Say("return_ask_reason", ("items", Items(file, flow.Units)))
                    .QuickReplies(settings.Returns.ReasonCodes.Select(OrderWording.Reason));
                break;
            case OrderStep.Refund:
                var options = settings.Returns.RefundMethods.Select(m => OrderWording.RefundTo(reply, m, file.Order.Payment)).ToList();
                reply.Say("return_ask_refund", ("options", ConstraintsDescriber.Join(options, "or"))).QuickReplies(options);
                break;
        }
        return Task.CompletedTask;
    }

    public void Done(Turn turn, OrderFile file, OrderFile after, OrderAction action, ActionDetails details)
    {
        var reply = turn.Reply;
        reply.Say("return_done", ("rma", action.Result), ("label_url", labels.UrlOf(action.Result!)), ("items", Items(file, Units(details))),
            ("amount", details.Amount), ("method", OrderWording.RefundTo(reply, details.Refund ?? RefundMethod.OriginalPayment, file.Order.Payment)),
            ("days", settings.Returns.RefundProcessingDays));
        reply.QuickReplies([$"status of {action.Result}", "talk to a person"]);
    }

    // Items, then reason, then refund method (asked only when the store offers more than one), then the summary.
    private async Task NextAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        flow.Step = flow.Reason is null ? OrderStep.Reason
            : flow.Refund is null && settings.Returns.RefundMethods.Count > 1 ? OrderStep.Refund
            : OrderStep.Confirm;
        if (flow.Step != OrderStep.Confirm)
        {
            await AskAsync(turn, flow, file, ct);
            return;
        }

        var order = file.Order;
        var reason = flow.Reason!;
        var refund = flow.Refund ?? settings.Returns.RefundMethods.FirstOrDefault();
        var units = flow.Units.Select(u => (file.Line(u.LineId)!, u.Quantity)).ToList();
        var details = new ActionDetails
        {
            Reason = reason, Refund = refund, Amount = order.RefundFor(settings, units, reason), Fee = order.ReturnFee(settings, reason),
            Lines = flow.Units.Select(u => new ActionLine(u.LineId, u.Quantity)).ToList(),
        };
        var action = await actions.ProposeAsync(turn, order, OrderActionKind.Return, details, ct);
        flow.Proposal = action.Reference;
        var reply = turn.Reply;
        var fee = details.Fee == 0 ? reply.Render("return_fee_free") : reply.Render("return_fee_charged", ("fee", details.Fee));
        reply.Say("return_summary", ("number", order.Number), ("items", Items(file, flow.Units)), ("reason", OrderWording.Reason(reason)),
            ("amount", details.Amount), ("method", OrderWording.RefundTo(reply, refund, order.Payment)),
            ("days", settings.Returns.RefundProcessingDays), ("fee_text", fee)).QuickReplies(["yes", "no"]);
    }

    // The same product on several lines, named once: the item question again, among just those lines.
    private static void AskAmong(OrderFlow flow, IReadOnlyList<OrderLine> among)
    {
        flow.Offered = among.Select(l => l.Id).ToList();
        flow.Step = OrderStep.Lines;
    }

    private static string Items(OrderFile file, IEnumerable<(int LineId, int Quantity)> units) =>
        ConstraintsDescriber.Join(units.Select(u => file.Line(u.LineId) is { } line ? OrderWording.Line(line, u.Quantity) : "").Where(t => t.Length > 0).ToList());

    private static IEnumerable<(int, int)> Units(ActionDetails details) => details.Lines.Select(l => (l.OrderLineId, l.Quantity));

    private static List<OrderLine> Offered(OrderFlow flow, OrderFile file) => flow.Offered.Select(file.Line).OfType<OrderLine>().ToList();

    private SlotValues Said(Turn turn, OrderFlow flow, OrderFile file) => turn.Answer.Read(OrderSlots.Expecting(flow, file, settings));

    // A reason or refund method in the message fills its slot whichever of the two was asked; true when one did.
    private static bool TakeChoices(OrderFlow flow, SlotValues said)
    {
        if (said.ReturnReason is { } reason) flow.Reason = reason;
        if (said.Refund is { } method) flow.Refund = method;
        return said.ReturnReason is not null || said.Refund is not null;
    }

    // "Just one of them" or "2 of them" counts units of a single line; otherwise every unit still returnable.
    private static List<(int, int)> UnitsOf(IReadOnlyList<OrderLine> picked, SlotValues said) =>
        picked.Select(l => (l.Id, picked.Count == 1 && said.Units is { } units && units > 0 ? Math.Min(units, l.ReturnableQuantity()) : l.ReturnableQuantity())).ToList();

    // "No, the other item", "actually the jeans", "actually 2 of them" after the items were chosen: true when they changed.
    private bool CorrectItems(Turn turn, OrderFlow flow, OrderFile file, SlotValues said)
    {
        var offered = Offered(flow, file);
        var chosen = flow.Units.Select(u => u.LineId).ToHashSet();
        var others = offered.Where(l => !chosen.Contains(l.Id)).ToList();
        var named = lines.Pick(turn, offered);
        var picked = named.Count > 0 && !named.All(l => chosen.Contains(l.Id)) ? named
            : said.OtherLine && others.Count == 1 ? others
            : said.Units is not null && chosen.Count == 1 ? offered.Where(l => chosen.Contains(l.Id)).ToList()
            : [];
        if (picked.Count == 0) return false;
        var units = UnitsOf(picked, said);
        if (units.SequenceEqual(flow.Units)) return false;
        flow.Units = units;
        return true;
    }

    private bool NamesAnItem(Turn turn, OrderFlow flow, OrderFile file) => lines.Pick(turn, Offered(flow, file)).Count > 0;

    private void AskAgain(Turn turn, OrderFlow flow, OrderFile file)
    {
        var reply = turn.Reply;
        if (flow.Step == OrderStep.Reason)
            reply.Say("return_reason_again", ("items", Items(file, flow.Units))).QuickReplies(settings.Returns.ReasonCodes.Select(OrderWording.Reason));
        else
        {
            var options = settings.Returns.RefundMethods.Select(m => OrderWording.RefundTo(reply, m, file.Order.Payment)).ToList();
            reply.Say("return_refund_again", ("options", ConstraintsDescriber.Join(options, "or"))).QuickReplies(options);
        }
    }
}
