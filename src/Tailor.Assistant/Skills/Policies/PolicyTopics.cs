namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// Which pages an intent points at, by the words in their slug or title rather than fixed slugs, so imported
/// pages ("returns-and-exchanges", "Delivery FAQ") are found as well as the demo store's.
/// </summary>
internal static class PolicyTopics
{
    private static readonly Dictionary<string, string[]> WordsByTopic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["returns_policy"] = ["returns", "exchanges"],
        ["start_return"] = ["returns"],
        ["return_status"] = ["returns", "refunds"],
        ["start_exchange"] = ["exchanges"],
        ["refund_status"] = ["refunds"],
        ["shipping_policy"] = ["delivery"],
        ["delivery_estimate"] = ["delivery"],
        ["international_shipping"] = ["international", "delivery"],
        ["payment_methods"] = ["payment"],
        ["store_contact"] = ["contact"],
        ["gift_cards"] = ["gift"],
        ["price_match"] = ["price promise"],
        ["promotions"] = ["payment", "price promise"],
        ["promo_code"] = ["payment"],
        ["privacy_policy"] = ["privacy"],
        ["loyalty_program"] = ["loyalty"],
        ["account_help"] = ["account", "orders", "privacy"],
        ["track_order"] = ["orders", "delivery"],
        ["cancel_order"] = ["cancelling", "orders"],
        ["change_order"] = ["changing", "orders"],
        ["size_advice"] = ["size"],
        ["product_material"] = ["care"],
    };

    /// <summary>The terms that name a topic ("return", "deliveri"…): a misspelt question word is corrected only to one of these.</summary>
    public static readonly IReadOnlySet<string> TopicTerms =
        WordsByTopic.Values.SelectMany(words => words).SelectMany(SearchTerms.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the page with this slug and title is one the topic points at; false for no or an unknown topic.</summary>
    public static bool Covers(string? topic, string slug, string title)
    {
        if (topic is null || !WordsByTopic.TryGetValue(topic, out var words)) return false;
        var pageTerms = SearchTerms.Of(slug + " " + title).ToHashSet(StringComparer.Ordinal);
        return words.Any(phrase => SearchTerms.Of(phrase).All(pageTerms.Contains));
    }
}
