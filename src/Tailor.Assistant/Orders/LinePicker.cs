using Tailor.Assistant.Dialogue;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Which of the offered order lines a shopper means: "the second one" (a position understood as an entity), or the
/// lines the message names, as the slot reader finds them. Nothing when the message names none of them.
/// </summary>
public sealed class LinePicker
{
    public IReadOnlyList<OrderLine> Pick(Turn turn, IReadOnlyList<OrderLine> offered)
    {
        if (offered.Count == 0) return [];
        var entities = turn.Understanding.Entities;
        IReadOnlyList<int> positions = entities.Ordinals.Count > 0 ? entities.Ordinals : entities.Ordinal is { } one ? [one] : [];
        var byPosition = positions.Select(p => p < 0 ? offered.Count + p : p - 1).Where(i => i >= 0 && i < offered.Count)
            .Select(i => offered[i]).Distinct().ToList();
        if (byPosition.Count > 0) return byPosition;

        var named = turn.Answer.Read(OrderSlots.Lines(offered)).Lines;
        return offered.Where(l => named.Contains(l.Id)).ToList();
    }
}
