namespace Tailor.Assistant.Tests.Conversations;

/// <summary>One scripted conversation: where the shopper is, then what they say and what must come back. See Scripts/README.md.</summary>
public sealed class ConversationScript
{
    public string Name { get; set; } = "";
    public PageSetup? Context { get; set; }
    /// <summary>The signed-in customer (external id, e.g. cus_000001): the conversation starts with a valid customer token.</summary>
    public string? Customer { get; set; }
    /// <summary>Checks on the greeting the conversation opens with (text and quick replies only).</summary>
    public StepExpectation? Greeting { get; set; }
    public List<ConversationStep> Steps { get; set; } = [];

    /// <summary>The file it came from, for messages.</summary>
    public string File { get; set; } = "";
}

/// <summary>The widget's page context: <c>product</c> is a handle or <c>first-&lt;category&gt;</c>, resolved when the conversation starts.</summary>
public sealed class PageSetup
{
    public string? Page { get; set; }
    public string? Product { get; set; }
}

public sealed class ConversationStep
{
    public string User { get; set; } = "";
    public StepExpectation Expect { get; set; } = new();
    /// <summary>A known engine gap: the turn still runs, its failing checks are reported instead of failing the test.</summary>
    public string? KnownGap { get; set; }
}

public sealed class StepExpectation
{
    public string? Command { get; set; }
    public string? Intent { get; set; }
    /// <summary>The logged outcome in snake case (no_results); "answered" and "handoff" also accept their kinds (see OutcomeNames).</summary>
    public string? Outcome { get; set; }
    /// <summary>For a no-results turn: whether the catalog had products for the hard filters.</summary>
    public bool? CatalogHadMatches { get; set; }
    /// <summary>The active search in the dialogue state after the turn; a null value means "not set".</summary>
    public Dictionary<string, string?>? Slots { get; set; }
    /// <summary>False: no search is active after the turn (cancel, start over).</summary>
    public bool? SearchActive { get; set; }
    public ProductExpectation? Products { get; set; }
    public bool? NoProducts { get; set; }
    public List<string>? TextContains { get; set; }
    /// <summary>At least one of these appears (case-insensitive).</summary>
    public List<string>? TextContainsAny { get; set; }
    public List<string>? TextNotContains { get; set; }
    public string? TextMatches { get; set; }
    public List<string>? QuickRepliesContain { get; set; }
    public CitationExpectation? Citation { get; set; }
    public bool? NoCitation { get; set; }
    public bool? HumanRequested { get; set; }
    public bool? HumanOffered { get; set; }
    /// <summary>The focused product after the turn is the one at this position of the results before it (1-based, -1 = last).</summary>
    public int? FocusResult { get; set; }
    /// <summary>The focused product after the turn is the page's product.</summary>
    public bool? FocusPage { get; set; }
    /// <summary>None of these may appear in what was stored for this turn: transcript, turn log (text and entities) and dialogue state.</summary>
    public List<string>? StoredNotContains { get; set; }
    /// <summary>Each of these appears in the shopper's message as stored in the transcript (e.g. "[card]").</summary>
    public List<string>? StoredContains { get; set; }
    public string? PromoCode { get; set; }
    /// <summary>Facts of the focused product (else the page's) that the reply must state, read from the catalog; see FocusChecks.</summary>
    public List<string>? AboutFocus { get; set; }
    /// <summary>The focused product has an in-stock variant of this colour family ("the red one").</summary>
    public string? FocusColorFamily { get; set; }

    // Orders: "number" is an order selector (see OrderFacts) or a literal TL- number; checked in the database after the turn.
    /// <summary>The reply carries an order card for this order.</summary>
    public string? OrderCard { get; set; }
    public bool? NoOrderCard { get; set; }
    /// <summary>The order flow's step after the turn (OrderNumber, Identity, ChooseOrder, Lines, Reason, Confirm…), or "none".</summary>
    public string? OrderStep { get; set; }
    /// <summary>The order's status (e.g. cancelled, partially-returned).</summary>
    public OrderValue? OrderStatus { get; set; }
    /// <summary>The order's delivery postcode.</summary>
    public OrderValue? OrderPostcode { get; set; }
    /// <summary>The first line's variant: <c>is: "size 12"</c> checks its size, <c>is: "in Black"</c> its colour.</summary>
    public OrderValue? OrderLineVariant { get; set; }
    public ReturnsExpectation? ReturnsForOrder { get; set; }
    /// <summary>Audit log rows about the order.</summary>
    public OrderCount? AuditCount { get; set; }
    /// <summary>Outgoing webhook events about the order (of <c>type</c> when given) waiting in the outbox or sent.</summary>
    public OrderCount? WebhooksQueued { get; set; }

    /// <summary>A copy with {order:…}-style placeholders filled in the text checks.</summary>
    public async Task<StepExpectation> FillAsync(Func<string, Task<string>> fill)
    {
        async Task<List<string>?> Each(List<string>? values)
        {
            if (values is null) return null;
            var filled = new List<string>();
            foreach (var value in values) filled.Add(await fill(value));
            return filled;
        }
        var copy = (StepExpectation)MemberwiseClone();
        copy.TextContains = await Each(TextContains);
        copy.TextContainsAny = await Each(TextContainsAny);
        copy.TextNotContains = await Each(TextNotContains);
        copy.QuickRepliesContain = await Each(QuickRepliesContain);
        copy.StoredNotContains = await Each(StoredNotContains);
        return copy;
    }
}

/// <summary>One value of an order after the turn: <c>{ number: emma-processing, is: cancelled }</c>.</summary>
public sealed class OrderValue
{
    public string Number { get; set; } = "";
    public string Is { get; set; } = "";
}

/// <summary>How many rows of something concern the order.</summary>
public sealed class OrderCount
{
    public string Number { get; set; } = "";
    public int Count { get; set; }
    public string? Type { get; set; }
}

/// <summary>The returns and exchanges (RMAs) of an order after the turn; the optional values describe the newest.</summary>
public sealed class ReturnsExpectation
{
    public string Number { get; set; } = "";
    public int Count { get; set; }
    public string? Kind { get; set; }
    public string? Status { get; set; }
    public string? RefundMethod { get; set; }
    /// <summary>Order lines in the newest request.</summary>
    public int? Lines { get; set; }
    /// <summary>Units in the newest request.</summary>
    public int? Units { get; set; }
}

public sealed class ProductExpectation
{
    public int? Min { get; set; }
    public int? Max { get; set; }
    public int? Count { get; set; }
    /// <summary>Checked against the database for every card shown.</summary>
    public ProductConditions? All { get; set; }
    /// <summary>At least one card satisfies these.</summary>
    public ProductConditions? Any { get; set; }
    /// <summary>price_asc, price_desc or rating_desc.</summary>
    public string? Sorted { get; set; }
    /// <summary>No card shown this turn was shown earlier in the conversation.</summary>
    public bool? NotSeenBefore { get; set; }
    /// <summary>Every card is cheaper than the cheapest card of the previous page of results.</summary>
    public bool? CheaperThanBefore { get; set; }
    /// <summary>Every card costs more than the dearest card of the previous page of results.</summary>
    public bool? DearerThanBefore { get; set; }
    /// <summary>The cards are exactly the products at these positions of the results before the turn (1-based, -1 = last).</summary>
    public List<int>? PreviousResults { get; set; }
    /// <summary>The cards include the page's product.</summary>
    public bool? IncludesPageProduct { get; set; }
    /// <summary>No card is the focused product from before the turn (recommendations: "something similar").</summary>
    public bool? ExcludesFocus { get; set; }
}

/// <summary>What a product card's product must be, verified independently from the catalog.</summary>
/// <remarks>
/// Product-level: category, category_in, category_not, gender (unisex counts for women and men), occasion, material,
/// material_not, pattern, pattern_not, fit, style, season, brand, mentions (title, description or attributes).
/// Variant-level (one in-stock variant must meet them all at once): color_family, color_family_not, color, size_in_stock,
/// price_lte, price_lt, price_gte, on_sale.
/// </remarks>
public sealed class ProductConditions
{
    public string? Category { get; set; }
    public List<string>? CategoryIn { get; set; }
    public string? CategoryNot { get; set; }
    public string? Gender { get; set; }
    public string? Occasion { get; set; }
    public string? Material { get; set; }
    public string? MaterialNot { get; set; }
    public string? Pattern { get; set; }
    public string? PatternNot { get; set; }
    public string? Fit { get; set; }
    public string? Style { get; set; }
    public string? Season { get; set; }
    public string? Brand { get; set; }
    public string? Mentions { get; set; }
    public string? ColorFamily { get; set; }
    public string? ColorFamilyNot { get; set; }
    public string? Color { get; set; }
    public string? SizeInStock { get; set; }
    public decimal? PriceLte { get; set; }
    public decimal? PriceLt { get; set; }
    public decimal? PriceGte { get; set; }
    public bool? OnSale { get; set; }
}

public sealed class CitationExpectation
{
    public string? UrlContains { get; set; }
    public string? TitleContains { get; set; }
    public string? QuoteContains { get; set; }
}
