namespace Tailor.Assistant.Skills.Pricing;

/// <summary>Today's price of a product, per variant asked about, with what a code did or why it did not apply.</summary>
/// <param name="RequestMatched">False when no variant has the size or colour asked for; the cheapest in-stock one is quoted instead.</param>
/// <param name="Code">The check of the code the shopper gave, or null when none was given.</param>
public sealed record ProductPriceQuote(
    string Handle, string Title, string Category, string Currency, bool RequestMatched, IReadOnlyList<VariantPrice> Variants, CodeCheck? Code);

/// <summary>One variant's price: list and "was" price, what is payable, and the promotion that made the difference.</summary>
/// <param name="CodeRefusal">Why the code given did not lower this price; null when it applied or no code was given.</param>
public sealed record VariantPrice(
    string Sku, string Size, string Color, int Stock, decimal ListPrice, decimal? CompareAtPrice, decimal FinalPrice,
    PromotionOffer? AppliedPromotion, CodeRefusal? CodeRefusal)
{
    /// <summary>Saving against the "was" price when there is one, else against the list price.</summary>
    public decimal Saving => (CompareAtPrice ?? ListPrice) - FinalPrice;
}

/// <summary>Why a code did not apply; <see cref="AmountMissing"/> is how much more the shopper must spend.</summary>
public sealed record CodeRefusal(CodeRefusalReason Reason, PromotionOffer? Promotion, decimal? AmountMissing = null);

public enum CodeRefusalReason
{
    Unknown,
    Expired,
    NotStarted,
    MinimumSpendNotMet,
    /// <summary>The code is limited to another product, category or collection.</summary>
    NotValidForProduct,
    /// <summary>One discount per item: an automatic offer already takes off at least as much.</summary>
    OtherOfferApplied,
}
