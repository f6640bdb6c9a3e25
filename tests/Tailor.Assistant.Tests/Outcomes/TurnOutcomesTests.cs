using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Tests.Outcomes;

/// <summary>The turn log's outcome comes from what was sent: templates said, cards shown and the handover.</summary>
public sealed class TurnOutcomesTests
{
    private static readonly TurnOutcomes Rules = TurnOutcomes.Default;
    private static readonly ProductsPart Cards = new([new ProductCard("h", "Dress", 50m, null, "GBP", null, "/p/h", ["Red"], ["M"], "")]);
    private static readonly CitationPart Passage = new("Returns", "/pages/returns", "30 days");
    private static readonly OrderPart OrderCard = new("TL-1", "shipped", DateTimeOffset.UnixEpoch, [], 10m, "GBP", null, null, null, null, []);

    private static TurnVerdict Classify(TurnOutcome dialogue, string[] said, MessagePart[]? parts = null, HandOver handOver = HandOver.None) =>
        Rules.Classify(dialogue, handOver, said, parts ?? []);

    [Fact]
    public void A_search_that_found_nothing_is_no_results_even_when_the_flow_called_it_answered() =>
        Assert.Equal(new TurnVerdict(TurnOutcome.NoResults, false), Classify(TurnOutcome.Answered, ["search_none"]));

    [Theory]
    [InlineData("relaxed_words")]
    [InlineData("search_results_relaxed")]
    public void Nearby_products_shown_after_the_words_failed_mean_the_catalog_had_matches(string said) =>
        Assert.Equal(new TurnVerdict(TurnOutcome.NoResults, true), Classify(TurnOutcome.Answered, [said, "search_next_step"], [Cards]));

    [Fact]
    public void Products_in_another_size_are_no_results_for_the_hard_filters() =>
        Assert.Equal(new TurnVerdict(TurnOutcome.NoResults, false), Classify(TurnOutcome.Answered, ["relaxed_size"], [Cards]));

    [Fact]
    public void Cards_shown_are_answered_with_products() =>
        Assert.Equal(new TurnVerdict(TurnOutcome.AnsweredWithProducts), Classify(TurnOutcome.Answered, ["search_results", "search_next_step"], [Cards]));

    [Fact]
    public void A_quoted_policy_passage_is_answered_policy() =>
        Assert.Equal(TurnOutcome.AnsweredPolicy, Classify(TurnOutcome.Answered, ["policy_answer", "policy_next_step"], [Passage]).Outcome);

    [Fact]
    public void An_order_card_is_order_tracked_and_a_done_action_wins_over_it()
    {
        Assert.Equal(TurnOutcome.OrderTracked, Classify(TurnOutcome.Answered, ["track_shipped"], [OrderCard]).Outcome);
        Assert.Equal(TurnOutcome.OrderActionDone, Classify(TurnOutcome.Answered, ["order_cancel_done"], [OrderCard]).Outcome);
    }

    [Theory]
    [InlineData(HandOver.Queue, TurnOutcome.Handoff)]
    [InlineData(HandOver.Ticket, TurnOutcome.Ticket)]
    public void A_request_for_a_person_is_logged_by_where_it_went(HandOver handOver, TurnOutcome expected) =>
        Assert.Equal(expected, Classify(TurnOutcome.Handoff, ["human_requested"], handOver: handOver).Outcome);

    [Fact]
    public void An_offer_of_a_person_alone_is_a_fallback_but_after_an_answer_the_answer_counts()
    {
        Assert.Equal(TurnOutcome.Fallback, Classify(TurnOutcome.Handoff, ["human_offer"]).Outcome);
        Assert.Equal(TurnOutcome.AnsweredWithProducts, Classify(TurnOutcome.Handoff, ["search_results", "empathy", "human_offer"], [Cards]).Outcome);
        Assert.Equal(TurnOutcome.Answered, Classify(TurnOutcome.Handoff, ["product_fit", "human_offer"]).Outcome);
    }

    [Fact]
    public void The_dialogue_s_clarification_and_fallback_are_kept_and_small_talk_is_answered()
    {
        Assert.Equal(TurnOutcome.Clarified, Classify(TurnOutcome.Clarified, ["product_which_one"]).Outcome);
        Assert.Equal(TurnOutcome.Fallback, Classify(TurnOutcome.Fallback, ["policy_unknown"]).Outcome);
        Assert.Equal(new TurnVerdict(TurnOutcome.Answered), Classify(TurnOutcome.Answered, ["smalltalk_thanks"]));
    }

    [Fact]
    public void Every_template_the_rules_name_exists()
    {
        var templates = ResponseTemplates.LoadEmbedded();
        foreach (var key in TurnOutcomes.Default.Keys) Assert.True(templates.Has(key), $"outcomes.yaml names '{key}', which templates.yaml lacks");
    }
}
