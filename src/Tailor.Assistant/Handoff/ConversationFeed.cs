using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Tailor.Assistant.Handoff;

/// <summary>One live event of a conversation in handoff: <c>agent.message</c>, <c>handoff.queued</c>, <c>shopper.message</c>…</summary>
public sealed record FeedEvent(long Sequence, string ConversationId, string Type, object Data);

/// <summary>
/// The one relay between a shopper and the agents: the engine and the handoff desk publish, the shopper's event stream
/// and the agent hub follow. Keeps each conversation's recent events so a reconnecting stream resumes after its
/// Last-Event-ID instead of missing what was said meanwhile. In-process: one server instance.
/// </summary>
public sealed class ConversationFeed
{
    private const int Kept = 100;
    private readonly ConcurrentDictionary<string, Queue<FeedEvent>> recent = new();
    private readonly ConcurrentDictionary<Channel<FeedEvent>, string?> followers = new();
    private long sequence;

    /// <summary>The sequence number of the latest event: a new follower starts after it.</summary>
    public long LatestSequence => Interlocked.Read(ref sequence);

    public FeedEvent Publish(string conversationId, string type, object data)
    {
        var item = new FeedEvent(Interlocked.Increment(ref sequence), conversationId, type, data);
        var kept = recent.GetOrAdd(conversationId, _ => new Queue<FeedEvent>());
        lock (kept)
        {
            kept.Enqueue(item);
            if (kept.Count > Kept) kept.Dequeue();
        }
        foreach (var (channel, filter) in followers)
            if (filter is null || filter == conversationId) channel.Writer.TryWrite(item);
        return item;
    }

    /// <summary>
    /// Events of one conversation (or of all, when <paramref name="conversationId"/> is null) from now on, after first
    /// replaying the kept events later than <paramref name="afterSequence"/>.
    /// </summary>
    public async IAsyncEnumerable<FeedEvent> FollowAsync(string? conversationId, long afterSequence,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<FeedEvent>(new UnboundedChannelOptions { SingleReader = true });
        followers[channel] = conversationId;
        try
        {
            // Registered before replaying, so nothing published in between is lost; the sequence drops duplicates.
            var last = afterSequence;
            if (conversationId is not null && recent.TryGetValue(conversationId, out var kept))
            {
                FeedEvent[] replay;
                lock (kept) replay = kept.Where(e => e.Sequence > afterSequence).ToArray();
                foreach (var item in replay)
                {
                    last = item.Sequence;
                    yield return item;
                }
            }
            await foreach (var item in channel.Reader.ReadAllAsync(ct))
                if (item.Sequence > last)
                {
                    last = item.Sequence;
                    yield return item;
                }
        }
        finally
        {
            followers.TryRemove(channel, out _);
        }
    }
}
