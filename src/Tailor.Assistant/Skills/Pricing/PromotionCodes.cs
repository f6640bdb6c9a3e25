using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Skills.Pricing;

/// <summary>The rules of discount codes: which promotion a code means today, and why it did not lower a price.</summary>
internal static class PromotionCodes
{
    /// <summary>
    /// A code can be reused across years (SUMMER10 every summer), so the promotion that counts is the one running now,
    /// else the next one to start, else the one that ended last.
    /// </summary>
    public static (CodeCheck Check, Promotion? Promotion) Check(string code, IReadOnlyList<Promotion> withCode, DateTimeOffset now)
    {
        var (status, promotion) =
            withCode.FirstOrDefault(p => p.IsActiveAt(now)) is { } active ? (CodeStatus.Valid, active)
            : withCode.Where(p => p.StartsAt > now).MinBy(p => p.StartsAt) is { } upcoming ? (CodeStatus.NotStarted, upcoming)
            : withCode.Where(p => p.EndsAt <= now).MaxBy(p => p.EndsAt) is { } ended ? (CodeStatus.Expired, ended)
            : (CodeStatus.Unknown, (Promotion?)null);
        return (new CodeCheck(code, status, promotion is null ? null : PromotionOffer.From(promotion)), promotion);
    }

    /// <summary>Why the checked code did not make the price of this variant, or null when it did.</summary>
    public static CodeRefusal? Refusal(CodeCheck check, Promotion? promotion, Product product, Variant variant, PromotionOffer? applied)
    {
        var offer = check.Promotion;
        switch (check.Status)
        {
            case CodeStatus.Unknown: return new(CodeRefusalReason.Unknown, null);
            case CodeStatus.Expired: return new(CodeRefusalReason.Expired, offer);
            case CodeStatus.NotStarted: return new(CodeRefusalReason.NotStarted, offer);
        }
        if (promotion is null || offer is null || applied?.Id == offer.Id) return null;
        if (!promotion.AppliesTo(product)) return new(CodeRefusalReason.NotValidForProduct, offer);
        // A single item is quoted, so the basket is that item: the shortfall is what the shopper would have to add.
        if (offer.MinimumSpend is { } minimum && variant.Price < minimum)
            return new(CodeRefusalReason.MinimumSpendNotMet, offer, minimum - variant.Price);
        return new(CodeRefusalReason.OtherOfferApplied, offer);
    }

}
