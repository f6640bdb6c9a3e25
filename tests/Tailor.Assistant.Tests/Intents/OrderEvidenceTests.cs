using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Tests.Intents;

public sealed class OrderEvidenceTests
{
    private static readonly UnderstandingContext Browsing = new(false, null, false, false, null);
    private static readonly UnderstandingContext InOrderFlow = Browsing with { ActiveFlow = "order" };

    [Theory]
    [InlineData("cancel_order", "cancel my newsletter")]
    [InlineData("cancel_order", "what's the cancellation fee")]
    [InlineData("change_order", "change my password")]
    [InlineData("start_exchange", "can i swap it")]
    public void An_order_action_without_an_order_in_sight_asks_instead(string intent, string text)
    {
        var command = CommandMapper.Map(intent, RecognizedEntities.None, text, Browsing, confidence: 0.8);

        var clarify = Assert.IsType<Clarify>(command);
        Assert.Contains(intent, clarify.Candidates);
        Assert.All(clarify.Candidates, c => Assert.NotNull(IntentLabels.For(c)));
    }

    [Theory]
    [InlineData("cancel_order", "please cancel my order", typeof(CancelOrder))]
    [InlineData("change_order", "change the address on the parcel", typeof(ChangeOrder))]
    [InlineData("start_return", "the zip broke after one wear", typeof(StartReturn))]
    [InlineData("start_return", "I'm really upset, the dress I got has a hole in it", typeof(StartReturn))]
    [InlineData("start_exchange", "exchange an item", typeof(StartExchange))]
    public void Order_words_or_a_fault_are_evidence_enough(string intent, string text, Type expected)
    {
        Assert.IsType(expected, CommandMapper.Map(intent, RecognizedEntities.None, text, Browsing, confidence: 0.8));
    }

    [Fact]
    public void An_order_number_is_evidence()
    {
        var entities = RecognizedEntities.None with { OrderNumber = "TL-100023" };

        Assert.IsType<CancelOrder>(CommandMapper.Map("cancel_order", entities, "cancel TL-100023", Browsing, confidence: 0.6));
    }

    [Fact]
    public void An_order_just_shown_is_evidence_for_cancel_it()
    {
        Assert.IsType<CancelOrder>(CommandMapper.Map("cancel_order", RecognizedEntities.None, "i want to cancel it", Browsing with { HasOrderInFocus = true }, confidence: 0.7));
    }

    [Fact]
    public void Cancel_alone_inside_a_flow_stops_the_flow()
    {
        Assert.IsType<CancelFlow>(CommandMapper.Map("cancel_order", RecognizedEntities.None, "cancel", InOrderFlow, confidence: 0.9));
    }

    [Fact]
    public void Very_sure_wording_is_evidence()
    {
        Assert.IsType<CancelOrder>(CommandMapper.Map("cancel_order", RecognizedEntities.None, "cancel it", Browsing, confidence: 0.99));
    }
}
