using System.Text;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>Everything one turn produced: the reply and its parts, the turn log row, and the dialogue state before and after.</summary>
public sealed record TurnObservation(
    int Step,
    string User,
    ChatMessageView Reply,
    TurnRecord? Turn,
    DialogueState Before,
    DialogueState After,
    string? PageProduct,
    ConversationMemory Memory)
{
    public string Text => Reply.Text;
    public IReadOnlyList<ProductCard> Cards => Reply.Parts.OfType<ProductsPart>().SelectMany(p => p.Items).ToList();
    public IReadOnlyList<string> QuickReplies => Reply.Parts.OfType<QuickRepliesPart>().SelectMany(p => p.Options).ToList();
    public IReadOnlyList<CitationPart> Citations => Reply.Parts.OfType<CitationPart>().ToList();

    /// <summary>One readable block for failure messages and the test log.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"  [{Step}] shopper: {User}");
        text.AppendLine($"      intent={Turn?.Intent} ({Turn?.Confidence:0.00}) command={Turn?.Command} outcome={Turn?.Outcome}");
        text.AppendLine($"      assistant: {Text.Replace("\n", " / ", StringComparison.Ordinal)}");
        foreach (var card in Cards)
            text.AppendLine($"      card: {card.Handle} £{card.Price}{(card.CompareAtPrice is { } was ? $" (was £{was})" : "")} colours=[{string.Join(", ", card.Colors)}] sizes=[{string.Join(", ", card.SizesInStock)}] {card.Reason}");
        if (QuickReplies.Count > 0) text.AppendLine($"      quick replies: {string.Join(" | ", QuickReplies)}");
        foreach (var citation in Citations) text.AppendLine($"      citation: {citation.Title} <{citation.Url}>");
        if (After.Search is { } search)
            text.AppendLine($"      search: {System.Text.Json.JsonSerializer.Serialize(search, ChatEngine.Json)}");
        if (After.Focus is not null) text.AppendLine($"      focus: {After.Focus}");
        return text.ToString();
    }
}

/// <summary>What the conversation has seen so far, for checks that look back: shopper figures, products shown, price anchors.</summary>
public sealed class ConversationMemory
{
    public List<string> ShopperMessages { get; } = [];
    public HashSet<string> Shown { get; } = new(StringComparer.Ordinal);
    /// <summary>Prices the engine may derive a bound from: "cheaper" means under the cheapest shown (anchor − 0.01).</summary>
    public HashSet<decimal> DerivedBounds { get; } = [];
    /// <summary>Every price bound the searches of this conversation have had.</summary>
    public HashSet<decimal> PriceBounds { get; } = [];
}
