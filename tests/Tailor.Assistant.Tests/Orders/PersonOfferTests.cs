using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Handoff;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Handoff;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>A request order care cannot do offers a person, whose handoff carries what was asked.</summary>
public sealed class PersonOfferTests
{
    [Fact]
    public void Accepting_the_offer_hands_over_with_a_note_of_the_request()
    {
        var state = new DialogueState { Turns = 3 };
        var turn = new Turn(new ShopperAnswer(null, "return TL-100001 please, it was a gift", "return TL-100001 please, it was a gift"), state,
            new Understanding.Understanding("", 1, [], RecognizedEntities.None, new OutOfScope()),
            new ReplyBuilder(ResponseTemplates.LoadEmbedded(), 0, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), new PageContext());

        PersonOffer.After(turn, OrderTask.Return, "TL-100001", "outside the 30-day window");

        Assert.True(state.HumanOffered);
        state.Turns++;
        var (reason, detail) = HandoffTriggers.ReasonFor(state, null);
        Assert.Equal(HandoffReason.ActionNotPossible, reason);
        Assert.Contains("StartReturn TL-100001: outside the 30-day window", detail);
        Assert.Contains("it was a gift", detail);
    }
}
