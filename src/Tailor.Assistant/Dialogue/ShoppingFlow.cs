using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// The search flow: new searches, refinements, "show more", picking a product, corrections, and resuming an
/// interrupted search. Every product shown comes from the search skill, so it exists and satisfies the constraints.
/// </summary>
public sealed class ShoppingFlow(ProductSearchSkill search, StoreSettings settings) : IDialogueFlow
{
    public const string FlowName = "search";
    public const int PageSize = 4;

    public string Name => FlowName;

    public bool Handles(Command command) => command is SearchProducts or RefineSearch or ShowMore or Correct or BackToPrevious or CancelFlow;

    /// <summary>A search waits for nothing: refinements arrive as commands of their own.</summary>
    public bool IsWaiting(FlowFrame frame) => false;

    public Task<bool> ContinueAsync(Turn turn, CancellationToken ct) => Task.FromResult(false);

    public Task RemindAsync(Turn turn, CancellationToken ct) => Task.CompletedTask;

    private readonly NearestAlternatives alternatives = new(search);
    private readonly ProfileSearch profiled = new(search);

    public async Task SearchAsync(Turn turn, SearchConstraints constraints, CancellationToken ct)
    {
        var state = turn.State;
        if (constraints.IsEmpty)
        {
            await AskWhatAsync(turn, ct);
            return;
        }
        // A new search interrupts the current one; "back to the dresses" brings it back.
        if (state.Search is { } previous && !previous.IsEmpty) Interrupt(state);
        // Its list is what "it" and "the second one" mean now, not a product talked about before.
        if (state.Focus is not null) (state.PreviousFocus, state.Focus) = (state.Focus, null);
        StartSearch(state, await profiled.ShapeAsync(state.Profile, constraints, ct));
        await ShowPageAsync(turn, fresh: true, ct);
    }

    public async Task RefineAsync(Turn turn, SearchConstraints change, PriceDirection? direction, CancellationToken ct)
    {
        var state = turn.State;
        if (state.Search is null)
        {
            await SearchAsync(turn, change, ct);
            return;
        }
        var refined = state.Search.With(change);
        if (direction is { } way && PriceAnchor(state, way) is { } anchor)
            refined = way == PriceDirection.Cheaper
                ? refined with { MaxPrice = anchor - 0.01m, MinPrice = null }
                : refined with { MinPrice = anchor + 0.01m, MaxPrice = null };
        StartSearch(state, refined);
        await ShowPageAsync(turn, fresh: true, ct);
    }

    /// <summary>"No, I meant size 10": the correction replaces the values it names and the search runs again.</summary>
    public Task CorrectAsync(Turn turn, SearchConstraints change, CancellationToken ct) =>
        change.IsEmpty ? AskWhatAsync(turn, ct) : RefineAsync(turn, change, null, ct);

    public async Task ShowMoreAsync(Turn turn, CancellationToken ct)
    {
        if (turn.State.Search is null)
        {
            await AskWhatAsync(turn, ct);
            return;
        }
        await ShowPageAsync(turn, fresh: false, ct);
    }

    public async Task ResumeAsync(Turn turn, SearchConstraints mentioned, CancellationToken ct)
    {
        var state = turn.State;
        var frame = state.Interrupted.LastOrDefault(f => f.Search is { } s && (mentioned.Category is null || s.Category == mentioned.Category));
        if (frame is not null)
        {
            state.Forget(frame);
            if (state.Search is { IsEmpty: false }) Interrupt(state);
            (state.Search, state.Results, state.Shown, state.Focus) = (frame.Search, [], 0, frame.Focus);
        }
        else if (state.Search is null)
        {
            turn.Reply.Say("back_nothing");
            turn.Outcome = Domain.Conversations.TurnOutcome.Clarified;
            return;
        }
        state.Results.Clear();
        state.Shown = 0;
        turn.Reply.Say("back_resume", ("what", Describe(turn, state.Search!)));
        await ShowPageAsync(turn, fresh: true, ct, announce: false);
    }

    public void Cancel(Turn turn)
    {
        var state = turn.State;
        (state.Search, state.Focus) = (null, null);
        state.Results.Clear();
        state.Stack.Clear();
        state.Shown = 0;
        turn.Reply.Say("cancel_done");
    }

    /// <summary>A broad request: ask what kind of item, offering the categories that really have stock.</summary>
    private async Task AskWhatAsync(Turn turn, CancellationToken ct)
    {
        var overview = await search.SearchAsync(SearchConstraints.Empty, 0, 0, ct);
        turn.Reply.Say("search_ask_category").QuickReplies(overview.Facets.Categories.Take(6).Select(c => c.Value));
        turn.Outcome = Domain.Conversations.TurnOutcome.Clarified;
    }

    private async Task ShowPageAsync(Turn turn, bool fresh, CancellationToken ct, bool announce = true)
    {
        var state = turn.State;
        var constraints = state.Search!;
        var result = await search.SearchAsync(constraints, state.Shown, PageSize, ct);
        var what = Describe(turn, constraints);
        if (result.Total == 0)
        {
            await OfferAlternativesAsync(turn, constraints, what, ct);
            return;
        }
        if (result.Products.Count == 0)
        {
            turn.Reply.Say("search_no_more", ("total", result.Total), ("what", what));
            return;
        }

        var first = state.Shown + 1;
        var last = state.Shown + result.Products.Count;
        var range = first == last ? $"number {first}" : $"{first} to {last}";
        if (announce)
        {
            var key = !fresh ? "search_more" : result.Relaxed ? "search_results_relaxed" : "search_results";
            turn.Reply.Say(key, ("total", result.Total), ("what", what), ("shown_range", range), ("are", result.Total == 1 ? "is" : "are"));
        }
        ShowCards(turn, result, last);
        Clarify(turn, constraints, result);
    }

    private void ShowCards(Turn turn, ProductSearchResult result, int last)
    {
        var state = turn.State;
        turn.Reply.Add(new ProductsPart(result.Products.Select(Card).ToList()));
        state.Results.AddRange(result.Products.Select(p => p.Handle).Where(h => !state.Results.Contains(h)));
        state.Shown = last;
        state.ShownPrices = new PriceSpan(result.Products.Min(p => p.Price), result.Products.Max(p => p.Price));
        if (result.Products.Count == 1) state.Focus = result.Products[0].Handle;
    }

    /// <summary>
    /// Nothing matched: name the constraint that emptied the list and show what the nearest search finds without it,
    /// which becomes the active search. Every figure said comes from that search's results.
    /// </summary>
    private async Task OfferAlternativesAsync(Turn turn, SearchConstraints constraints, string what, CancellationToken ct)
    {
        turn.Outcome = Domain.Conversations.TurnOutcome.Answered;
        if (await alternatives.FindAsync(constraints, PageSize, ct) is not { } found)
        {
            turn.Reply.Say("search_none", ("what", what), ("relax", turn.Reply.Render("relax_generic")))
                .QuickReplies(["start over", "show me what's new"]);
            return;
        }
        var (relaxation, result) = (found.Relaxation, found.Result);
        var (options, replies) = AlternativeOptions(turn, relaxation.Kind, result);
        turn.Reply.Say($"relaxed_{relaxation.Kind}", ("what", what), ("dropped", relaxation.Dropped), ("total", result.Total),
            ("are", result.Total == 1 ? "is" : "are"), ("what_relaxed", Describe(turn, relaxation.Search)),
            ("options", ConstraintsDescriber.Join(options, "or")), ("cheapest", result.Products.Min(p => p.Price)));
        StartSearch(turn.State, relaxation.Search);
        ShowCards(turn, result, result.Products.Count);
        turn.Reply.QuickReplies([.. replies, "start over"]);
    }

    /// <summary>What the shopper can pick instead, from the facets of the relaxed search: its sizes, colours, materials, brands or cheapest price.</summary>
    private static (IReadOnlyList<string> Options, IReadOnlyList<string> Replies) AlternativeOptions(Turn turn, string kind, ProductSearchResult result)
    {
        var facets = result.Facets;
        IReadOnlyList<string> Top(IReadOnlyList<FacetCount> values) => values.Take(4).Select(v => v.Value).ToList();
        return kind switch
        {
            "size" => (Top(facets.Sizes), Top(facets.Sizes).Select(s => $"size {s}").ToList()),
            "color" or "shade" => (Top(facets.Colors), Top(facets.Colors).Select(c => $"in {c}").ToList()),
            "material" => (Top(facets.Materials), Top(facets.Materials).Select(m => $"in {m}").ToList()),
            "brand" => (Top(facets.Brands), []),
            "price" => ([], [$"under {ConstraintsDescriber.Money(Math.Ceiling(result.Products.Min(p => p.Price)), turn.Reply.Culture)}"]),
            _ => ([], []),
        };
    }

    /// <summary>Quick replies from the real facets of the matches: the next filter that would narrow them most.</summary>
    private static void Clarify(Turn turn, SearchConstraints constraints, ProductSearchResult result)
    {
        turn.Reply.Say("search_next_step");
        if (result.Total <= PageSize) return;
        if (constraints.Category is null && result.Facets.Categories.Count > 1)
            turn.Reply.QuickReplies(result.Facets.Categories.Take(5).Select(c => c.Value));
        else if (constraints.Colors.Count == 0 && result.Facets.Colors.Count > 1)
            turn.Reply.QuickReplies(result.Facets.Colors.Take(5).Select(c => $"in {c.Value}"));
        else if (constraints.Size is null && result.Facets.Sizes.Count > 1)
            turn.Reply.QuickReplies(result.Facets.Sizes.Take(5).Select(s => $"size {s.Value}"));
        else if (result.Total > turn.State.Shown)
            turn.Reply.QuickReplies(["show more", "cheaper"]);
    }

    private ProductCard Card(ProductMatch p) => ProductCard.For(p, settings.Currency, string.Join(" · ", p.Reasons.Take(3)));

    /// <summary>"Cheaper" means cheaper than the cheapest shown; "more expensive", dearer than the dearest shown.</summary>
    private static decimal? PriceAnchor(DialogueState state, PriceDirection direction) =>
        direction == PriceDirection.Cheaper ? state.ShownPrices?.Min : state.ShownPrices?.Max;

    private static void StartSearch(DialogueState state, SearchConstraints constraints)
    {
        state.Search = constraints;
        state.Results.Clear();
        state.Shown = 0;
        state.Flow = new FlowFrame { Name = FlowName };
    }

    private static void Interrupt(DialogueState state)
    {
        foreach (var same in state.Interrupted.Where(f => f.Search == state.Search)) state.Forget(same);
        state.SetAside(new FlowFrame { Name = FlowName, Search = state.Search, Focus = state.Focus });
    }

    private static string Describe(Turn turn, SearchConstraints constraints) =>
        ConstraintsDescriber.Describe(constraints, turn.Reply.Culture);
}
