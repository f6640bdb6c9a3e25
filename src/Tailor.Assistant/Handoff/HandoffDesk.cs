using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Handoff;

/// <summary>An agent as the desk knows them: Identity user id and the name the shopper sees.</summary>
public sealed record AgentRef(string Id, string DisplayName);

/// <summary>A queued shopper's place: 1 is next; the wait is estimated from recent claims.</summary>
public sealed record QueuePlace(long HandoffId, int Position, int EstimatedWaitMinutes);

/// <summary>How a requested move went: done, refused because the handoff is no longer where the caller thought, or unknown.</summary>
public enum HandoffMove { Done, Conflict, NotFound }

/// <summary>
/// Runs the handoff lifecycle against the database. Every move is a conditional UPDATE on the status it expects, so
/// when two agents claim the same chat exactly one UPDATE changes a row; the other sees <see cref="HandoffMove.Conflict"/>.
/// </summary>
public sealed class HandoffDesk(
    TailorDbContext db, ConversationFeed feed, HandoffPhrases phrases, ConversationLocks locks, IOptions<HandoffOptions> options, TimeProvider time,
    Llm.IHandoffNotes? notes = null)
{
    public HandoffPhrases Phrases => phrases;

    private DbSet<HandoffRequest> Handoffs => db.Set<HandoffRequest>();

    /// <summary>Queues the conversation for a person (once: a second request returns the active one) with its summary.</summary>
    public async Task<HandoffRequest> QueueAsync(string conversationId, DialogueState state, string? sensitiveTopic, CancellationToken ct)
    {
        if (await ActiveAsync(conversationId, ct) is { } active) return active;
        var (reason, detail) = HandoffTriggers.ReasonFor(state, sensitiveTopic);
        var turns = await db.Turns.AsNoTracking().Where(t => t.ConversationId == conversationId).OrderBy(t => t.Id).ToListAsync(ct);
        var summary = HandoffSummary.From(reason, detail, state, turns);
        if (notes is not null) summary = summary with { Note = await notes.NoteAsync(summary, turns, ct) };
        var request = new HandoffRequest
        {
            ConversationId = conversationId, Reason = reason, ReasonDetail = detail, RequestedAt = time.GetUtcNow(),
            SummaryJson = JsonSerializer.Serialize(summary, ChatEngine.Json),
        };
        Handoffs.Add(request);
        // The store's backend hears of it through the same signed-webhook outbox as order care, in the same save.
        db.Outbox.Add(OrderEvents.Outgoing(HandoffWebhooks.Requested,
            new { conversationId, reason = reason.ToString(), detail, requestedAt = request.RequestedAt }, request.RequestedAt));
        await db.SaveChangesAsync(ct);
        await SetConversationStatusAsync(conversationId, ConversationStatus.HandoffRequested, ct);
        feed.Publish(conversationId, HandoffEvents.Queued, await PlaceAsync(request, ct));
        feed.Publish(conversationId, HandoffEvents.QueueChanged, new { request.Id });
        return request;
    }

    public Task<HandoffRequest?> ActiveAsync(string conversationId, CancellationToken ct) =>
        Handoffs.AsNoTracking()
            .Where(h => h.ConversationId == conversationId && (h.Status == HandoffStatus.Queued || h.Status == HandoffStatus.WithAgent))
            .OrderByDescending(h => h.Id).FirstOrDefaultAsync(ct);

    public Task<HandoffRequest?> FindAsync(long handoffId, CancellationToken ct) =>
        Handoffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == handoffId, ct);

    /// <summary>Queued handoffs, longest waiting first.</summary>
    public Task<List<HandoffRequest>> QueueAsync(CancellationToken ct) =>
        Handoffs.AsNoTracking().Where(h => h.Status == HandoffStatus.Queued).OrderBy(h => h.Id).ToListAsync(ct);

    /// <summary>Position in the queue and an estimated wait: position × the average time to claim over recent claims.</summary>
    public async Task<QueuePlace> PlaceAsync(HandoffRequest request, CancellationToken ct)
    {
        var ahead = await Handoffs.CountAsync(h => h.Status == HandoffStatus.Queued && h.Id < request.Id, ct);
        var claims = await Handoffs.AsNoTracking().Where(h => h.ClaimedAt != null).OrderByDescending(h => h.Id)
            .Take(options.Value.WaitSample).Select(h => new { h.RequestedAt, h.ClaimedAt }).ToListAsync(ct);
        var perShopper = claims.Count == 0 ? options.Value.DefaultWaitMinutes
            : claims.Average(c => (c.ClaimedAt!.Value - c.RequestedAt).TotalMinutes);
        return new QueuePlace(request.Id, ahead + 1, (int)Math.Ceiling(Math.Max(1, (ahead + 1) * perShopper)));
    }

    /// <summary>Gives a queued chat to <paramref name="agent"/>; of two agents claiming at once exactly one gets it.</summary>
    public async Task<HandoffMove> ClaimAsync(long handoffId, AgentRef agent, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var changed = await Handoffs.Where(h => h.Id == handoffId && h.Status == HandoffStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, HandoffStatus.WithAgent).SetProperty(h => h.AgentId, agent.Id)
                .SetProperty(h => h.AgentName, agent.DisplayName).SetProperty(h => h.ClaimedAt, now).SetProperty(h => h.Version, h => h.Version + 1), ct);
        if (changed == 0) return await MissingOrConflictAsync(handoffId, ct);
        var request = (await FindAsync(handoffId, ct))!;
        await SetConversationStatusAsync(request.ConversationId, ConversationStatus.WithAgent, ct);
        feed.Publish(request.ConversationId, HandoffEvents.Claimed, new { handoffId, agentName = agent.DisplayName });
        feed.Publish(request.ConversationId, HandoffEvents.QueueChanged, new { handoffId });
        await AnnounceQueueAsync(ct);
        return HandoffMove.Done;
    }

    /// <summary>Moves a chat from the agent who holds it to another agent.</summary>
    public async Task<HandoffMove> TransferAsync(long handoffId, string fromAgentId, AgentRef to, CancellationToken ct)
    {
        var changed = await Handoffs.Where(h => h.Id == handoffId && h.Status == HandoffStatus.WithAgent && h.AgentId == fromAgentId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.AgentId, to.Id).SetProperty(h => h.AgentName, to.DisplayName)
                .SetProperty(h => h.Transfers, h => h.Transfers + 1).SetProperty(h => h.Version, h => h.Version + 1), ct);
        if (changed == 0) return await MissingOrConflictAsync(handoffId, ct);
        var request = (await FindAsync(handoffId, ct))!;
        feed.Publish(request.ConversationId, HandoffEvents.Claimed, new { handoffId, agentName = to.DisplayName, transferred = true });
        return HandoffMove.Done;
    }

    /// <summary>The agent gives the chat back to the assistant, which carries on with the dialogue state it had.</summary>
    public Task<HandoffMove> HandBackAsync(long handoffId, string agentId, CancellationToken ct) =>
        EndAsync(handoffId, HandoffStatus.WithAgent, agentId, HandoffStatus.HandedBack, "handoff_handed_back", ct);

    /// <summary>The agent closes the chat as resolved; the shopper is asked to rate it.</summary>
    public Task<HandoffMove> ResolveAsync(long handoffId, string agentId, CancellationToken ct) =>
        EndAsync(handoffId, HandoffStatus.WithAgent, agentId, HandoffStatus.Resolved, "handoff_resolved", ct);

    /// <summary>The shopper stops waiting and goes back to the assistant.</summary>
    public async Task<HandoffMove> CancelAsync(string conversationId, CancellationToken ct) =>
        await ActiveAsync(conversationId, ct) is { Status: HandoffStatus.Queued } queued
            ? await EndAsync(queued.Id, HandoffStatus.Queued, agentId: null, HandoffStatus.Cancelled, "handoff_cancelled", ct)
            : HandoffMove.Conflict;

    /// <summary>Stores and relays what the agent holding the chat writes; the first one stamps the time to first reply.</summary>
    public async Task<ChatMessageView?> AgentSaysAsync(long handoffId, AgentRef agent, IReadOnlyList<MessagePart> parts, CancellationToken ct)
    {
        var request = await Handoffs.AsNoTracking()
            .FirstOrDefaultAsync(h => h.Id == handoffId && h.Status == HandoffStatus.WithAgent && h.AgentId == agent.Id, ct);
        if (request is null) return null;
        var now = time.GetUtcNow();
        await Handoffs.Where(h => h.Id == handoffId && h.FirstAgentReplyAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.FirstAgentReplyAt, now), ct);
        var message = new ChatMessage
        {
            ConversationId = request.ConversationId, Role = ChatRole.Agent, CreatedAt = now,
            Text = string.Join("\n", parts.OfType<TextPart>().Select(p => p.Text)),
            PartsJson = JsonSerializer.Serialize(parts, ChatEngine.Json),
        };
        db.ChatMessages.Add(message);
        await db.SaveChangesAsync(ct);
        var view = ChatEngine.View(message);
        feed.Publish(request.ConversationId, HandoffEvents.AgentMessage, new { agentName = agent.DisplayName, message = view });
        return view;
    }

    /// <summary>Adds an internal note to a chat; it goes to the agents watching it, never to the shopper.</summary>
    public async Task<AgentNote?> NoteAsync(long handoffId, AgentRef agent, string text, CancellationToken ct)
    {
        if (await FindAsync(handoffId, ct) is not { } request) return null;
        var note = new AgentNote
        {
            ConversationId = request.ConversationId, HandoffId = handoffId, AgentId = agent.Id, AgentName = agent.DisplayName,
            Text = text.Trim(), CreatedAt = time.GetUtcNow(),
        };
        db.Set<AgentNote>().Add(note);
        await db.SaveChangesAsync(ct);
        feed.Publish(request.ConversationId, HandoffEvents.AgentNote, new { note.Id, note.AgentName, note.Text, note.CreatedAt });
        return note;
    }

    /// <summary>Every internal note on a conversation, across its handoffs, oldest first.</summary>
    public Task<List<AgentNote>> NotesAsync(string conversationId, CancellationToken ct) =>
        db.Set<AgentNote>().AsNoTracking().Where(n => n.ConversationId == conversationId).OrderBy(n => n.Id).ToListAsync(ct);

    /// <summary>Relays what the shopper wrote while an agent holds the chat.</summary>
    public void ShopperSaid(string conversationId, ChatMessageView message) =>
        feed.Publish(conversationId, HandoffEvents.ShopperMessage, new { message });

    /// <summary>Relays the agent's typing indicator to the shopper.</summary>
    public void AgentTyping(string conversationId, AgentRef agent, bool typing) =>
        feed.Publish(conversationId, HandoffEvents.AgentTyping, new { agentName = agent.DisplayName, typing });

    private async Task<HandoffMove> EndAsync(long handoffId, HandoffStatus from, string? agentId, HandoffStatus to, string replyKey, CancellationToken ct)
    {
        if (!HandoffLifecycle.CanMove(from, to)) throw new InvalidOperationException($"A handoff cannot move from {from} to {to}.");
        var now = time.GetUtcNow();
        var changed = await Handoffs.Where(h => h.Id == handoffId && h.Status == from && (agentId == null || h.AgentId == agentId))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, to).SetProperty(h => h.EndedAt, now).SetProperty(h => h.Version, h => h.Version + 1), ct);
        if (changed == 0) return await MissingOrConflictAsync(handoffId, ct);
        var request = (await FindAsync(handoffId, ct))!;
        ChatMessageView said;
        using (await locks.AcquireAsync(request.ConversationId, ct))
        {
            var conversation = await db.Conversations.FirstAsync(c => c.Id == request.ConversationId, ct);
            var state = DialogueStateJson.Read(conversation.StateJson);
            // The assistant resumes with the search, focus and order it had, but no longer thinks a person is coming.
            (state.HumanRequested, state.HumanOfferedTurn, state.HumanRequestReason, state.Misunderstandings, state.Frustration) = (false, null, null, 0, 0);
            state.UnfinishedAction = null;
            conversation.StateJson = DialogueStateJson.Write(state);
            conversation.Status = HandoffLifecycle.ConversationStatusFor(to);
            conversation.UpdatedAt = now;
            var text = phrases.Replies.Render(replyKey, (int)handoffId, new Dictionary<string, string> { ["agent"] = request.AgentName ?? "" });
            var message = new ChatMessage
            {
                ConversationId = request.ConversationId, Role = ChatRole.Assistant, Text = text, CreatedAt = now,
                PartsJson = JsonSerializer.Serialize<IReadOnlyList<MessagePart>>([new TextPart(text)], ChatEngine.Json),
            };
            db.ChatMessages.Add(message);
            db.Outbox.Add(OrderEvents.Outgoing(HandoffWebhooks.Ended, new
            {
                handoffId, request.ConversationId, outcome = to.ToString(), request.AgentName, request.RequestedAt, request.ClaimedAt,
                request.FirstAgentReplyAt, endedAt = now,
            }, now));
            await db.SaveChangesAsync(ct);
            said = ChatEngine.View(message);
        }
        feed.Publish(request.ConversationId, HandoffEvents.Ended, new { handoffId, outcome = to.ToString(), message = said });
        feed.Publish(request.ConversationId, HandoffEvents.QueueChanged, new { handoffId });
        if (from == HandoffStatus.Queued) await AnnounceQueueAsync(ct);
        return HandoffMove.Done;
    }

    // Everyone behind a claimed or cancelled chat moves up: each waiting shopper hears their new place.
    private async Task AnnounceQueueAsync(CancellationToken ct)
    {
        foreach (var waiting in await QueueAsync(ct))
            feed.Publish(waiting.ConversationId, HandoffEvents.Queued, await PlaceAsync(waiting, ct));
    }

    private async Task<HandoffMove> MissingOrConflictAsync(long handoffId, CancellationToken ct) =>
        await Handoffs.AnyAsync(h => h.Id == handoffId, ct) ? HandoffMove.Conflict : HandoffMove.NotFound;

    private Task SetConversationStatusAsync(string conversationId, ConversationStatus status, CancellationToken ct) =>
        db.Conversations.Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status).SetProperty(c => c.UpdatedAt, time.GetUtcNow()), ct);
}
