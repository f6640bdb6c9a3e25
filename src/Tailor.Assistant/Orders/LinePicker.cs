using System.Text.RegularExpressions;
using Tailor.Assistant.Dialogue;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Which of the offered order lines a shopper means: "both", "the second one", "the jeans and the dress", or a line
/// as the quick replies write it ("Relaxed Jeans (Indigo, 32)"). Nothing when the message names none of them.
/// </summary>
public sealed partial class LinePicker(OrderWords words)
{
    public IReadOnlyList<OrderLine> Pick(Turn turn, IReadOnlyList<OrderLine> offered)
    {
        if (offered.Count == 0) return [];
        var entities = turn.Understanding.Entities;
        IReadOnlyList<int> positions = entities.Ordinals.Count > 0 ? entities.Ordinals : entities.Ordinal is { } one ? [one] : [];
        var byPosition = positions.Select(p => p < 0 ? offered.Count + p : p - 1).Where(i => i >= 0 && i < offered.Count)
            .Select(i => offered[i]).Distinct().ToList();
        if (byPosition.Count > 0) return byPosition;

        // The exact wording of a quick reply names one line; otherwise every line whose product words are mentioned.
        var exact = offered.Where(l => turn.Text.Contains(OrderWording.Line(l, 1), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        var mentioned = Stems(turn.Text);
        var named = offered.Where(l => Stems(l.Title + " " + l.Category).Overlaps(mentioned)).ToList();
        // A whole title said outright beats a shared word: "Linen Shirt" is not also the "Linen Trousers".
        var whole = named.Where(l => Stems(l.Title).IsSubsetOf(mentioned)).ToList();
        if (whole.Count > 0) return whole;
        if (named.Count > 0) return named;
        return words.MeansEverything(turn.Text) ? offered : [];
    }

    // Words of three letters or more, singular: "dresses" and "dress" meet, so do "t-shirts" and "t-shirt".
    private static HashSet<string> Stems(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => Singular(m.Value)).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    private static string Singular(string word) =>
        word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    [GeneratedRegex(@"[\p{L}][\p{L}-]*")]
    private static partial Regex Word();
}
