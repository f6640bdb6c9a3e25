namespace Tailor.Assistant.Understanding;

/// <summary>
/// What the shopper wants, independent of how it was understood (embedded model or LLM tool call).
/// Dialogue resolves references against state; skills carry commands out.
/// </summary>
public abstract record Command
{
    public string Name => GetType().Name;
}

public sealed record SearchProducts(SearchConstraints Constraints) : Command;
public sealed record RefineSearch(SearchConstraints Change, PriceDirection? Direction = null) : Command;
public sealed record ShowMore : Command;
public sealed record SelectProduct(ProductRef Product) : Command;
public sealed record AskProductDetail(ProductRef Product, ProductAspect Aspect, string? Size = null) : Command;
public sealed record CompareProducts(ProductRef First, ProductRef Second) : Command;
public sealed record AskPrice(ProductRef Product, string? PromoCode) : Command;
public sealed record AskPromotions(string? Category, string? PromoCode) : Command;
/// <summary>Suggestions: <paramref name="Kind"/> is what the words asked for (similar, cheaper, goes with, popular, for me), null when they did not say.</summary>
public sealed record Recommend(ProductRef Product, Skills.Recommendations.RecommendationKind? Kind = null) : Command;
public sealed record AskStyleAdvice(ProductRef Product, string? Occasion) : Command;
public sealed record AskSizeAdvice(ProductRef Product, string? Size) : Command;
/// <summary>"Can I see it on me?": the fit preview and the photo try-on for a product.</summary>
public sealed record AskTryOn(ProductRef Product) : Command;
public sealed record AskPolicy(string Topic, string Question) : Command;
/// <summary>Something about an order the shopper placed, with its number when they gave one.</summary>
public abstract record OrderCommand(string? OrderNumber) : Command;
public sealed record TrackOrder(string? OrderNumber) : OrderCommand(OrderNumber);
public sealed record OrderHistory() : OrderCommand(OrderNumber: null);
public sealed record CancelOrder(string? OrderNumber) : OrderCommand(OrderNumber);
public sealed record ChangeOrder(string? OrderNumber) : OrderCommand(OrderNumber);
public sealed record StartReturn(string? OrderNumber) : OrderCommand(OrderNumber);
public sealed record StartExchange(string? OrderNumber) : OrderCommand(OrderNumber);
/// <summary>Where a return or its refund has got to, by RMA number or by order.</summary>
public sealed record TrackReturn(string? OrderNumber, string? ReturnNumber) : OrderCommand(OrderNumber);
public sealed record SmallTalk(string Kind) : Command;
public sealed record GiveFeedback(bool Positive) : Command;
public sealed record Affirm : Command;
public sealed record Deny : Command;
public sealed record CancelFlow : Command;
public sealed record Correct(SearchConstraints Change) : Command;
public sealed record BackToPrevious : Command;
public sealed record RequestHuman(string Reason) : Command;
/// <param name="Sure">False for a hesitant "out of scope" (gibberish): not understood, rather than a question outside what the store does.</param>
public sealed record OutOfScope(bool Sure = true) : Command;
/// <summary>Not understood well enough to act: ask, offering the likeliest readings.</summary>
public sealed record Clarify(IReadOnlyList<string> Candidates) : Command;

/// <summary>
/// How a message points at a product: by position in the last results, by colour, the focused one, a handle (a product
/// named by its title), or "the other one". With a position, the colour is what the shopper wants of that product.
/// </summary>
/// <param name="Rank">"The cheapest one": the first of the current search in this order.</param>
public sealed record ProductRef(int? Position = null, string? Color = null, bool Focus = false, string? Handle = null, bool Other = false, SearchSort? Rank = null)
{
    public static readonly ProductRef Focused = new(Focus: true);
}
