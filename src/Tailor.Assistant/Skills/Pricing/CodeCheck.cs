namespace Tailor.Assistant.Skills.Pricing;

/// <summary>What a discount code is worth today: valid, unknown, expired or not started yet, with the promotion behind it.</summary>
/// <param name="Code">The code as the shopper typed it, trimmed.</param>
/// <param name="Promotion">The promotion the code belongs to; null when the code is unknown.</param>
public sealed record CodeCheck(string Code, CodeStatus Status, PromotionOffer? Promotion)
{
    public DateTimeOffset? StartsAt => Promotion?.StartsAt;
    public DateTimeOffset? EndsAt => Promotion?.EndsAt;
    public decimal? MinimumSpend => Promotion?.MinimumSpend;
}

public enum CodeStatus { Valid, Unknown, Expired, NotStarted }
