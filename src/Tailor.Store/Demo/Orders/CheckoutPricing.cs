using Tailor.Domain.Promotions;
using Tailor.Store.Demo.Promotions;

namespace Tailor.Store.Demo.Orders;

/// <summary>
/// Applies the promotions that were live when an order was placed: the best automatic offer per line,
/// and sometimes a code the shopper entered, if the basket met its minimum spend.
/// </summary>
internal sealed class CheckoutPricing(Random random, IReadOnlyList<Promotion> promotions)
{
    private readonly Promotion[] automatic = promotions.Where(p => p.Code is null).ToArray();
    private readonly Promotion[] coded = promotions.Where(p => p.Code is not null).ToArray();

    /// <summary>Sets each line's discount; returns the code used, if any.</summary>
    public string? Apply(IReadOnlyList<BasketLine> basket, DateTimeOffset at, bool firstOrder, bool useCode)
    {
        foreach (var (line, profile) in basket)
        {
            decimal best = 0;
            foreach (var promotion in automatic)
                if (promotion.IsActiveAt(at) && promotion.AppliesTo(profile.Product))
                    best = Math.Max(best, promotion.DiscountOn(line.UnitPrice) * line.Quantity);
            line.Discount = best;
        }
        return useCode ? ApplyCode(basket, at, firstOrder) : null;
    }

    private string? ApplyCode(IReadOnlyList<BasketLine> basket, DateTimeOffset at, bool firstOrder)
    {
        var live = coded.Where(p => p.IsActiveAt(at) && (firstOrder || p.Code != PromotionGenerator.WelcomeCode)).ToList();
        if (live.Count == 0) return null;
        var promotion = random.Pick(live);
        var subtotal = basket.Sum(b => b.Line.UnitPrice * b.Line.Quantity);
        if (promotion.MinimumSpend is { } minimum && subtotal < minimum) return null;
        var eligible = basket.Where(b => promotion.AppliesTo(b.Product.Product)).Select(b => b.Line).ToList();
        if (eligible.Count == 0) return null;

        if (promotion.Kind == DiscountKind.PercentOff)
        {
            var used = false;
            // A code does not stack on an automatic offer: the line keeps whichever saves more.
            foreach (var line in eligible)
            {
                var discount = promotion.DiscountOn(line.UnitPrice) * line.Quantity;
                if (discount <= line.Discount) continue;
                line.Discount = discount;
                used = true;
            }
            return used ? promotion.Code : null;
        }

        // An amount off the order is shared across the eligible lines in proportion to what is left to pay on each.
        var remaining = eligible.Sum(l => l.UnitPrice * l.Quantity - l.Discount);
        var amount = Math.Min(promotion.Value, remaining);
        if (amount <= 0) return null;
        var shared = 0m;
        for (var i = 0; i < eligible.Count; i++)
        {
            var line = eligible[i];
            var share = i == eligible.Count - 1
                ? amount - shared
                : Math.Round(amount * (line.UnitPrice * line.Quantity - line.Discount) / remaining, 2, MidpointRounding.AwayFromZero);
            line.Discount += Math.Min(share, line.UnitPrice * line.Quantity - line.Discount);
            shared += share;
        }
        return promotion.Code;
    }
}
