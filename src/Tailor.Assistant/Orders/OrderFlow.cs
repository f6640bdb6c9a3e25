using System.Globalization;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Returns;

namespace Tailor.Assistant.Orders;

/// <summary>What the shopper wants done with an order.</summary>
public enum OrderTask { Track, History, Cancel, Change, Return, Exchange, ReturnStatus, AccountAddress }

/// <summary>Which task an order command asks for, and how a task reads in the turn log and as a quick reply.</summary>
public static class OrderTasks
{
    public static OrderTask TaskOf(OrderCommand command) => command switch
    {
        OrderHistory => OrderTask.History,
        CancelOrder => OrderTask.Cancel,
        ChangeOrder => OrderTask.Change,
        StartReturn => OrderTask.Return,
        StartExchange => OrderTask.Exchange,
        TrackReturn => OrderTask.ReturnStatus,
        _ => OrderTask.Track,
    };

    public static string CommandName(OrderTask task) => task switch
    {
        OrderTask.History => nameof(OrderHistory),
        OrderTask.Cancel => nameof(CancelOrder),
        OrderTask.Change => nameof(ChangeOrder),
        OrderTask.Return => nameof(StartReturn),
        OrderTask.Exchange => nameof(StartExchange),
        OrderTask.ReturnStatus => nameof(TrackReturn),
        // The account's address is changed from a change request ("change my address"), so it logs as one.
        OrderTask.AccountAddress => nameof(ChangeOrder),
        _ => nameof(TrackOrder),
    };

    /// <summary>A quick reply that starts the task; it reads as the task's intent.</summary>
    public static string StartPhrase(OrderTask task) => task switch
    {
        OrderTask.Cancel => "cancel my order",
        OrderTask.Change => "change my order",
        OrderTask.Exchange => "exchange an item",
        OrderTask.ReturnStatus => "where is my return?",
        _ => "return an item",
    };
}

/// <summary>What an order flow is waiting for from the shopper.</summary>
public enum OrderStep { OrderNumber, Identity, ChooseOrder, ChangeWhat, Address, Line, Variant, Lines, Reason, Refund, CancelReason, Confirm, Code, Payment, WhichAddress }

/// <summary>
/// The order flow in progress, kept as the dialogue state's flow frame (name "order" and string slots) so that it
/// survives between turns, digressions and restarts. Only masked or non-personal values go in here: a new address
/// waits in its <see cref="Domain.Orders.OrderAction"/> row, never in the state.
/// </summary>
public sealed class OrderFlow(FlowFrame frame)
{
    public const string Name = "order";

    public FlowFrame Frame => frame;

    public static OrderFlow? Of(DialogueState state) => state.Flow is { Name: Name } frame ? new OrderFlow(frame) : null;

    public static OrderFlow Start(DialogueState state, OrderTask task)
    {
        var flow = new OrderFlow(new FlowFrame { Name = Name }) { Task = task, Step = OrderStep.OrderNumber };
        state.Flow = flow.Frame;
        return flow;
    }

    public static void End(DialogueState state)
    {
        if (state.Flow is { Name: Name }) state.Flow = null;
    }

    public OrderTask Task
    {
        get => Enum.Parse<OrderTask>(frame.Slots["task"]);
        set => frame.Slots["task"] = value.ToString();
    }

    public OrderStep Step
    {
        get => Enum.Parse<OrderStep>(frame.Slots["step"]);
        set => frame.Slots["step"] = value.ToString();
    }

    /// <summary>The order being handled; before verification, the number the shopper gave.</summary>
    public string? Order { get => Get("order"); set => Set("order", value); }

    /// <summary>Orders offered to choose from, in the order listed ("the second one").</summary>
    public IReadOnlyList<string> Candidates
    {
        get => Get("candidates")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        set => Set("candidates", value.Count == 0 ? null : string.Join(',', value));
    }

    /// <summary>Order lines offered to choose from, in the order listed.</summary>
    public IReadOnlyList<int> Offered
    {
        get => Get("offered")?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList() ?? [];
        set => Set("offered", value.Count == 0 ? null : string.Join(',', value));
    }

    /// <summary>"address", "item" or "payment" for a change before shipping.</summary>
    public string? Change { get => Get("change"); set => Set("change", value); }

    /// <summary>The order line being changed or exchanged.</summary>
    public int? Line
    {
        get => Get("line") is { } line ? int.Parse(line, CultureInfo.InvariantCulture) : null;
        set => Set("line", value?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The variant chosen instead (new size or colour).</summary>
    public string? Sku { get => Get("sku"); set => Set("sku", value); }

    /// <summary>Lines and units to send back.</summary>
    public IReadOnlyList<(int LineId, int Quantity)> Units
    {
        get => Get("units")?.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(u => u.Split(':')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList() ?? [];
        set => Set("units", value.Count == 0 ? null : string.Join(';', value.Select(u => $"{u.LineId}:{u.Quantity}")));
    }

    /// <summary>A return or cancellation reason code from the store's settings.</summary>
    public string? Reason { get => Get("reason"); set => Set("reason", value); }

    public RefundMethod? Refund
    {
        get => Get("refund") is { } refund ? Enum.Parse<RefundMethod>(refund) : null;
        set => Set("refund", value?.ToString());
    }

    /// <summary>Reference of the summarised action waiting for a yes.</summary>
    public string? Proposal { get => Get("proposal"); set => Set("proposal", value); }

    private string? Get(string slot) => frame.Slots.GetValueOrDefault(slot);

    private void Set(string slot, string? value)
    {
        if (value is null) frame.Slots.Remove(slot);
        else frame.Slots[slot] = value;
    }
}
