using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Respond;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// Money an answer about an order may state, worked out here from the stored order and settings, independently of the
/// assistant: totals, line prices, what any choice of units cost after discounts (less either return fee, plus the
/// delivery charge), the amounts of its returns, and price differences between variants of the products on it.
/// </summary>
public static partial class OrderFigures
{
    public static async Task<HashSet<decimal>> AllowedAsync(TurnObservation turn, AssistantHost host, StoreSettings settings)
    {
        var rmas = RmaPattern().Matches(turn.Text).Select(m => m.Value).ToList();
        List<string> ofReturns = rmas.Count == 0 ? [] : await host.ReadAsync(db => db.Returns.Where(r => rmas.Contains(r.Rma)).Select(r => r.OrderNumber).ToListAsync());
        var numbers = OrderNumberPattern().Matches(turn.Text).Select(m => m.Value).Concat(ofReturns)
            .Concat(turn.Reply.Parts.OfType<OrderPart>().Select(p => p.Number))
            .Append(turn.Before.OrderInFocus).Append(turn.After.OrderInFocus)
            .OfType<string>().Distinct().ToList();
        var money = new HashSet<decimal>();
        if (numbers.Count == 0) return money;
        await host.ReadAsync(async db =>
        {
            var orders = await db.Orders.AsSplitQuery().Include(o => o.Lines).Where(o => numbers.Contains(o.Number)).ToListAsync();
            foreach (var order in orders)
            {
                money.UnionWith([order.Total, order.Subtotal, order.ShippingCost, order.Discount]);
                foreach (var line in order.Lines) money.UnionWith([line.UnitPrice, line.Total, line.Discount]);
                money.UnionWith(Refunds(order, settings));
                var requests = await db.Returns.Where(r => r.OrderId == order.Id).ToListAsync();
                foreach (var request in requests) money.UnionWith([request.RefundAmount, request.Fee, Math.Abs(request.PriceDifference)]);
                var handles = order.Lines.Select(l => l.ProductHandle).ToList();
                var prices = await db.Variants.Where(v => handles.Contains(v.Product!.Handle)).Select(v => v.Price).Distinct().ToListAsync();
                foreach (var line in order.Lines)
                    foreach (var price in prices.Append(line.UnitPrice))
                        for (var units = 1; units <= line.Quantity; units++)
                            foreach (var other in prices.Append(line.UnitPrice))
                                money.Add(Math.Abs(price - other) * units);
            }
            return 0;
        });
        return money;
    }

    // Every choice of units of every line: paid after discounts, less no fee or either fee, with or without delivery.
    private static IEnumerable<decimal> Refunds(Order order, StoreSettings settings)
    {
        var sums = new HashSet<decimal> { 0 };
        foreach (var line in order.Lines)
        {
            var perUnit = line.Quantity == 0 ? 0 : Math.Round((line.UnitPrice * line.Quantity - line.Discount) / line.Quantity, 2);
            sums = sums.SelectMany(sum => Enumerable.Range(0, line.Quantity + 1).Select(units => sum + perUnit * units)).ToHashSet();
        }
        foreach (var sum in sums.Where(s => s > 0))
            foreach (var fee in new[] { 0, settings.Returns.ReturnFee, settings.Returns.InternationalReturnFee })
                foreach (var delivery in new[] { 0, order.ShippingCost })
                    yield return Math.Max(0, sum + delivery - fee);
    }

    [GeneratedRegex(@"TL-\d{6,9}")]
    private static partial Regex OrderNumberPattern();

    [GeneratedRegex(@"RMA-[A-Z0-9]{6,16}")]
    private static partial Regex RmaPattern();
}
