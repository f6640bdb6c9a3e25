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
public abstract record MessagePart;

public sealed record TextPart(string Text) : MessagePart;

public sealed record ProductsPart(IReadOnlyList<ProductCard> Items) : MessagePart;

public sealed record QuickRepliesPart(IReadOnlyList<string> Options) : MessagePart;

public sealed record CitationPart(string Title, string Url, string Quote) : MessagePart;

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

/// <summary>What the assistant says in one turn.</summary>
public sealed record AssistantReply(IReadOnlyList<MessagePart> Parts)
{
    public string Text => string.Join("\n", Parts.OfType<TextPart>().Select(p => p.Text));
}
