using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Styling;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;
using Tailor.Domain.Conversations;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Occasion, body-shape and complete-the-look advice: reads the occasion, shape, department, size and budget of the
/// turn, has <see cref="OutfitBuilder"/> put the looks together and says why each piece is there, from the style data.
/// </summary>
public sealed class Stylist(OutfitBuilder outfits, StyleKnowledge knowledge, OutfitPlanner planner, StoreSettings settings)
{
    public async Task AdviseAsync(Turn turn, ProductFacts? anchor, string? catalogOccasion, CancellationToken ct)
    {
        var entities = turn.Understanding.Entities;
        var occasion = OccasionFor(entities.StyleOccasion ?? catalogOccasion);
        var shape = entities.BodyShape is { } name && knowledge.Shapes.TryGetValue(name, out var rule) ? rule : null;
        var (department, stated) = Department(turn, anchor);
        var constraints = entities.Constraints;
        var request = new OutfitRequest(department, anchor, entities.ReferencedColor ?? constraints.Colors.FirstOrDefault(), occasion, shape,
            constraints.Size ?? turn.State.Search?.Size, constraints.MaxPrice);
        var styled = await outfits.BuildAsync(request, ct);

        var reply = turn.Reply;
        if (occasion is { Why.Length: > 0 }) reply.Say("style_occasion", ("occasion", occasion.Name), ("why", occasion.Why));
        if (shape is not null) reply.Say("style_shape", ("why", shape.Why));
        if (styled.Outfits.Count == 0)
        {
            reply.Say("style_none", ("what", anchor?.Title ?? occasion?.Name ?? "that"), ("department", DepartmentName(department)));
            turn.Outcome = TurnOutcome.Clarified;
            return;
        }
        reply.Say(stated ? "style_department" : "style_department_assumed", ("department", DepartmentName(department)));
        var count = styled.Outfits.Count == 1 ? "one look" : $"{styled.Outfits.Count} looks";
        if (anchor is not null)
            reply.Say("style_anchor", ("title", anchor.Title), ("color", styled.AnchorColor?.ToLowerInvariant()), ("are", styled.Outfits.Count == 1 ? "is" : "are"), ("count", count));
        else
            reply.Say("style_looks", ("are", styled.Outfits.Count == 1 ? "is" : "are"), ("count", count));
        var cards = new List<ProductCard>();
        foreach (var (outfit, i) in styled.Outfits.Select((o, i) => (o, i)))
        {
            var pieces = string.Join(", ", outfit.Pieces.Select(p => reply.Render("style_piece", ("title", p.Product.Title), ("color", p.Color.ToLowerInvariant()), ("reason", p.Reason))));
            reply.Say("style_outfit", ("number", i + 1), ("pieces", pieces));
            cards.AddRange(outfit.Pieces.Select(p => ProductCard.For(p.Product, settings.Currency, $"{DepartmentName(department)} · look {i + 1} · {p.Reason}")));
        }
        if (request.Budget is { } budget) reply.Say("style_budget", ("budget", budget));
        else if (anchor is { PriceFrom: > 0 })
            reply.Say("style_price_band", ("title", anchor.Title));
        reply.Add(new ProductsPart(cards));
        reply.Say("style_next_step");
    }

    /// <summary>The style rule for an occasion: its own, else one whose words name it ("work" is office), else the catalog's tag alone.</summary>
    private OccasionRule? OccasionFor(string? occasion)
    {
        if (occasion is null) return null;
        if (knowledge.Occasions.TryGetValue(occasion, out var rule)) return rule;
        return knowledge.Occasions.Values.FirstOrDefault(o => o.Words.Contains(occasion, StringComparer.OrdinalIgnoreCase))
            ?? new OccasionRule(occasion, [occasion], [occasion], 1, 5, [], [], [], [], "",
                new Dictionary<string, IReadOnlyList<string>> { ["women"] = planner.CompanionsOf(null, occasion), ["men"] = planner.CompanionsOf(null, occasion) });
    }

    /// <summary>
    /// Whom the outfit is for: said in this message ("I'm a guy", "for my daughter"), else the centre piece's department,
    /// else said earlier in the conversation, else womenswear, said as an assumption. What is said is kept for the conversation.
    /// </summary>
    private static (Gender Department, bool Stated) Department(Turn turn, ProductFacts? anchor)
    {
        if (turn.Understanding.Entities.Constraints.Gender is { } said and not Gender.Unisex)
        {
            turn.State.Search = (turn.State.Search ?? SearchConstraints.Empty) with { Gender = said };
            return (said, true);
        }
        if (anchor?.Gender is Gender.Women or Gender.Men or Gender.Kids) return (anchor.Gender, true);
        if (turn.State.Search?.Gender is { } earlier and not Gender.Unisex) return (earlier, true);
        return (Gender.Women, false);
    }

    private static string DepartmentName(Gender department) => department switch
    {
        Gender.Men => "menswear",
        Gender.Kids => "kidswear",
        _ => "womenswear",
    };
}
