using System.Text.RegularExpressions;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// A return: which items (one, several, or some units of a line), why (the store's reason codes), how to be refunded
/// (the methods the store offers), then a summary with the refund worked out by <see cref="OrderRules.RefundFor"/>.
/// </summary>
public sealed partial class ReturnSteps(
    ReturnEligibility eligibility, LinePicker lines, OrderWords words, OrderActions actions, ReturnLabels labels, StoreSettings settings) : IOrderSteps
{
    public async Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        if (eligibility.Check(turn, file, exchange: false) is not { } returnable)
        {
            OrderFlow.End(turn.State);
            return;
        }
        flow.Offered = returnable.Select(l => l.Id).ToList();
        // One item, or items the first message already named ("return the jeans"): straight on to the reason.
        var named = returnable.Count == 1 ? returnable : lines.Pick(turn, returnable);
        if (named.Count > 0)
        {
            flow.Units = named.Select(l => (l.Id, l.ReturnableQuantity())).ToList();
            await NextAsync(turn, flow, file, ct);
            return;
        }
        flow.Step = OrderStep.Lines;
        await AskAsync(turn, flow, file, ct);
    }

    public async Task<bool> ContinueAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        switch (flow.Step)
        {
            case OrderStep.Lines:
                var picked = lines.Pick(turn, Offered(flow, file));
                if (picked.Count == 0) return false;
                var justOne = picked.Count == 1 && OneOf().IsMatch(turn.Text);
                flow.Units = picked.Select(l => (l.Id, justOne ? 1 : l.ReturnableQuantity())).ToList();
                break;
            case OrderStep.Reason:
                if (words.ReturnReason(turn.Text, settings.Returns.ReasonCodes) is not { } reason) return false;
                flow.Reason = reason;
                break;
            case OrderStep.Refund:
                if (words.RefundMethod(turn.Text, settings.Returns.RefundMethods) is not { } method) return false;
                flow.Refund = method;
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

    private static string Items(OrderFile file, IEnumerable<(int LineId, int Quantity)> units) =>
        ConstraintsDescriber.Join(units.Select(u => file.Line(u.LineId) is { } line ? OrderWording.Line(line, u.Quantity) : "").Where(t => t.Length > 0).ToList());

    private static IEnumerable<(int, int)> Units(ActionDetails details) => details.Lines.Select(l => (l.OrderLineId, l.Quantity));

    private static List<OrderLine> Offered(OrderFlow flow, OrderFile file) => flow.Offered.Select(file.Line).OfType<OrderLine>().ToList();

    // "just one of the t-shirts", "1 of them": one unit of a line bought several times.
    [GeneratedRegex(@"\b(?:just|only)?\s*(?:one|1)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneOf();
}
