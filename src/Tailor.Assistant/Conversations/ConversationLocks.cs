namespace Tailor.Assistant.Conversations;

/// <summary>
/// One turn at a time per conversation, so a double-sent message cannot run twice or interleave state. An entry lives
/// only while someone holds or waits for its lock, so the table is as large as the turns in flight, never as large as
/// the ids anyone ever sent.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Conversations whose lock is held or awaited right now.</summary>
    public int Count
    {
        get { lock (entries) return entries.Count; }
    }

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken ct)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(conversationId, out entry!)) entries[conversationId] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Gate.WaitAsync(ct);
        }
        catch
        {
            Leave(conversationId, entry);
            throw;
        }
        return new Release(this, conversationId, entry);
    }

    private void Leave(string conversationId, Entry entry)
    {
        lock (entries)
        {
            if (--entry.Users > 0) return;
            entries.Remove(conversationId);
            entry.Gate.Dispose();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        // Holders and waiters; guarded by the table's lock.
        public int Users { get; set; }
    }

    private sealed class Release(ConversationLocks owner, string conversationId, Entry entry) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) != 0) return;
            entry.Gate.Release();
            owner.Leave(conversationId, entry);
        }
    }
}
