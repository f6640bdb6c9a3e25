using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// The order expectations of a step, checked in the database after the turn, and the always-on audit of order cards:
/// every card is a real order, shown with its status, total, lines and tracking as they are stored.
/// </summary>
public sealed class OrderChecks(AssistantHost host, OrderFacts orders)
{
    public async Task<List<string>> CheckAsync(StepExpectation expect, TurnObservation turn)
    {
        var failures = new List<string>();
        void Require(bool condition, string failure)
        {
            if (!condition) failures.Add(failure);
        }
        var cards = Cards(turn);
        if (expect.OrderCard is { } selector)
        {
            var number = await orders.NumberAsync(selector);
            Require(cards.Any(c => c.Number == number), $"expected an order card for {number} ({selector}); got {string.Join(", ", cards.Select(c => c.Number))}");
        }
        if (expect.NoOrderCard == true) Require(cards.Count == 0, $"expected no order card, got {string.Join(", ", cards.Select(c => c.Number))}");
        if (expect.OrderStep is { } step)
        {
            var actual = OrderFlow.Of(turn.After)?.Step.ToString() ?? "none";
            Require(string.Equals(actual, step, StringComparison.OrdinalIgnoreCase), $"order flow step: expected {step}, got {actual}");
        }
        if (expect.OrderStatus is { } status)
        {
            var order = await orders.OrderAsync(await orders.NumberAsync(status.Number));
            Require(StatusNames.TryParse<OrderStatus>(status.Is, out var wanted) && order.Status == wanted,
                $"order {order.Number} status: expected {status.Is}, got {StatusNames.Code(order.Status)}");
        }
        if (expect.OrderPostcode is { } postcode)
        {
            var order = await orders.OrderAsync(await orders.NumberAsync(postcode.Number));
            var wanted = await orders.FillAsync(postcode.Is);
            Require(string.Equals(order.ShippingAddress.PostalCode, wanted, StringComparison.OrdinalIgnoreCase),
                $"order {order.Number} postcode: expected {wanted}, got {order.ShippingAddress.PostalCode}");
        }
        if (expect.OrderLineVariant is { } variant)
        {
            var order = await orders.OrderAsync(await orders.NumberAsync(variant.Number));
            var wanted = await orders.FillAsync(variant.Is);
            var first = order.Lines.OrderBy(l => l.Id).First();
            var actual = wanted.StartsWith("size ", StringComparison.Ordinal) ? $"size {first.Size}" : $"in {first.Color}";
            Require(string.Equals(actual, wanted, StringComparison.OrdinalIgnoreCase), $"order {order.Number} first line: expected {wanted}, got {actual}");
        }
        if (expect.ReturnsForOrder is { } returns) failures.AddRange(await ReturnsAsync(returns));
        if (expect.AuditCount is { } audit)
        {
            var number = await orders.NumberAsync(audit.Number);
            var count = await host.ReadAsync(db => db.AuditLog.CountAsync(a => a.Subject == number && (audit.Type == null || a.Action == audit.Type)));
            Require(count == audit.Count, $"audit rows for {number}{(audit.Type is null ? "" : $" ({audit.Type})")}: expected {audit.Count}, got {count}");
        }
        if (expect.WebhooksQueued is { } hooks)
        {
            var number = await orders.NumberAsync(hooks.Number);
            var count = await host.ReadAsync(db => db.Outbox.CountAsync(m => m.PayloadJson.Contains("\"" + number + "\"") && (hooks.Type == null || m.Type == hooks.Type)));
            Require(count == hooks.Count, $"outgoing events for {number}{(hooks.Type is null ? "" : $" ({hooks.Type})")}: expected {hooks.Count}, got {count}");
        }
        return failures;
    }

    /// <summary>Always on: each order card is the order as stored after the turn.</summary>
    public async Task<List<string>> AuditCardsAsync(TurnObservation turn)
    {
        var failures = new List<string>();
        foreach (var card in Cards(turn))
        {
            var order = await host.ReadAsync(db => db.Orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.Shipments).FirstOrDefaultAsync(o => o.Number == card.Number));
            if (order is null)
            {
                failures.Add($"order card {card.Number} is not an order");
                continue;
            }
            if (card.Status != StatusNames.Code(order.Status)) failures.Add($"order card {card.Number} says {card.Status}, the order is {StatusNames.Code(order.Status)}");
            if (card.Total != order.Total) failures.Add($"order card {card.Number} shows a total of {card.Total}, the order's is {order.Total}");
            var lines = order.Lines.OrderBy(l => l.Id).Select(l => (l.Title, l.Quantity, l.UnitPrice)).ToList();
            if (!card.Items.Select(i => (i.Title, i.Quantity, i.Price)).SequenceEqual(lines))
                failures.Add($"order card {card.Number} items differ from the order's lines");
            var shipment = order.Shipments.OrderByDescending(s => s.ShippedAt).FirstOrDefault();
            if (card.TrackingNumber != shipment?.TrackingNumber) failures.Add($"order card {card.Number} tracking {card.TrackingNumber}, the parcel's is {shipment?.TrackingNumber}");
            var scans = order.Shipments.SelectMany(s => s.Events).Select(e => (e.At, e.Description)).ToHashSet();
            if (card.Events.Any(e => !scans.Contains((e.At, e.Description)))) failures.Add($"order card {card.Number} shows a scan the parcel does not have");
        }
        return failures;
    }

    private async Task<List<string>> ReturnsAsync(ReturnsExpectation expected)
    {
        var number = await orders.NumberAsync(expected.Number);
        var requests = await host.ReadAsync(db => db.Returns.Where(r => r.OrderNumber == number).OrderBy(r => r.Id).ToListAsync());
        var failures = new List<string>();
        if (requests.Count != expected.Count) failures.Add($"returns for {number}: expected {expected.Count}, got {requests.Count}");
        if (requests.LastOrDefault() is not { } newest) return failures;
        string Describe() => JsonSerializer.Serialize(newest);
        if (expected.Kind is { } kind && StatusNames.Code(newest.Kind) != kind) failures.Add($"newest return of {number} is a {StatusNames.Code(newest.Kind)}, expected {kind}: {Describe()}");
        if (expected.Status is { } status && StatusNames.Code(newest.Status) != status) failures.Add($"newest return of {number} is {StatusNames.Code(newest.Status)}, expected {status}");
        if (expected.RefundMethod is { } method && StatusNames.Code(newest.RefundMethod) != method) failures.Add($"newest return of {number} refunds to {StatusNames.Code(newest.RefundMethod)}, expected {method}");
        if (expected.Lines is { } count && newest.Lines.Count != count) failures.Add($"newest return of {number} has {newest.Lines.Count} lines, expected {count}");
        if (expected.Units is { } units && newest.Lines.Sum(l => l.Quantity) != units) failures.Add($"newest return of {number} has {newest.Lines.Sum(l => l.Quantity)} units, expected {units}");
        return failures;
    }

    private static List<OrderPart> Cards(TurnObservation turn) => turn.Reply.Parts.OfType<OrderPart>().ToList();
}
