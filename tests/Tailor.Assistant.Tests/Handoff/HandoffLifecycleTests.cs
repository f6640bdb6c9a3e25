using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;

namespace Tailor.Assistant.Tests.Handoff;

public sealed class HandoffLifecycleTests
{
    [Theory]
    [InlineData(HandoffStatus.Queued, HandoffStatus.WithAgent)]
    [InlineData(HandoffStatus.Queued, HandoffStatus.Cancelled)]
    [InlineData(HandoffStatus.WithAgent, HandoffStatus.WithAgent)]
    [InlineData(HandoffStatus.WithAgent, HandoffStatus.Resolved)]
    [InlineData(HandoffStatus.WithAgent, HandoffStatus.HandedBack)]
    public void A_handoff_moves_along_the_lifecycle(HandoffStatus from, HandoffStatus to) =>
        Assert.True(HandoffLifecycle.CanMove(from, to));

    [Theory]
    [InlineData(HandoffStatus.Queued, HandoffStatus.Resolved)]
    [InlineData(HandoffStatus.WithAgent, HandoffStatus.Queued)]
    [InlineData(HandoffStatus.WithAgent, HandoffStatus.Cancelled)]
    [InlineData(HandoffStatus.Resolved, HandoffStatus.WithAgent)]
    [InlineData(HandoffStatus.HandedBack, HandoffStatus.WithAgent)]
    [InlineData(HandoffStatus.Cancelled, HandoffStatus.Queued)]
    public void A_handoff_cannot_skip_or_reopen_a_state(HandoffStatus from, HandoffStatus to) =>
        Assert.False(HandoffLifecycle.CanMove(from, to));

    [Fact]
    public void Only_queued_and_claimed_handoffs_are_active() =>
        Assert.Equal([HandoffStatus.Queued, HandoffStatus.WithAgent], Enum.GetValues<HandoffStatus>().Where(HandoffLifecycle.IsActive));

    [Theory]
    [InlineData(HandoffStatus.Queued, ConversationStatus.HandoffRequested)]
    [InlineData(HandoffStatus.WithAgent, ConversationStatus.WithAgent)]
    [InlineData(HandoffStatus.HandedBack, ConversationStatus.Bot)]
    [InlineData(HandoffStatus.Cancelled, ConversationStatus.Bot)]
    [InlineData(HandoffStatus.Resolved, ConversationStatus.Closed)]
    public void The_conversation_says_who_answers_the_shopper(HandoffStatus handoff, ConversationStatus conversation) =>
        Assert.Equal(conversation, HandoffLifecycle.ConversationStatusFor(handoff));
}
