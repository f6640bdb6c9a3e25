using Tailor.Assistant.Skills.Recommendations;

namespace Tailor.Assistant.Respond;

/// <summary>Says why a product was recommended, from templates.yaml, in a few words that fit on a card.</summary>
public sealed class RecommendationWording(ResponseTemplates templates)
{
    public string Reason(RecommendationReason reason) => reason.Kind switch
    {
        RecommendationReasonKind.LikeAnchor => templates.Render("recommend_reason_like_anchor", 0),
        RecommendationReasonKind.CheaperThanAnchor => templates.Render("recommend_reason_cheaper", 0),
        RecommendationReasonKind.BoughtWithAnchor => templates.Render("recommend_reason_bought_with_anchor", 0, Value("title", reason)),
        RecommendationReasonKind.BoughtWithYours => templates.Render("recommend_reason_bought_with_yours", 0, Value("title", reason)),
        RecommendationReasonKind.YourLabel => templates.Render("recommend_reason_your_label", 0, Value("brand", reason)),
        RecommendationReasonKind.YourCategory => templates.Render("recommend_reason_your_category", 0, Value("category", reason)),
        RecommendationReasonKind.Trending => templates.Render("recommend_reason_trending", 0),
        _ => templates.Render("recommend_reason_best_seller", 0),
    };

    private static Dictionary<string, string> Value(string name, RecommendationReason reason) => new() { [name] = reason.Value ?? "" };
}
