using System.Text.Json.Serialization;

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
    IReadOnlyList<string> Colors, IReadOnlyList<string> SizesInStock, string Reason);

/// <summary>What the assistant says in one turn.</summary>
public sealed record AssistantReply(IReadOnlyList<MessagePart> Parts)
{
    public string Text => string.Join("\n", Parts.OfType<TextPart>().Select(p => p.Text));
}
