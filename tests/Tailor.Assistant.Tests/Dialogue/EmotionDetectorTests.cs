using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding.Feelings;
using Tailor.Assistant.Understanding.Slots;

namespace Tailor.Assistant.Tests.Dialogue;

public sealed class EmotionDetectorTests
{
    [Fact]
    public void A_shopper_repeating_the_same_message_grows_frustrated()
    {
        var state = new DialogueState();
        for (var i = 0; i < 3; i++) EmotionDetector.Observe(state, new ShopperAnswer(null, "where is my parcel", "where is my parcel"), MoodWords.None, shouting: false);
        Assert.True(state.Frustration >= EmotionDetector.Empathise, $"frustration {state.Frustration}");
    }

    [Fact]
    public void Trying_different_email_addresses_is_not_repetition_even_though_they_are_masked_alike()
    {
        var state = new DialogueState();
        for (var i = 0; i < 3; i++) EmotionDetector.Observe(state, new ShopperAnswer(null, "TL-100023 a@b.com", "TL-100023 [email]"), MoodWords.None, shouting: false);
        Assert.Equal(0, state.Frustration);
    }
}
