using Tailor.Assistant.Dialogue;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Whether "another size or colour" of an item is a change of the order line or an exchange, decided by the order's
/// status and never by the shopper's wording: before shipping the line is changed; once delivered it is an exchange
/// within the window; while the parcel is on its way neither can be done, and the shopper is told what can.
/// </summary>
public sealed class SwapRoute(LinePicker lines, StoreSettings settings)
{
    /// <summary>Sets the flow's task to the one the order's status allows; false (having said why) when neither applies now.</summary>
    public bool Route(Turn turn, OrderFlow flow, OrderFile file)
    {
        var order = file.Order;
        // "Change the jeans on my order to a 32" names an item without saying "size".
        var wantsItem = flow.Task == OrderTask.Exchange || (flow.Task == OrderTask.Change
            && (flow.Change == ChangeSteps.Item || (flow.Change is null && lines.Pick(turn, file.Lines).Count > 0)));
        if (!wantsItem) return true;
        if (order.CanChange(settings))
        {
            (flow.Task, flow.Change) = (OrderTask.Change, ChangeSteps.Item);
            return true;
        }
        if (order.DeliveredAt is not null && order.Status is OrderStatus.Delivered or OrderStatus.PartiallyReturned)
        {
            flow.Task = OrderTask.Exchange;
            return true;
        }
        if (order.Status != OrderStatus.Shipped) return true;
        OrderFlow.End(turn.State);
        turn.Reply.Say("swap_in_transit", ("number", order.Number), ("days", settings.Returns.ExchangeWindowDays));
        PersonOffer.After(turn, flow.Task, order.Number, "item swap while in transit", [$"track {order.Number}"]);
        return false;
    }
}
