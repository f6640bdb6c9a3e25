using System.Globalization;
using Tailor.Assistant.Llm;

namespace Tailor.Assistant.Tests.Llm;

public sealed class GroundingCheckTests
{
    private static readonly GroundingCheck Check = new(GroundingWords.LoadEmbedded(), CultureInfo.GetCultureInfo("en-GB"));
    private static readonly HashSet<string> Titles = ["thea linen midi dress", "orla wrap dress"];

    private const string Facts = """
        {"draft":"The Thea Linen Midi Dress is £89.00, in stock in M and L. Returns are free within 30 days.",
         "parts":[{"type":"order","number":"100234","status":"Shipped","eta":"2026-11-27","total":1249.50}]}
        """;

    [Fact]
    public void An_answer_that_keeps_to_the_facts_passes() =>
        Assert.Empty(Check.Findings("Good news: the Thea Linen Midi Dress costs £89 and is in stock in M and L. You have 30 days to return it free.", Facts, Titles));

    [Fact]
    public void An_invented_price_is_caught() =>
        Assert.Equal(["the price £79.00"], Check.Findings("The Thea Linen Midi Dress is only £79.00 today.", Facts, Titles));

    [Fact]
    public void A_price_is_not_supported_by_the_same_number_used_for_something_else() =>
        Assert.Equal(["the price £30"], Check.Findings("Everything is £30 today.", Facts, Titles));

    [Fact]
    public void A_changed_policy_figure_is_caught() =>
        Assert.Contains("the figure 60", Check.Findings("You can return it within 60 days.", Facts, Titles));

    [Fact]
    public void A_product_that_is_not_among_the_facts_is_caught() =>
        Assert.Contains("the product 'Orla Wrap Dress'", Check.Findings("You might also like the Orla Wrap Dress.", Facts, Titles));

    [Fact]
    public void An_order_status_and_delivery_day_must_match_the_order() =>
        Assert.Equal(["the order status 'delivered'"],
            Check.Findings("Order 100234 has been delivered, it was due Friday 27 November.", Facts, Titles));

    [Fact]
    public void Another_name_of_the_same_status_and_a_grouped_total_pass() =>
        Assert.Empty(Check.Findings("Order 100234 (£1,249.50) was dispatched and should arrive on Friday 27 November.", Facts, Titles));

    [Fact]
    public void An_invented_letter_size_and_stock_claim_are_caught()
    {
        var findings = Check.Findings("It is selling fast, and there is an XL too.", Facts, Titles);
        Assert.Contains("size XL", findings);
        Assert.Contains("the stock claim 'selling fast'", findings);
    }
}
