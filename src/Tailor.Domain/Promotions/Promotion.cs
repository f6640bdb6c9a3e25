using Tailor.Domain.Catalog;

namespace Tailor.Domain.Promotions;

/// <summary>A discount: percent or amount off, on everything or a product, category or collection, maybe behind a code.</summary>
public sealed class Promotion
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public DiscountKind Kind { get; set; }
    /// <summary>Percent (0–100) or amount in the store currency, depending on <see cref="Kind"/>.</summary>
    public decimal Value { get; set; }
    public PromotionScope Scope { get; set; } = PromotionScope.All;
    /// <summary>Handle, category slug or collection name the promotion applies to; empty for <see cref="PromotionScope.All"/>.</summary>
    public string? ScopeValue { get; set; }
    /// <summary>Shoppers must enter this code; null means the promotion applies automatically.</summary>
    public string? Code { get; set; }
    public decimal? MinimumSpend { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => StartsAt <= now && (EndsAt is null || now < EndsAt);

    public bool AppliesTo(Product product) => Scope switch
    {
        PromotionScope.All => true,
        PromotionScope.Product => string.Equals(ScopeValue, product.Handle, StringComparison.OrdinalIgnoreCase),
        PromotionScope.Category => string.Equals(ScopeValue, product.Category, StringComparison.OrdinalIgnoreCase),
        PromotionScope.Collection => product.Collections.Contains(ScopeValue ?? "", StringComparer.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>The discount on one unit at the given price, never more than the price itself.</summary>
    public decimal DiscountOn(decimal price) => Kind switch
    {
        DiscountKind.PercentOff => Math.Round(price * Value / 100m, 2, MidpointRounding.AwayFromZero),
        DiscountKind.AmountOff => Math.Min(Value, price),
        _ => 0,
    };
}

public enum DiscountKind { PercentOff, AmountOff }
public enum PromotionScope { All, Product, Category, Collection }
