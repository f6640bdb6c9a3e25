using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Handoff;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;

namespace Tailor.Assistant.Tests.Handoff;

public sealed class HandoffTriggerTests
{
    private static readonly HandoffPhrases Phrases = HandoffPhrases.LoadEmbedded();

    [Theory]
    [InlineData("the zip cut my finger, I'm injured", "injury")]
    [InlineData("I will be talking to my LAWYER about this", "legal_threat")]
    [InlineData("I've been charged   twice for one order", "payment_dispute")]
    [InlineData("your courier keeps harassing me", "harassment")]
    public void Sensitive_topics_from_the_data_file_are_noticed(string message, string topic) =>
        Assert.Equal(topic, Phrases.SensitiveTopicIn(message));

    [Theory]
    [InlineData("do you have suede boots in a 5?")]
    [InlineData("a dress for a courtyard wedding")]
    [InlineData("is the payment page secure")]
    public void Ordinary_shopping_words_are_not_sensitive(string message) => Assert.Null(Phrases.SensitiveTopicIn(message));

    [Fact]
    public void Every_handoff_reply_is_in_the_data_file()
    {
        foreach (var key in new[] { "handoff_sensitive", "handoff_cancelled", "handoff_handed_back", "handoff_resolved", "handoff_no_agent" })
            Assert.True(Phrases.Replies.Has(key), key);
    }

    [Fact]
    public void A_sensitive_topic_is_the_reason_whatever_else_was_said() =>
        Assert.Equal((HandoffReason.SensitiveTopic, "injury"),
            HandoffTriggers.ReasonFor(new DialogueState { HumanRequested = true, HumanRequestReason = "injury", Frustration = 3 }, "injury"));

    [Fact]
    public void Asking_for_a_person_right_after_an_order_action_was_refused_is_an_action_the_bot_could_not_complete() =>
        Assert.Equal((HandoffReason.ActionNotPossible, "cancel TL-100023: status"), HandoffTriggers.ReasonFor(new DialogueState
        {
            Turns = 6, UnfinishedAction = "cancel TL-100023: status", UnfinishedActionTurn = 5,
            HumanRequested = true, HumanRequestReason = "shopper asked for a person",
        }, null));

    [Fact]
    public void A_refused_action_long_ago_does_not_explain_a_later_request() =>
        Assert.Equal(HandoffReason.ShopperAsked, HandoffTriggers.ReasonFor(new DialogueState
        {
            Turns = 12, UnfinishedAction = "cancel TL-100023: status", UnfinishedActionTurn = 5,
            HumanRequested = true, HumanRequestReason = "shopper asked for a person",
        }, null).Reason);

    [Fact]
    public void Asking_for_a_person_is_the_shoppers_own_request() =>
        Assert.Equal(HandoffReason.ShopperAsked,
            HandoffTriggers.ReasonFor(new DialogueState { HumanRequested = true, HumanRequestReason = "shopper asked for a person" }, null).Reason);

    [Fact]
    public void Accepting_a_person_offered_out_of_frustration_records_frustration() =>
        Assert.Equal((HandoffReason.Frustration, "frustrated"),
            HandoffTriggers.ReasonFor(new DialogueState { HumanRequestReason = HandoffTriggers.AcceptedOffer, Frustration = EmotionDetector.OfferHuman + 0.1 }, null));

    [Fact]
    public void Accepting_a_person_offered_after_misunderstandings_records_failed_turns() =>
        Assert.Equal(HandoffReason.FailedTurns,
            HandoffTriggers.ReasonFor(new DialogueState { HumanRequestReason = HandoffTriggers.AcceptedOffer, Frustration = 0.4 }, null).Reason);

    [Fact]
    public void The_summary_tells_the_agent_what_the_shopper_wanted_and_what_was_tried()
    {
        var state = new DialogueState { Focus = "linen-midi-dress", Results = ["linen-midi-dress", "wrap-dress"], OrderInFocus = "TLR-1042", Frustration = 1.5 };
        TurnRecord Turn(string intent, string command, TurnOutcome outcome) => new() { ConversationId = "c", Intent = intent, Command = command, Outcome = outcome };
        var summary = HandoffSummary.From(HandoffReason.ShopperAsked, "shopper asked for a person", state,
            [Turn("search_products", "SearchProducts", TurnOutcome.Answered), Turn("track_order", "TrackOrder", TurnOutcome.Clarified),
             Turn("request_human", "RequestHuman", TurnOutcome.Handoff)]);

        Assert.Equal("track_order", summary.Intent);
        Assert.Equal(["linen-midi-dress", "wrap-dress"], summary.Products);
        Assert.Equal("TLR-1042", summary.Order);
        Assert.Equal("annoyed", summary.Sentiment);
        Assert.Equal(["SearchProducts (answered)", "TrackOrder (clarified)"], summary.Tried);
        Assert.Equal(3, summary.Turns);
    }
}
