using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;
using Tailor.Store.Demo.Catalog;

namespace Tailor.Store.Demo.Orders;

/// <summary>
/// Sends some delivered orders back, within the return window and only for returnable lines.
/// Products that run small come back as "too-small", so returns agree with reviews.
/// </summary>
internal sealed class ReturnGenerator(Random random, StoreSettings settings, DateTimeOffset now)
{
    private const string RmaAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly HashSet<string> rmas = new(StringComparer.Ordinal);

    /// <summary>Whether a delivered order comes back at all; dresses and badly fitting items come back more.</summary>
    public bool WillReturn(IReadOnlyList<BasketLine> basket)
    {
        var chance = 0.1 + basket.Max(b => (b.Product.Product.Category == "dresses" ? 0.08 : 0) + (b.Product.TrueFit == FitFeedback.TrueToSize ? 0 : 0.08));
        return random.Chance(chance);
    }

    public bool IsReturnable(BasketLine line) => line.Line.IsReturnable(settings, line.Product.Product.FinalSale);

    /// <summary>
    /// Starts a return on a delivered order; sets the lines' returned quantities and the order's status.
    /// Returns null when the return would start in the future or nothing on the order can be returned.
    /// </summary>
    public ReturnRequest? Return(Order order, IReadOnlyList<BasketLine> basket, bool everything, DateTimeOffset? startAt = null)
    {
        if (order.DeliveredAt is not { } delivered) return null;
        var returnable = basket.Where(IsReturnable).ToList();
        if (returnable.Count == 0) return null;
        var started = startAt ?? delivered.AddDays(random.Between(1.0, Math.Max(1.5, settings.Returns.WindowDays - 1)));
        if (started > now) return null;

        var chosen = everything || returnable.Count == 1 ? returnable : random.PickDistinct(returnable, random.Between(1, returnable.Count - 1));
        var lines = new List<ReturnLine>();
        decimal refund = 0;
        var exchange = false;
        foreach (var (line, profile) in chosen)
        {
            var quantity = everything || random.Chance(0.85) ? line.Quantity : random.Between(1, line.Quantity);
            var reason = Reason(profile);
            var exchangeSku = reason is "too-small" or "too-large" && random.Chance(0.3) ? Neighbour(profile.Product, line, reason) : null;
            exchange |= exchangeSku is not null;
            line.ReturnedQuantity = quantity;
            refund += line.PaidPerUnit * quantity;
            lines.Add(new ReturnLine { Sku = line.Sku, Quantity = quantity, ReasonCode = reason, ExchangeSku = exchangeSku });
        }

        var allBack = order.Lines.All(l => l.ReturnedQuantity == l.Quantity);
        order.Status = allBack ? OrderStatus.Returned : OrderStatus.PartiallyReturned;
        var kind = exchange && lines.All(l => l.ExchangeSku is not null) ? ReturnKind.Exchange : ReturnKind.Return;
        var fee = kind == ReturnKind.Exchange ? 0
            : string.Equals(order.ShippingAddress.Country, "GB", StringComparison.OrdinalIgnoreCase) ? settings.Returns.ReturnFee : settings.Returns.InternationalReturnFee;
        var (status, updated) = Progress(started, kind);
        return new ReturnRequest
        {
            Rma = NewRma(),
            OrderNumber = order.Number,
            Kind = kind,
            Status = status,
            Reason = lines[0].ReasonCode,
            RefundMethod = kind == ReturnKind.Exchange ? RefundMethod.OriginalPayment : RefundMethodFor(),
            RefundAmount = kind == ReturnKind.Exchange ? 0 : Math.Max(0, refund - fee),
            Fee = fee,
            Lines = lines,
            CreatedAt = started,
            UpdatedAt = updated,
        };
    }

    // A return moves on every couple of days until it is refunded (or the exchange sent).
    private (ReturnStatus, DateTimeOffset) Progress(DateTimeOffset started, ReturnKind kind)
    {
        var steps = new[] { ReturnStatus.Requested, ReturnStatus.LabelIssued, ReturnStatus.InTransit, ReturnStatus.Received,
            kind == ReturnKind.Exchange ? ReturnStatus.Exchanged : ReturnStatus.Refunded };
        var at = started;
        var status = steps[0];
        foreach (var next in steps.Skip(1))
        {
            var nextAt = at.AddHours(next == ReturnStatus.LabelIssued ? random.Between(0.1, 6.0) : random.Between(24.0, 24.0 * Math.Max(1, settings.Returns.RefundProcessingDays)));
            if (nextAt > now) break;
            (status, at) = (next, nextAt);
        }
        return (status, at);
    }

    private string Reason(ProductProfile profile)
    {
        var codes = settings.Returns.ReasonCodes;
        if (codes.Count == 0) return "changed-mind";
        var fitReason = profile.TrueFit switch { FitFeedback.Small => "too-small", FitFeedback.Large => "too-large", _ => null };
        if (fitReason is not null && codes.Contains(fitReason) && random.Chance(0.65)) return fitReason;
        return random.Pick(codes);
    }

    // An exchange swaps to the next size in the direction the shopper needs, in the same colour.
    private static string? Neighbour(Product product, OrderLine line, string reason)
    {
        var sizes = product.Variants.Where(v => v.Color == line.Color).ToList();
        var index = sizes.FindIndex(v => v.Sku == line.Sku);
        var target = reason == "too-small" ? index + 1 : index - 1;
        return index >= 0 && target >= 0 && target < sizes.Count ? sizes[target].Sku : null;
    }

    private RefundMethod RefundMethodFor()
    {
        var methods = settings.Returns.RefundMethods;
        if (methods.Count == 0) return RefundMethod.OriginalPayment;
        return methods.Contains(RefundMethod.OriginalPayment) && random.Chance(0.8) ? RefundMethod.OriginalPayment : random.Pick(methods);
    }

    private string NewRma()
    {
        string rma;
        do rma = "RMA-" + random.Characters(RmaAlphabet, 6);
        while (!rmas.Add(rma));
        return rma;
    }
}
