using System.Collections.Concurrent;

namespace Tailor.Assistant.Conversations;

/// <summary>One turn at a time per conversation, so a double-sent message cannot run twice or interleave state.</summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(conversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
