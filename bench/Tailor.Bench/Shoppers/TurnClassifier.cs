using Tailor.Domain.Conversations;

namespace Tailor.Bench.Shoppers;

/// <summary>What the engine did on one turn, as read back from the turn log, the reply and the dialogue state.</summary>
/// <param name="Templates">Keys of <see cref="TurnClassifier.Keys"/> whose wording is in the reply.</param>
/// <param name="CatalogMatches">For a "nothing matches" reply: how many products match the recognised constraints
/// alone (free-text words dropped); null when the turn said no such thing or had no constraints to check.</param>
public sealed record TurnEvidence(
    TurnOutcome? Outcome, string Intent, double Confidence, string Command, IReadOnlySet<string> Templates, int? CatalogMatches, bool Rejected);

/// <summary>A non-answer's kind and the evidence for it; <see cref="Kind"/> is null when the turn was answered.</summary>
public sealed record TurnVerdict(string? Kind, string Why)
{
    public bool IsNonAnswer => Kind is not null;
    public static readonly TurnVerdict Answered = new(null, "answered");
}

/// <summary>
/// Decides whether a turn was a non-answer from what the engine did, never from the shopper's words: the turn log's
/// outcome and command first, then the templates its reply was built from, then a search re-run for "nothing matches".
/// </summary>
public static class TurnClassifier
{
    public const string SearchNone = "search_none";

    private static readonly string[] FallbackTemplates = ["out_of_scope", "misunderstood", "policy_unknown"];
    private static readonly string[] ClarifyTemplates = ["clarify", "search_ask_category", "compare_need_two", "back_nothing"];
    // Asked again inside an order flow because the shopper's answer was not understood.
    private static readonly string[] ReaskTemplates = ["order_choose_again", "change_address_unclear", "return_which_items_again"];

    // "Nothing matches" that names a recognised constraint and shows the nearest real alternatives (issue 11's wanted
    // answer). The dialogue state then holds the relaxed search, so re-running it would find products and wrongly
    // count the turn; letting go of unrecognised words (relaxed_words) is still checked by the re-run.
    private static readonly string[] NamedConstraintAlternatives =
        ["relaxed_size", "relaxed_color", "relaxed_shade", "relaxed_price", "relaxed_material", "relaxed_brand", "relaxed_detail"];

    /// <summary>Every template key the classification looks for.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        .. FallbackTemplates, .. ClarifyTemplates, .. ReaskTemplates,
        "human_offer", "product_need_reference", "order_confirm_yes_no", "order_resume", "order_resume_no_order", SearchNone,
        .. NamedConstraintAlternatives,
    ];

    /// <param name="tag">The capability the script says the turn exercises: for a question the store cannot answer
    /// (tag <c>out_of_scope</c>) saying so is the answer.</param>
    public static TurnVerdict Classify(TurnEvidence turn, string tag = "")
    {
        if (turn.Rejected) return new("rejected", "the guard refused the message");
        if (turn.Templates.Contains("product_need_reference")) return new("which-product", $"template product_need_reference ({turn.Command})");
        if (turn.Outcome == TurnOutcome.Fallback)
        {
            var template = FallbackTemplates.FirstOrDefault(turn.Templates.Contains) ?? "unidentified";
            if (template == "out_of_scope" && tag == "out_of_scope") return TurnVerdict.Answered;
            return new(template == "out_of_scope" ? "out-of-scope" : "fallback", $"outcome Fallback, template {template}");
        }
        // A person offered because two turns in a row were not understood: the engine logs the command as RequestHuman.
        // (Frustration also offers a person, but after its answer and with the turn's own command: that is answered.)
        if (turn.Outcome == TurnOutcome.Handoff && turn.Command == "RequestHuman" && turn.Templates.Contains("human_offer"))
            return new("person-instead", "outcome Handoff, template human_offer after misunderstood turns");
        if (turn.Outcome == TurnOutcome.Clarified)
        {
            var template = ClarifyTemplates.FirstOrDefault(turn.Templates.Contains) ?? "unidentified";
            return new("clarification", $"outcome Clarified, template {template} ({turn.Command})");
        }
        if (ReaskTemplates.FirstOrDefault(turn.Templates.Contains) is { } reask)
            return new("re-asked", $"template {reask} ({turn.Command})");
        // After a digression the flow asks its yes/no question again with order_resume: that one is expected.
        if (turn.Templates.Contains("order_confirm_yes_no") && !turn.Templates.Contains("order_resume") && !turn.Templates.Contains("order_resume_no_order"))
            return new("re-asked", $"template order_confirm_yes_no: the answer was not read as yes or no ({turn.Command})");
        if (turn.Templates.Contains(SearchNone) && turn.CatalogMatches > 0 && !NamedConstraintAlternatives.Any(turn.Templates.Contains))
            return new("nothing-matches", $"template search_none, but {turn.CatalogMatches} products match the recognised constraints");
        return TurnVerdict.Answered;
    }
}
