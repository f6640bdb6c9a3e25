using Tailor.Assistant.Dialogue;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>
/// The lines a message names, and whether it named a product bought on several lines without saying which
/// ("the t-shirt" when a black one and a white one were bought): then the flow asks which, never takes both.
/// </summary>
public sealed record LineChoice(IReadOnlyList<OrderLine> Lines, bool Ambiguous)
{
    public static readonly LineChoice None = new([], false);
}

/// <summary>
/// Which of the offered order lines a shopper means: "the second one" (a position understood as an entity), or the
/// lines the message names, as the slot reader finds them (narrowed by the option values it says: "the black one").
/// Nothing when the message names none of them.
/// </summary>
public sealed class LinePicker
{
    public IReadOnlyList<OrderLine> Pick(Turn turn, IReadOnlyList<OrderLine> offered) => Choose(turn, offered).Lines;

    public LineChoice Choose(Turn turn, IReadOnlyList<OrderLine> offered)
    {
        if (offered.Count == 0) return LineChoice.None;
        var entities = turn.Understanding.Entities;
        IReadOnlyList<int> positions = entities.Ordinals.Count > 0 ? entities.Ordinals : entities.Ordinal is { } one ? [one] : [];
        var byPosition = positions.Select(p => p < 0 ? offered.Count + p : p - 1).Where(i => i >= 0 && i < offered.Count)
            .Select(i => offered[i]).Distinct().ToList();
        if (byPosition.Count > 0) return new LineChoice(byPosition, false);

        var said = turn.Answer.Read(OrderSlots.Lines(offered));
        var named = offered.Where(l => said.Lines.Contains(l.Id)).ToList();
        // A title on two named lines was said once: which of them is meant, unless "both" or "all of them" was said.
        var ambiguous = !said.AllLines && named.GroupBy(l => l.Title, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1);
        return new LineChoice(named, ambiguous);
    }
}
