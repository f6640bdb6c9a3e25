using Tailor.Assistant.Conversations;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>The per-conversation turn lock: one turn at a time, and nothing kept once a turn is over.</summary>
public sealed class ConversationLocksTests
{
    [Fact]
    public async Task Locks_of_finished_turns_are_not_kept_however_many_ids_were_used()
    {
        var locks = new ConversationLocks();
        for (var i = 0; i < 10_000; i++)
            using (await locks.AcquireAsync($"made-up-{i}", CancellationToken.None)) { }

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task A_second_turn_of_the_same_conversation_waits_for_the_first()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("c", CancellationToken.None);
        var second = locks.AcquireAsync("c", CancellationToken.None);
        var other = locks.AcquireAsync("d", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        (await other).Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task A_wait_given_up_leaves_nothing_behind()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("c", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("c", cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, locks.Count);
    }
}
