using Tailor.Assistant.Dialogue;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Answers "where is my order?", "show my orders" and "where is my return?": the status in words with its dates,
/// carrier, tracking number, latest scan and ETA, an order card, and the next steps the order still allows.
/// </summary>
public sealed class TrackingReplies(OrderReader reader, OrderWording wording, ReturnLabels labels, StoreSettings settings, TimeProvider time)
{
    public void Track(Turn turn, OrderFile file)
    {
        var reply = turn.Reply;
        var order = file.Order;
        var shipment = order.Shipments.OrderByDescending(s => s.ShippedAt).FirstOrDefault();
        var number = ("number", (object?)order.Number);
        switch (order.Status)
        {
            case OrderStatus.Pending or OrderStatus.Processing:
                reply.Say(order.Status == OrderStatus.Pending ? "track_pending" : "track_processing", number,
                    ("placed", wording.Date(reply, order.PlacedAt)), ("address", OrderWording.MaskedAddress(order.ShippingAddress)));
                break;
            case OrderStatus.Shipped when shipment is not null:
                var latest = shipment.Events.OrderByDescending(e => e.At).FirstOrDefault();
                var eta = shipment.EstimatedDelivery is { } day ? wording.Date(reply, day) : reply.Render("track_eta_unknown");
                if (latest is null)
                    reply.Say("track_shipped_no_events", number, ("shipped", wording.Date(reply, shipment.ShippedAt)), ("carrier", shipment.Carrier),
                        ("tracking", shipment.TrackingNumber), ("eta", eta));
                else
                    reply.Say("track_shipped", number, ("carrier", shipment.Carrier), ("tracking", shipment.TrackingNumber), ("eta", eta),
                        ("moment", wording.Moment(reply, latest.At)), ("place", latest.Place), ("event", latest.Description));
                break;
            case OrderStatus.Cancelled:
                reply.Say("track_cancelled", number, ("cancelled", wording.Date(reply, order.CancelledAt ?? order.UpdatedAt)),
                    ("total", order.Total), ("payment", OrderWording.Payment(reply, order.Payment)));
                break;
            case OrderStatus.Returned or OrderStatus.PartiallyReturned:
                reply.Say("track_returned", number, ("delivered", Delivered(turn, order)),
                    ("returned", reply.Render(order.Status == OrderStatus.Returned ? "track_word_all" : "track_word_some")),
                    ("returns", string.Join(", ", file.Returns.Select(r => reply.Render("track_return_item", ("rma", r.Rma), ("status", OrderWording.Status(r.Status)))))));
                WindowNote(turn, order);
                break;
            default:
                reply.Say("track_delivered", number, ("delivered", Delivered(turn, order)), ("carrier", shipment?.Carrier ?? ""),
                    ("tracking", shipment?.TrackingNumber ?? ""));
                WindowNote(turn, order);
                break;
        }
        reply.Add(OrderCards.For(file));
        reply.QuickReplies(NextSteps(order));
        turn.State.OrderInFocus = order.Number;
        // The order card is now what "it" means ("when will it arrive?"), not a product talked about before.
        turn.State.Focus = null;
    }

    public void History(Turn turn, IReadOnlyList<Order> orders)
    {
        turn.Reply.Say("order_history", ("list", wording.OrderList(turn.Reply, orders)))
            .QuickReplies(orders.Take(4).Select(o => $"track {o.Number}"));
    }

    /// <summary>Returns of one order the conversation may see.</summary>
    public async Task ReturnsOfAsync(Turn turn, OrderFile file, CancellationToken ct)
    {
        if (file.Returns.Count == 0)
        {
            turn.Reply.Say("return_none_for_order", ("number", file.Order.Number)).QuickReplies([$"return an item from {file.Order.Number}"]);
            return;
        }
        foreach (var request in file.Returns.OrderByDescending(r => r.CreatedAt)) await SayAsync(turn, request, ct);
    }

    /// <summary>A return looked up by its RMA number. The number cannot be guessed, and the answer names no personal details.</summary>
    public async Task ReturnAsync(Turn turn, string rma, CancellationToken ct)
    {
        if (await reader.ReturnAsync(rma, ct) is not { } request)
        {
            turn.Reply.Say("return_unknown_rma", ("prefix", RmaNumber.Prefix));
            return;
        }
        await SayAsync(turn, request, ct);
    }

    public async Task CustomerReturnsAsync(Turn turn, int customerId, CancellationToken ct)
    {
        var requests = await reader.CustomerReturnsAsync(customerId, 3, ct);
        if (requests.Count == 0) turn.Reply.Say("return_none_for_customer").QuickReplies(["return an item"]);
        foreach (var request in requests) await SayAsync(turn, request, ct);
    }

    private async Task SayAsync(Turn turn, ReturnRequest request, CancellationToken ct)
    {
        var reply = turn.Reply;
        var variants = await reader.VariantsAsync(request.Lines.Select(l => l.Sku), ct);
        var items = string.Join(", ", request.Lines.Select(l => variants.GetValueOrDefault(l.Sku) is { } v
            ? OrderWording.Item(v.Product?.Title ?? l.Sku, v.Color, v.Size, l.Quantity, v.Options) : l.Sku));
        var method = OrderWording.RefundMethodWords(reply, request.RefundMethod);
        var refundText = request.Kind == ReturnKind.Exchange ? reply.Render("return_exchange_pending")
            : reply.Render("return_refund_pending", ("amount", request.RefundAmount), ("method", method), ("days", settings.Returns.RefundProcessingDays));
        reply.Say($"return_status_{StatusNames.Code(request.Status)}", ("rma", request.Rma), ("items", items), ("label_url", labels.UrlOf(request.Rma)),
            ("updated", wording.Date(reply, request.UpdatedAt)), ("amount", request.RefundAmount), ("method", method), ("refund_text", refundText));
    }

    private string Delivered(Turn turn, Order order) => wording.Date(turn.Reply, order.DeliveredAt ?? order.UpdatedAt);

    // Until when items can go back; nothing to say for an order already sent back whole within its window.
    private void WindowNote(Turn turn, Order order)
    {
        if (order.ReturnDeadline(settings) is not { } deadline) return;
        if (order.IsWithinReturnWindow(settings, time.GetUtcNow()))
            turn.Reply.Say("track_delivered_returnable", ("deadline", wording.Date(turn.Reply, deadline)));
        else if (DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) > deadline)
            turn.Reply.Say("track_delivered_window_closed", ("days", settings.Returns.WindowDays), ("deadline", wording.Date(turn.Reply, deadline)));
    }

    // Quick replies name the order, so they work whatever happens in between.
    private List<string> NextSteps(Order order)
    {
        var steps = new List<string>();
        if (order.CanCancel(settings)) steps.Add($"cancel {order.Number}");
        if (order.CanChange(settings)) steps.Add($"change the address on {order.Number}");
        if (order.IsWithinReturnWindow(settings, time.GetUtcNow()))
        {
            steps.Add($"return an item from {order.Number}");
            steps.Add($"exchange an item from {order.Number}");
        }
        steps.Add("talk to a person");
        return steps;
    }
}
