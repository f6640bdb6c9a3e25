using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Finds the product a message points at: a named product, a position or colour in the last results, "the other one"
/// after two were talked about, the focused product, the page's product, or the only product shown. With several
/// shown and nothing to choose by, it asks which one, offering the shown titles.
/// </summary>
public sealed class ProductReferences(ProductFactsReader facts, ProductSearchSkill search)
{
    /// <summary>How many shown titles "which one?" offers.</summary>
    private const int Offered = 4;

    public async Task<ProductFacts?> ResolveAsync(Turn turn, ProductRef reference, CancellationToken ct, bool quiet = false)
    {
        var state = turn.State;
        var handle = await HandleAsync(turn, reference, ct);
        var product = handle is null ? null : await facts.GetAsync(handle, ct);
        if (product is null)
        {
            if (!quiet) await AskWhichAsync(turn, reference, ct);
            return null;
        }
        if (state.Focus != product.Handle) state.PreviousFocus = state.Focus;
        state.Focus = product.Handle;
        return product;
    }

    /// <summary>The products last shown (at most a page), for a short question answered for each when none was picked.</summary>
    public async Task<IReadOnlyList<ProductFacts>> ShownAsync(Turn turn, CancellationToken ct)
    {
        var shown = new List<ProductFacts>();
        foreach (var handle in turn.State.Results.TakeLast(ShoppingFlow.PageSize).Take(Offered))
            if (await facts.GetAsync(handle, ct) is { } product) shown.Add(product);
        return shown;
    }

    private async Task<string?> HandleAsync(Turn turn, ProductRef reference, CancellationToken ct)
    {
        var state = turn.State;
        return reference.Handle
            ?? (reference.Rank is { } rank ? await FirstByAsync(state, rank, ct) : null)
            ?? (reference.Position is { } position ? PickByPosition(state, position) : null)
            ?? (reference.Other ? OtherOne(state) : null)
            // "the second one in black" keeps the colour as a wish about the second one, not a way to pick.
            ?? (reference.Color is { } color && reference.Position is null ? await PickByColorAsync(state, color, ct) : null)
            ?? state.Focus ?? turn.Page.ProductHandle
            ?? (state.Results.Count == 1 ? state.Results[0] : null);
    }

    /// <summary>
    /// The colour a message wants of the product when the product does not come in it at all ("the second one in black"):
    /// null when it does, or when no colour was asked for.
    /// </summary>
    public static string? MissingColor(ProductFacts product, string? color) =>
        color is null || product.Variants.Any(v => SameColor(v, color)) ? null : color;

    /// <summary>Says plainly that the product does not come in the colour asked for, and offers the colours it does come in.</summary>
    public static void SayMissingColor(Turn turn, ProductFacts product, string color)
    {
        var colors = product.Variants.Select(v => v.Color).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        turn.Reply.Say("product_color_missing", ("title", product.Title), ("color", color), ("colors", ConstraintsDescriber.Join(colors)))
            .QuickReplies(colors.Take(Offered).Select(c => $"the {c} one").ToList());
    }

    private static bool SameColor(VariantFact variant, string color) =>
        variant.ColorFamily == color || string.Equals(variant.Color, color, StringComparison.OrdinalIgnoreCase);

    /// <summary>Several products shown and nothing to choose by: which one, with their titles to tap.</summary>
    public async Task AskWhichAsync(Turn turn, ProductRef reference, CancellationToken ct)
    {
        turn.Outcome = TurnOutcome.Clarified;
        var titles = new List<string>();
        foreach (var handle in turn.State.Results.TakeLast(ShoppingFlow.PageSize).Take(Offered))
            if (await facts.GetAsync(handle, ct) is { } shown) titles.Add(shown.Title);
        if (titles.Count == 0)
        {
            turn.Reply.Say("product_need_reference");
            return;
        }
        // "The ninth one" of four shown: say how many there are rather than pick one.
        if (reference.Position is { } position && Math.Abs(position) > turn.State.Results.Count)
            turn.Reply.Say("product_position_past_end", ("count", turn.State.Results.Count));
        turn.Reply.Say("product_which_one", ("titles", ConstraintsDescriber.Join(titles, "or"))).QuickReplies(titles);
        ProductQuestionFlow.Hold(turn.State, turn.Understanding.Command);
    }

    private static string? PickByPosition(DialogueState state, int position)
    {
        var index = position < 0 ? state.Results.Count + position : position - 1;
        return index >= 0 && index < state.Results.Count ? state.Results[index] : null;
    }

    /// <summary>"The other one": of the two last talked about, the one not in focus; of two shown, the one not in focus.</summary>
    private static string? OtherOne(DialogueState state)
    {
        if (state.PreviousFocus is { } previous && previous != state.Focus) return previous;
        var shown = state.Results.TakeLast(ShoppingFlow.PageSize).ToList();
        return shown.Count == 2 && state.Focus is { } focus && shown.Contains(focus) ? shown.Single(h => h != focus) : null;
    }

    /// <summary>"The cheapest one": the first match of the current search in that order, or of the shown ones without a search.</summary>
    private async Task<string?> FirstByAsync(DialogueState state, SearchSort rank, CancellationToken ct)
    {
        if (state.Search is not { } current) return null;
        var first = await search.SearchAsync(current with { Sort = rank }, 0, 1, ct);
        return first.Products.FirstOrDefault()?.Handle;
    }

    private Task<string?> PickByColorAsync(DialogueState state, string color, CancellationToken ct) =>
        facts.FirstInColorAsync(state.Results.TakeLast(ShoppingFlow.PageSize).ToList(), color, ct);
}
