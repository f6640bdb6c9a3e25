using Tailor.Domain.Catalog;

namespace Tailor.Domain.Promotions;

/// <summary>The price a shopper pays for a variant today: the best applicable promotion, codes only when entered.</summary>
public static class PriceCalculator
{
    public static PriceQuote Quote(Product product, Variant variant, IEnumerable<Promotion> promotions, DateTimeOffset now,
        string? code = null, decimal? basketTotal = null)
    {
        Promotion? best = null;
        decimal bestDiscount = 0;
        foreach (var promotion in promotions)
        {
            if (!promotion.IsActiveAt(now) || !promotion.AppliesTo(product)) continue;
            if (promotion.Code is not null && !string.Equals(promotion.Code, code, StringComparison.OrdinalIgnoreCase)) continue;
            if (promotion.MinimumSpend is { } minimum && (basketTotal ?? variant.Price) < minimum) continue;
            var discount = promotion.DiscountOn(variant.Price);
            if (discount > bestDiscount) (best, bestDiscount) = (promotion, discount);
        }
        return new PriceQuote(variant.Price, variant.CompareAtPrice is { } was && was > variant.Price ? was : null,
            variant.Price - bestDiscount, best);
    }
}

/// <summary>A computed price: the list price, the "was" price, what is payable and the promotion that made the difference.</summary>
public sealed record PriceQuote(decimal ListPrice, decimal? CompareAtPrice, decimal FinalPrice, Promotion? AppliedPromotion)
{
    public decimal Saving => (CompareAtPrice ?? ListPrice) - FinalPrice;
}
