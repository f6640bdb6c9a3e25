using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Finds the order a flow is about, and makes sure the conversation may see it: the signed-in customer picks from
/// their own orders (only those the task applies to), anyone else gives the number and the e-mail or postcode on the
/// order. Until then nothing reveals whether an order exists.
/// </summary>
public sealed class OrderFinder(OrderAccess access, OrderReader reader, OrderWording wording, OrderCareOptions options, StoreSettings settings, TimeProvider time,
    OrderNumberOptions numbers)
{
    /// <summary>The order this flow should handle, once known and open to the conversation; otherwise asks for what is missing.</summary>
    public async Task<OrderFile?> FindAsync(Turn turn, OrderFlow flow, string? number, CancellationToken ct)
    {
        number ??= await DefaultOrderAsync(turn, flow.Task, ct);
        if (number is not null) return await OpenAsync(turn, flow, number, ct);
        if (turn.CustomerId is { } customer) return await ChooseAsync(turn, flow, customer, ct);
        AskNumber(turn, flow);
        return null;
    }

    /// <summary>Opens the order when the conversation may see it; otherwise asks for (or checks) the e-mail or postcode on it.</summary>
    public async Task<OrderFile?> OpenAsync(Turn turn, OrderFlow flow, string number, CancellationToken ct)
    {
        // Details typed for this order right after being asked for them are an answer, and a wrong one counts.
        var answering = flow.Step == OrderStep.Identity && OrderNumber.Same(flow.Order, number);
        flow.Order = number;
        flow.Candidates = [];
        if (await access.IsOpenAsync(turn, number, ct)) return await ReadAsync(turn, flow, number, ct);
        var details = turn.Answer.Identity();
        // Unasked, only an e-mail address or a real postcode is read as details: "card ending 2478" is not a postcode.
        if (details.IsEmpty || (details.IsGuess && !answering))
        {
            if (await LockedOutAsync(turn, number, ct)) return null;
            flow.Step = OrderStep.Identity;
            turn.Reply.Say("order_ask_identity", ("number", number));
            return null;
        }
        return await VerifyAsync(turn, flow, details, ct, counted: answering);
    }

    /// <summary>
    /// Checks details against the order: the shopper's answer to the identity question (a wrong one counts towards the
    /// lock-out), or details they offered with the number unasked (<paramref name="counted"/> false).
    /// </summary>
    public async Task<OrderFile?> VerifyAsync(Turn turn, OrderFlow flow, IdentityDetails details, CancellationToken ct, bool counted = true)
    {
        var number = flow.Order!;
        switch (await access.VerifyAsync(turn, number, details, ct, counted))
        {
            case AccessOutcome.Granted:
                turn.Reply.Say("order_verified", ("number", number));
                return await ReadAsync(turn, flow, number, ct);
            case AccessOutcome.LockedOut:
                await LockedOutAsync(turn, number, ct);
                return null;
            default:
                flow.Step = OrderStep.Identity;
                if (!await LockedOutAsync(turn, number, ct)) turn.Reply.Say("order_not_verified");
                return null;
        }
    }

    /// <summary>Picks one of the offered orders by number, position ("the second one"), recency or status ("the delivered one").</summary>
    public async Task<string?> ChosenAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        var entities = turn.Understanding.Entities;
        var candidates = flow.Candidates;
        if (entities.OrderNumber is { } number) return number;
        if (entities.Ordinal is { } position)
            return (position < 0 ? candidates.Count + position : position - 1) is var index && index >= 0 && index < candidates.Count ? candidates[index] : null;
        if (entities.OrderPick is not { } pick || candidates.Count == 0) return null;
        // Offered lists show the newest first; of several orders in the status asked for, the newest is meant.
        if (pick.Newest) return candidates[0];
        foreach (var candidate in candidates)
            if (await reader.ReadAsync(candidate, ct) is { } file && pick.Statuses.Contains(file.Order.Status)) return candidate;
        return null;
    }

    public void AskNumber(Turn turn, OrderFlow flow)
    {
        flow.Step = OrderStep.OrderNumber;
        turn.Reply.Say("order_ask_number", ("example", numbers.Example));
    }

    /// <summary>Re-asks the question of the identification step the flow is at.</summary>
    public void AskAgain(Turn turn, OrderFlow flow)
    {
        if (flow.Step == OrderStep.Identity && flow.Order is { } number) turn.Reply.Say("order_ask_identity", ("number", number));
        else if (flow.Step == OrderStep.ChooseOrder) turn.Reply.Say("order_choose_again").QuickReplies(flow.Candidates);
        else AskNumber(turn, flow);
    }

    private async Task<OrderFile?> ChooseAsync(Turn turn, OrderFlow flow, int customer, CancellationToken ct)
    {
        var orders = await reader.CustomerOrdersAsync(customer, 50, ct);
        var finalSale = await reader.FinalSaleAsync(orders.SelectMany(o => o.Lines).Select(l => l.ProductHandle), ct);
        var eligible = orders.Where(o => AppliesTo(o, flow.Task, finalSale)).Take(options.RecentOrders).ToList();
        if (orders.Count == 0)
        {
            OrderFlow.End(turn.State);
            turn.Reply.Say("order_none", ("example", numbers.Example));
            return null;
        }
        if (eligible.Count == 0)
        {
            OrderFlow.End(turn.State);
            NoneEligible(turn, flow.Task);
            return null;
        }
        if (eligible.Count == 1) return await ReadAsync(turn, flow, eligible[0].Number, ct);

        flow.Step = OrderStep.ChooseOrder;
        flow.Candidates = eligible.Select(o => o.Number).ToList();
        turn.Reply.Say($"order_choose_{Key(flow.Task)}", ("list", wording.OrderList(turn.Reply, eligible))).QuickReplies(flow.Candidates);
        return null;
    }

    // Tracking offers the latest orders; an action offers only the orders it can still be done to.
    private bool AppliesTo(Order order, OrderTask task, IReadOnlySet<string> finalSale)
    {
        var now = time.GetUtcNow();
        bool AnyReturnable() => order.Lines.Any(l => l.IsReturnable(settings, finalSale.Contains(l.ProductHandle)));
        return task switch
        {
            OrderTask.Cancel => order.CanCancel(settings),
            OrderTask.Change => order.CanChange(settings),
            OrderTask.Return => order.IsWithinReturnWindow(settings, now) && AnyReturnable(),
            OrderTask.Exchange => order.IsWithinExchangeWindow(settings, now) && AnyReturnable(),
            _ => true,
        };
    }

    private void NoneEligible(Turn turn, OrderTask task)
    {
        var excluded = ConstraintsDescriber.Join(settings.Returns.ExcludedCategories);
        switch (task)
        {
            case OrderTask.Cancel:
                turn.Reply.Say("order_none_cancel", ("statuses", OrderWording.Statuses(settings.CancellableStatuses)), ("days", settings.Returns.WindowDays));
                break;
            case OrderTask.Change:
                turn.Reply.Say("order_none_change", ("statuses", OrderWording.Statuses(settings.ChangeableStatuses)));
                break;
            case OrderTask.Exchange:
                turn.Reply.Say("order_none_exchange", ("days", settings.Returns.ExchangeWindowDays), ("excluded", excluded));
                break;
            default:
                turn.Reply.Say("order_none_return", ("days", settings.Returns.WindowDays), ("excluded", excluded));
                break;
        }
        PersonOffer.After(turn, task, null, "none of the customer's orders allows it", ["where is my order?", "returns policy"]);
    }

    // A guest means the order they proved last. A signed-in customer means the order just looked at when they say "it"
    // or when that order allows the task; otherwise they choose from the orders it applies to.
    private async Task<string?> DefaultOrderAsync(Turn turn, OrderTask task, CancellationToken ct)
    {
        var state = turn.State;
        if (turn.CustomerId is null) return state.OrderInFocus ?? state.VerifiedOrders.LastOrDefault();
        if (state.OrderInFocus is not { } focus) return null;
        // "When will it arrive?" right after an order card: "it" is that order, whatever the task.
        if (turn.Understanding.Entities.RefersToFocus) return focus;
        if (task is OrderTask.Track or OrderTask.History) return null;
        return await reader.ReadAsync(focus, ct) is { } file
            && AppliesTo(file.Order, task, file.Lines.Where(file.IsFinalSale).Select(l => l.ProductHandle).ToHashSet()) ? focus : null;
    }

    // From here on the flow holds the number as the store wrote it, whatever the shopper typed.
    private async Task<OrderFile?> ReadAsync(Turn turn, OrderFlow flow, string number, CancellationToken ct)
    {
        var file = await reader.ReadAsync(number, ct);
        flow.Order = file?.Order.Number ?? number;
        if (file is not null) turn.State.OrderInFocus = file.Order.Number;
        return file;
    }

    private async Task<bool> LockedOutAsync(Turn turn, string number, CancellationToken ct)
    {
        if (await access.LockedForAsync(turn.ConversationId, number, ct) is not { } wait) return false;
        OrderFlow.End(turn.State);
        turn.Reply.Say("order_locked_out", ("minutes", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))))
            .QuickReplies(["talk to a person"]);
        return true;
    }

    public static string Key(OrderTask task) => task.ToString().ToLowerInvariant();
}
