using Tailor.Domain.Conversations;
using Tailor.Server.Analytics;

namespace Tailor.Tests.Analytics;

/// <summary>When a conversation counts as resolved by the assistant alone.</summary>
public sealed class ConversationResolutionTests
{
    private static TurnFacts Turn(long id, string text, string intent, TurnOutcome outcome, string command = "AskPolicy") =>
        new(id, "c", text, intent, 0.9, command, outcome, null, 0, new Dictionary<string, double>(), 1, DateTimeOffset.UnixEpoch);

    private static readonly HashSet<long> NoneRatedDown = [];

    [Fact]
    public void An_answer_asked_again_in_the_next_message_is_not_a_resolution()
    {
        var turns = new[]
        {
            Turn(1, "what is your returns policy", "ask_policy", TurnOutcome.AnsweredPolicy),
            Turn(2, "what is your returns policy??", "ask_policy", TurnOutcome.AnsweredPolicy),
        };
        Assert.False(ConversationResolution.IsResolved(turns, new HashSet<long> { 2 }, queued: false, addedToCart: false));
        // The second answer, not repeated and not rated down, resolves it.
        Assert.True(ConversationResolution.IsResolved(turns, NoneRatedDown, queued: false, addedToCart: false));
    }

    [Fact]
    public void Small_talk_answered_is_not_a_resolution_but_an_order_shown_is()
    {
        Assert.False(ConversationResolution.IsResolved([Turn(1, "hi", "greet", TurnOutcome.Answered, "SmallTalk")], NoneRatedDown, false, false));
        Assert.True(ConversationResolution.IsResolved([Turn(1, "where is my order", "track_order", TurnOutcome.OrderTracked)], NoneRatedDown, false, false));
    }

    [Fact]
    public void A_request_for_a_person_means_not_resolved_by_the_assistant_even_after_a_bag_add()
    {
        var turns = new[] { Turn(1, "jeans", "search_products", TurnOutcome.AnsweredWithProducts), Turn(2, "a person please", "request_human", TurnOutcome.Ticket) };
        Assert.True(ConversationResolution.IsEscalated(turns, queued: false));
        Assert.False(ConversationResolution.IsResolved(turns, NoneRatedDown, queued: false, addedToCart: true));
    }

    [Fact]
    public void A_repeat_is_the_same_intent_with_mostly_the_same_words()
    {
        var first = Turn(1, "do you ship to canada", "ask_policy", TurnOutcome.AnsweredPolicy);
        Assert.True(ConversationResolution.Repeats(Turn(2, "do you ship to canada?", "ask_policy", TurnOutcome.AnsweredPolicy), first));
        Assert.False(ConversationResolution.Repeats(Turn(2, "how long does delivery take", "ask_policy", TurnOutcome.AnsweredPolicy), first));
        Assert.False(ConversationResolution.Repeats(Turn(2, "do you ship to canada", "search_products", TurnOutcome.AnsweredPolicy), first));
    }
}
