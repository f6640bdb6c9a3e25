using Tailor.Assistant.Understanding;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>What a pointing answer ("the first one", "the one that hasn't shipped") says about the order a flow holds.</summary>
public enum PointerFit { None, ThisOrder, OtherOrder }

/// <summary>
/// Reads a pointing answer given after the flow already picked its order (the only one the task applied to, so no
/// list was shown, or a question later on): a position or status words that fit the order in hand mean that order;
/// status words that do not fit it mean another one.
/// </summary>
public static class OrderPointer
{
    public static PointerFit Fit(RecognizedEntities entities, Order order)
    {
        if (entities.OrderNumber is not null) return PointerFit.None;
        if (entities.OrderPick is { } pick)
            return pick.Newest || pick.Statuses.Contains(order.Status) ? PointerFit.ThisOrder : PointerFit.OtherOrder;
        // Only one order (and, past the item question, one item) is in play: the first, or the last, is it.
        return entities.Ordinal is 1 or -1 ? PointerFit.ThisOrder : PointerFit.None;
    }
}
