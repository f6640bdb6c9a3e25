namespace Tailor.Assistant.Skills.Pricing;

/// <summary>A product on sale right now, at its lowest discounted in-stock price.</summary>
/// <param name="WasPrice">The "was" price of that variant, or its list price when an automatic promotion makes the saving.</param>
/// <param name="Promotion">The automatic promotion behind the price, or null for a marked-down price.</param>
public sealed record SaleItem(
    string Handle, string Title, string Brand, string Category, string Url, string? ImageUrl,
    decimal Price, decimal WasPrice, PromotionOffer? Promotion)
{
    public decimal Saving => WasPrice - Price;
}
