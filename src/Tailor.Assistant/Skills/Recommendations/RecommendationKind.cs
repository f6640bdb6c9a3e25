namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>What the shopper asked to be shown.</summary>
public enum RecommendationKind
{
    /// <summary>Picked for this shopper from what they bought and told us; trending in their department when we know nothing.</summary>
    Personal,
    /// <summary>Like the anchor product: same kind of garment, close in style, meaning and price.</summary>
    Similar,
    /// <summary>Like the anchor product, and cheaper.</summary>
    Cheaper,
    /// <summary>Bought in the same orders as the anchor product, or by the same customers: what goes with it.</summary>
    BoughtTogether,
    /// <summary>Selling most over the last weeks.</summary>
    Trending,
}

/// <summary>Why one product was picked: a reason kind and the value it rests on (a product title, a label, a colour…).</summary>
public sealed record RecommendationReason(RecommendationReasonKind Kind, string? Value = null);

public enum RecommendationReasonKind
{
    LikeAnchor, CheaperThanAnchor, BoughtWithAnchor, BoughtWithYours, YourLabel, YourCategory, Trending, BestSeller,
}
