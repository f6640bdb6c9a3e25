using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Skills.Pricing;

/// <summary>A promotion as the shopper can use it: what it takes off, on what, from when to when, and the code if it needs one.</summary>
/// <param name="ScopeValue">The product handle, category slug or collection the offer is limited to; null for everything.</param>
public sealed record PromotionOffer(
    int Id, string Name, string Description, DiscountKind Kind, decimal Value, PromotionScope Scope, string? ScopeValue,
    string? Code, decimal? MinimumSpend, DateTimeOffset StartsAt, DateTimeOffset? EndsAt)
{
    /// <summary>Applied at checkout without a code.</summary>
    public bool Automatic => Code is null;

    public static PromotionOffer From(Promotion p) =>
        new(p.Id, p.Name, p.Description, p.Kind, p.Value, p.Scope, p.ScopeValue, p.Code, p.MinimumSpend, p.StartsAt, p.EndsAt);
}
