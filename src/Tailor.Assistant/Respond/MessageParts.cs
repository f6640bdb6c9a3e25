using System.Text.Json.Serialization;
using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Respond;

/// <summary>A piece of an assistant message; channels render each type their own way.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextPart), "text")]
[JsonDerivedType(typeof(ProductsPart), "products")]
[JsonDerivedType(typeof(QuickRepliesPart), "quickReplies")]
[JsonDerivedType(typeof(CitationPart), "citation")]
[JsonDerivedType(typeof(OrderPart), "order")]
[JsonDerivedType(typeof(FitPreviewPart), "fitPreview")]
[JsonDerivedType(typeof(TryOnPart), "tryOn")]
public abstract record MessagePart;

public sealed record TextPart(string Text) : MessagePart;

public sealed record ProductsPart(IReadOnlyList<ProductCard> Items) : MessagePart;

public sealed record QuickRepliesPart(IReadOnlyList<string> Options) : MessagePart;

public sealed record CitationPart(string Title, string Url, string Quote) : MessagePart;

/// <summary>An order as a card: status, items, total and, once shipped, the carrier, tracking and latest scans. Read from the order this turn.</summary>
public sealed record OrderPart(
    string Number, string Status, DateTimeOffset PlacedAt, IReadOnlyList<OrderItemView> Items, decimal Total, string Currency,
    string? Carrier, string? TrackingNumber, string? TrackingUrl, DateOnly? Eta, IReadOnlyList<OrderEventView> Events) : MessagePart;

/// <summary>One line of an order card: <see cref="Variant"/> reads like "Navy / 12", <see cref="Price"/> is per unit.</summary>
public sealed record OrderItemView(string Title, string Variant, int Quantity, decimal Price, string? ImageUrl, string Url);

/// <summary>One carrier scan on an order card, newest first.</summary>
public sealed record OrderEventView(DateTimeOffset At, string Description, string Location);

/// <summary>A product as a card: every figure read from the catalog in this turn.</summary>
public sealed record ProductCard(
    string Handle, string Title, decimal Price, decimal? CompareAtPrice, string Currency, string? ImageUrl, string Url,
    IReadOnlyList<string> Colors, IReadOnlyList<string> SizesInStock, string Reason)
{
    /// <summary>A card for a search match: its satisfying price, colours and sizes, with why it is shown.</summary>
    public static ProductCard For(ProductMatch match, string currency, string reason) => new(
        match.Handle, match.Title, match.Price, match.CompareAtPrice, currency, match.ImageUrl, ProductLinks.UrlOf(match.Handle),
        match.Colors, match.SizesInStock, reason);
}

/// <summary>
/// "See the fit": the product, the size advised and the measurements it was advised from; the widget asks the fit
/// preview API for the zones and draws the figure.
/// </summary>
public sealed record FitPreviewPart(string Handle, string Size, decimal? ChestCm, decimal? WaistCm, decimal? HipCm, decimal? HeightCm) : MessagePart;

/// <summary>"Try it on a photo": the garment image the widget lays over the shopper's photo, in the browser only.</summary>
public sealed record TryOnPart(string Handle, string Title, string ImageUrl) : MessagePart;

/// <summary>What the assistant says in one turn.</summary>
public sealed record AssistantReply(IReadOnlyList<MessagePart> Parts)
{
    public string Text => string.Join("\n", Parts.OfType<TextPart>().Select(p => p.Text));
}
