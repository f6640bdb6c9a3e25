using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Recommendations;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;
using Tailor.Domain.Customers;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// "Something like this but cheaper", "what else goes with it", "what's popular", "what would you pick for me": the
/// product in view is the anchor, a signed-in shopper's purchases and this conversation's size and department shape
/// the picks, and every card says why it is there.
/// </summary>
public sealed class RecommendationDesk(RecommendationSkill skill, RecommendationWording wording, ProductReferences references, StoreSettings settings)
{
    private const int Shown = 4;

    public async Task AnswerAsync(Turn turn, ProductRef reference, RecommendationKind? asked, CancellationToken ct)
    {
        var needsAnchor = asked is RecommendationKind.Similar or RecommendationKind.Cheaper or RecommendationKind.BoughtTogether;
        var inView = turn.State.Focus is not null || reference.Position is not null || reference.Handle is not null || turn.Page.ProductHandle is not null;
        // With a list shown and nothing picked, "something similar" asks which one; with nothing in view it cannot.
        var anchor = inView || (needsAnchor && turn.State.Results.Count > 0)
            ? await references.ResolveAsync(turn, reference, ct, quiet: !needsAnchor || inView)
            : null;
        if (anchor is null && needsAnchor && turn.State.Results.Count > 0) return;

        var kind = asked ?? (anchor is not null ? RecommendationKind.Similar : turn.CustomerId is not null ? RecommendationKind.Personal : RecommendationKind.Trending);
        if (anchor is null && needsAnchor) kind = RecommendationKind.Trending;
        var search = turn.State.Search;
        // The profile stated in this chat, with the size being searched first.
        var stated = turn.State.Profile.ToPreferences();
        if (search?.Size is { } size) stated.Sizes = [size, .. stated.Sizes.Where(s => s != size)];
        var request = new RecommendationRequest(kind, anchor?.Handle, Preferences: stated.Sizes.Count > 0 || !turn.State.Profile.IsEmpty ? stated : null,
            Department: search?.Gender ?? turn.State.Profile.Department, Count: Shown,
            StoreCustomerId: turn.CustomerId);
        var result = await skill.RecommendAsync(request, ct);
        var intro = Intro(kind, anchor is null && needsAnchor);
        if (result.Items.Count == 0 && kind == RecommendationKind.Cheaper)
        {
            result = await skill.RecommendAsync(request with { Kind = RecommendationKind.Similar }, ct);
            intro = "recommend_intro_cheaper_none";
        }
        // A shopper who is not signed in (or did not consent) gets what's popular, said as such.
        if (kind == RecommendationKind.Personal && !result.Personalised) intro = "recommend_intro_trending";

        var reply = turn.Reply;
        if (result.Items.Count == 0)
        {
            reply.Say("product_next_step");
            turn.Outcome = TurnOutcome.Clarified;
            return;
        }
        reply.Say(intro, ("title", anchor?.Title ?? ""));
        reply.Add(new ProductsPart(result.Items.Select(item => ProductCard.For(item.Product, settings.Currency, wording.Reason(item.Reason))).ToList()));
        reply.Say("product_next_step");
    }

    private static string Intro(RecommendationKind kind, bool anchorMissing) => anchorMissing ? "recommend_intro_need_product" : kind switch
    {
        RecommendationKind.Similar => "recommend_intro_similar",
        RecommendationKind.Cheaper => "recommend_intro_cheaper",
        RecommendationKind.BoughtTogether => "recommend_intro_together",
        RecommendationKind.Personal => "recommend_intro_personal",
        _ => "recommend_intro_trending",
    };
}
