using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Catalog;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>What to recommend, for whom and around which product.</summary>
/// <param name="Kind">Null: like the product when one is named, personal for a known customer, else trending.</param>
/// <param name="ProductHandle">The anchor: the product being looked at.</param>
/// <param name="CustomerId">The store's customer id (cus_…): their purchases and stated preferences, with their consent.</param>
/// <param name="StoreCustomerId">The signed-in customer's row id, as a chat knows them; used when <paramref name="CustomerId"/> is not given.</param>
/// <param name="Preferences">Preferences stated in this conversation; they add to (and win over) the stored ones.</param>
/// <param name="Department">The department of the page or conversation, for a shopper with no history.</param>
public sealed record RecommendationRequest(
    RecommendationKind? Kind = null, string? ProductHandle = null, string? CustomerId = null,
    CustomerPreferences? Preferences = null, Gender? Department = null, int Count = 12, int? StoreCustomerId = null)
{
    public const int MaxCount = 48;
}

/// <summary>The products recommended, best first, each with why; empty when the anchor is unknown or nothing can be offered.</summary>
/// <param name="Personalised">True when the shopper's purchases or stated preferences shaped the list.</param>
public sealed record RecommendationResult(RecommendationKind Kind, string? AnchorHandle, IReadOnlyList<Recommendation> Items, bool Personalised)
{
    public static RecommendationResult None(RecommendationKind kind, string? anchor) => new(kind, anchor, [], false);
}

/// <summary>One recommended product as it can be bought now, and the reason (with the title it names, if any).</summary>
public sealed record Recommendation(ProductMatch Product, RecommendationReason Reason);
