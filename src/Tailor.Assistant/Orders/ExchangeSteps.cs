using Tailor.Assistant.Dialogue;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// An exchange: another size or colour of the same product, for an item that may be returned, within the exchange
/// window. Stock is checked now and reserved when the shopper confirms; the price difference is stated up front.
/// </summary>
public sealed class ExchangeSteps(ReturnEligibility eligibility, SwapSteps swap, OrderActions actions, ReturnLabels labels, StoreSettings settings) : IOrderSteps
{
    public async Task BeginAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        if (eligibility.Check(turn, file, exchange: true) is not { } exchangeable) OrderFlow.End(turn.State);
        else if (swap.Begin(turn, flow, file, exchangeable, SwapKind.Exchange) is { } target) await ProposeAsync(turn, flow, file, target, ct);
    }

    public async Task<bool> ContinueAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        if (flow.Step == OrderStep.Line) return swap.TakeLine(turn, flow, file, SwapKind.Exchange);
        if (flow.Step != OrderStep.Variant) return false;
        var target = swap.TakeVariant(turn, flow, file, out var answered);
        if (target is not null) await ProposeAsync(turn, flow, file, target, ct);
        return answered;
    }

    public Task AskAsync(Turn turn, OrderFlow flow, OrderFile file, CancellationToken ct)
    {
        if (flow.Step == OrderStep.Line) swap.AskLine(turn, flow, file, SwapKind.Exchange);
        else swap.AskVariant(turn, flow, file);
        return Task.CompletedTask;
    }

    public void Done(Turn turn, OrderFile file, OrderFile after, OrderAction action, ActionDetails details)
    {
        var reply = turn.Reply;
        var change = details.Lines.Single();
        var line = file.Line(change.OrderLineId)!;
        var target = file.ProductOf(line)?.Variants.FirstOrDefault(v => v.Sku == change.ToSku);
        reply.Say("exchange_done", ("rma", action.Result), ("label_url", labels.UrlOf(action.Result!)), ("item", OrderWording.Line(line, change.Quantity)),
            ("new_item", target is null ? change.ToSku : OrderWording.Item(line.Title, target.Color, target.Size, change.Quantity, target.Options)),
            ("price_text", SwapSteps.PriceText(reply, details.Amount, file.Order.Payment, SwapKind.Exchange)));
        reply.QuickReplies([$"status of {action.Result}", "talk to a person"]);
    }

    private async Task ProposeAsync(Turn turn, OrderFlow flow, OrderFile file, Variant target, CancellationToken ct)
    {
        var line = file.Line(flow.Line!.Value)!;
        var units = SwapSteps.Units(line);
        var difference = OrderChanges.PriceStep(line, file.VariantOf(line), target) * units;
        var details = new ActionDetails
        {
            Reason = Reason(line, target, file), Amount = difference,
            Lines = [new ActionLine(line.Id, units, target.Sku)],
        };
        var action = await actions.ProposeAsync(turn, file.Order, OrderActionKind.Exchange, details, ct);
        (flow.Sku, flow.Proposal, flow.Step) = (target.Sku, action.Reference, OrderStep.Confirm);
        var reply = turn.Reply;
        reply.Say("exchange_summary", ("number", file.Order.Number), ("item", OrderWording.Line(line, units)),
            ("new_item", OrderWording.Item(line.Title, target.Color, target.Size, units, target.Options)),
            ("price_text", SwapSteps.PriceText(reply, difference, file.Order.Payment, SwapKind.Exchange))).QuickReplies(["yes", "no"]);
    }

    // A bigger size means it came up small, a smaller one that it came up large; a new colour is a change of mind.
    private string Reason(OrderLine line, Variant target, OrderFile file)
    {
        var sizes = file.ProductOf(line)?.Variants.OrderBy(v => v.Id).Select(v => v.Size).Distinct().ToList() ?? [];
        var step = sizes.IndexOf(target.Size) - sizes.IndexOf(line.Size);
        var code = step > 0 ? "too-small" : step < 0 ? "too-large" : "changed-mind";
        return settings.Returns.ReasonCodes.Contains(code) ? code : settings.Returns.ReasonCodes.FirstOrDefault() ?? code;
    }
}
