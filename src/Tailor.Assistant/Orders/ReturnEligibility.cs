using Tailor.Assistant.Dialogue;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Whether items of an order may go back (return or exchange) under the store's policy, saying why not in the
/// store's own terms: not delivered yet, cancelled, outside the window, final sale, excluded category, already sent back.
/// </summary>
public sealed class ReturnEligibility(OrderWording wording, StoreSettings settings, TimeProvider time)
{
    /// <summary>The lines that may go back, after telling the shopper about those that may not; null (and why) when none may.</summary>
    public IReadOnlyList<OrderLine>? Check(Turn turn, OrderFile file, bool exchange)
    {
        var reply = turn.Reply;
        var order = file.Order;
        var number = ("number", (object?)order.Number);
        if (order.Status == OrderStatus.Cancelled)
        {
            reply.Say("return_order_cancelled", number);
            return null;
        }
        if (order.DeliveredAt is null || order.Status is OrderStatus.Pending or OrderStatus.Processing or OrderStatus.Shipped)
        {
            reply.Say("return_not_delivered", number, ("status", OrderWording.Status(order.Status)), ("days", settings.Returns.WindowDays));
            PersonOffer.After(turn, Task(exchange), order.Number, $"not delivered yet ({OrderWording.Status(order.Status)})", [$"track {order.Number}"]);
            return null;
        }
        var now = time.GetUtcNow();
        var (open, deadline, days) = exchange
            ? (order.IsWithinExchangeWindow(settings, now), order.ExchangeDeadline(settings), settings.Returns.ExchangeWindowDays)
            : (order.IsWithinReturnWindow(settings, now), order.ReturnDeadline(settings), settings.Returns.WindowDays);
        if (!open && deadline is { } closed && DateOnly.FromDateTime(now.UtcDateTime) > closed)
        {
            reply.Say(exchange ? "exchange_window_closed" : "return_window_closed", number, ("delivered", wording.Date(reply, order.DeliveredAt.Value)),
                ("days", days), ("deadline", wording.Date(reply, closed)));
            PersonOffer.After(turn, Task(exchange), order.Number, $"outside the {days}-day window", ["returns policy"]);
            return null;
        }

        var returnable = file.Lines.Where(l => l.IsReturnable(settings, file.IsFinalSale(l))).ToList();
        var blocked = file.Lines.Except(returnable).Select(l => Blocked(turn, file, l)).ToList();
        if (returnable.Count == 0 || !open)
        {
            reply.Say(exchange ? "exchange_nothing" : "return_nothing_returnable", number, ("blocked", string.Join("; ", blocked)));
            PersonOffer.After(turn, Task(exchange), order.Number, "no item may go back under the policy", ["returns policy"]);
            return null;
        }
        if (blocked.Count > 0) reply.Say("return_some_blocked", ("blocked", string.Join("; ", blocked)));
        return returnable;
    }

    private static OrderTask Task(bool exchange) => exchange ? OrderTask.Exchange : OrderTask.Return;

    private string Blocked(Turn turn, OrderFile file, OrderLine line)
    {
        var item = ("item", (object?)OrderWording.Line(line));
        return line.WhyNotReturnable(settings, file.IsFinalSale(line)) switch
        {
            ReturnBlock.FinalSale => turn.Reply.Render("return_blocked_final_sale", item),
            ReturnBlock.ExcludedCategory => turn.Reply.Render("return_blocked_excluded", item, ("category", line.Category)),
            _ => turn.Reply.Render("return_blocked_returned", item),
        };
    }
}
