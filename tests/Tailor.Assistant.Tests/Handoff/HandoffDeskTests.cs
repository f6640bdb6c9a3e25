using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Handoff;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Tests.Skills;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Handoff;

/// <summary>The handoff desk on a real SQLite file: the state machine as the database enforces it, the claim race included.</summary>
public sealed class HandoffDeskTests : IAsyncLifetime
{
    private static readonly HandoffPhrases Phrases = HandoffPhrases.LoadEmbedded();
    private static readonly AgentRef Ana = new("agent-ana", "Ana");
    private static readonly AgentRef Ben = new("agent-ben", "Ben");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly ConversationFeed feed = new();
    private readonly ConversationLocks locks = new();
    private ScratchDatabase store = null!;
    private readonly List<TailorDbContext> contexts = [];

    public async Task InitializeAsync() => store = await ScratchDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        foreach (var db in contexts) await db.DisposeAsync();
        await store.DisposeAsync();
    }

    private HandoffDesk Desk()
    {
        var db = store.Open();
        contexts.Add(db);
        return new HandoffDesk(db, feed, Phrases, locks, Options.Create(new HandoffOptions { DefaultWaitMinutes = 4 }), time);
    }

    private async Task<string> ConversationAsync(DialogueState? state = null)
    {
        await using var db = store.Open();
        var id = Guid.NewGuid().ToString("N");
        db.Conversations.Add(new Conversation
        {
            Id = id, CreatedAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow(),
            StateJson = JsonSerializer.Serialize(state ?? new DialogueState { HumanRequested = true, HumanRequestReason = "shopper asked for a person" }, ChatEngine.Json),
        });
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<Conversation> ReadConversationAsync(string id)
    {
        await using var db = store.Open();
        return await db.Conversations.AsNoTracking().Include(c => c.Messages).FirstAsync(c => c.Id == id);
    }

    private static DialogueState Asked => new() { HumanRequested = true, HumanRequestReason = "shopper asked for a person" };

    [Fact]
    public async Task Asking_twice_queues_the_conversation_once()
    {
        var id = await ConversationAsync();
        var first = await Desk().QueueAsync(id, Asked, null, default);
        var second = await Desk().QueueAsync(id, Asked, null, default);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(HandoffStatus.Queued, first.Status);
        Assert.Equal(ConversationStatus.HandoffRequested, (await ReadConversationAsync(id)).Status);
    }

    [Fact]
    public async Task The_queue_position_counts_the_shoppers_ahead_and_the_wait_follows_recent_claims()
    {
        var first = await Desk().QueueAsync(await ConversationAsync(), Asked, null, default);
        var second = await Desk().QueueAsync(await ConversationAsync(), Asked, null, default);
        Assert.Equal(new QueuePlace(second.Id, 2, 8), await Desk().PlaceAsync(second, default));

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HandoffMove.Done, await Desk().ClaimAsync(first.Id, Ana, default));
        // One claim after ten minutes: the next shopper, now first, is told ten minutes.
        Assert.Equal(new QueuePlace(second.Id, 1, 10), await Desk().PlaceAsync(second, default));
    }

    [Fact]
    public async Task Of_several_agents_claiming_the_same_chat_at_once_exactly_one_gets_it()
    {
        for (var round = 0; round < 10; round++)
        {
            var handoff = await Desk().QueueAsync(await ConversationAsync(), Asked, null, default);
            var agents = Enumerable.Range(0, 4).Select(i => new AgentRef($"agent-{i}", $"Agent {i}")).ToList();
            var desks = agents.Select(_ => Desk()).ToList();
            using var start = new Barrier(agents.Count);
            var claims = agents.Select((agent, i) => Task.Run(async () =>
            {
                start.SignalAndWait();
                return (agent, move: await desks[i].ClaimAsync(handoff.Id, agent, default));
            })).ToList();
            var results = await Task.WhenAll(claims);

            var winners = results.Where(r => r.move == HandoffMove.Done).ToList();
            Assert.Single(winners);
            Assert.All(results.Except(winners), r => Assert.Equal(HandoffMove.Conflict, r.move));
            var stored = await Desk().FindAsync(handoff.Id, default);
            Assert.Equal(winners[0].agent.Id, stored!.AgentId);
        }
    }

    [Fact]
    public async Task An_agent_reply_is_stored_relayed_and_stamps_the_first_reply_time_once()
    {
        var id = await ConversationAsync();
        var handoff = await Desk().QueueAsync(id, Asked, null, default);
        await Desk().ClaimAsync(handoff.Id, Ana, default);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = feed.FollowAsync(id, 0, cancel.Token).GetAsyncEnumerator(cancel.Token);

        time.Advance(TimeSpan.FromSeconds(90));
        var said = await Desk().AgentSaysAsync(handoff.Id, Ana, [new TextPart("Hi, I'm Ana. Let me look at that order.")], default);
        time.Advance(TimeSpan.FromSeconds(30));
        await Desk().AgentSaysAsync(handoff.Id, Ana, [new TextPart("Found it.")], default);

        Assert.Equal("agent", said!.Role);
        Assert.Null(await Desk().AgentSaysAsync(handoff.Id, Ben, [new TextPart("Not my chat")], default));
        var stored = await Desk().FindAsync(handoff.Id, default);
        Assert.Equal(TimeSpan.FromSeconds(90), stored!.FirstAgentReplyAt - stored.RequestedAt);
        var types = new List<string>();
        while (types.Count < 4 && await events.MoveNextAsync()) types.Add(events.Current.Type);
        Assert.Equal([HandoffEvents.Queued, HandoffEvents.QueueChanged, HandoffEvents.Claimed, HandoffEvents.QueueChanged], types);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(HandoffEvents.AgentMessage, events.Current.Type);
        await events.DisposeAsync();
    }

    [Fact]
    public async Task Handing_back_gives_the_assistant_its_context_without_the_pending_request()
    {
        var id = await ConversationAsync(new DialogueState { Focus = "linen-midi-dress", HumanRequested = true, HumanRequestReason = "x", Frustration = 2.5 });
        var handoff = await Desk().QueueAsync(id, Asked, null, default);
        Assert.Equal(HandoffMove.Conflict, await Desk().HandBackAsync(handoff.Id, Ana.Id, default));
        await Desk().ClaimAsync(handoff.Id, Ana, default);

        Assert.Equal(HandoffMove.Conflict, await Desk().HandBackAsync(handoff.Id, Ben.Id, default));
        Assert.Equal(HandoffMove.Done, await Desk().HandBackAsync(handoff.Id, Ana.Id, default));

        var conversation = await ReadConversationAsync(id);
        var state = JsonSerializer.Deserialize<DialogueState>(conversation.StateJson, ChatEngine.Json)!;
        Assert.Equal(ConversationStatus.Bot, conversation.Status);
        Assert.Equal("linen-midi-dress", state.Focus);
        Assert.False(state.HumanRequested);
        Assert.Equal(0, state.Frustration);
        Assert.Equal(Phrases.Replies.Render("handoff_handed_back", 0), conversation.Messages.Last().Text);
        Assert.Equal(HandoffStatus.HandedBack, (await Desk().FindAsync(handoff.Id, default))!.Status);
        Assert.Null(await Desk().ActiveAsync(id, default));
        await using var db = store.Open();
        Assert.Equal([HandoffWebhooks.Requested, HandoffWebhooks.Ended], await db.Outbox.OrderBy(o => o.Id).Select(o => o.Type).ToListAsync());
        Assert.Contains("\"outcome\":\"HandedBack\"", (await db.Outbox.OrderBy(o => o.Id).LastAsync()).PayloadJson);
    }

    [Fact]
    public async Task A_queued_shopper_can_cancel_but_not_once_an_agent_has_the_chat()
    {
        var waiting = await ConversationAsync();
        await Desk().QueueAsync(waiting, Asked, null, default);
        Assert.Equal(HandoffMove.Done, await Desk().CancelAsync(waiting, default));
        Assert.Equal(ConversationStatus.Bot, (await ReadConversationAsync(waiting)).Status);

        var claimed = await ConversationAsync();
        var handoff = await Desk().QueueAsync(claimed, Asked, null, default);
        await Desk().ClaimAsync(handoff.Id, Ana, default);
        Assert.Equal(HandoffMove.Conflict, await Desk().CancelAsync(claimed, default));
        Assert.Equal(HandoffMove.NotFound, await Desk().ClaimAsync(9999, Ben, default));
    }

    [Fact]
    public async Task A_transfer_moves_the_chat_only_from_the_agent_who_holds_it()
    {
        var id = await ConversationAsync();
        var handoff = await Desk().QueueAsync(id, Asked, null, default);
        await Desk().ClaimAsync(handoff.Id, Ana, default);

        Assert.Equal(HandoffMove.Conflict, await Desk().TransferAsync(handoff.Id, Ben.Id, Ben, default));
        Assert.Equal(HandoffMove.Done, await Desk().TransferAsync(handoff.Id, Ana.Id, Ben, default));

        var stored = await Desk().FindAsync(handoff.Id, default);
        Assert.Equal((Ben.Id, "Ben", 1), (stored!.AgentId, stored.AgentName, stored.Transfers));
        Assert.Equal(HandoffMove.Done, await Desk().ResolveAsync(handoff.Id, Ben.Id, default));
        Assert.Equal(ConversationStatus.Closed, (await ReadConversationAsync(id)).Status);
        Assert.Contains("Ben", (await ReadConversationAsync(id)).Messages.Last().Text);
    }
}
