using Microsoft.EntityFrameworkCore;
using Tailor.Store.Persistence;

namespace Tailor.Store.Privacy;

/// <summary>
/// Deletes conversations with everything that hangs off them (messages, turns, feedback, handoffs and their notes,
/// tickets, look-up attempts and codes). Children are deleted explicitly rather than left to the database's cascades,
/// so it works the same on any provider. Audit rows stay, unlinked from the chat; order actions stay as order history.
/// </summary>
internal static class ConversationRemoval
{
    private const int Chunk = 200;

    public static async Task<int> DeleteAsync(TailorDbContext db, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var deleted = 0;
        foreach (var chunk in ids.Chunk(Chunk))
        {
            await db.AgentNotes.Where(n => chunk.Contains(n.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Handoffs.Where(h => chunk.Contains(h.ConversationId)).ExecuteDeleteAsync(ct);
            await db.SupportTickets.Where(t => chunk.Contains(t.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Feedback.Where(f => chunk.Contains(f.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Turns.Where(t => chunk.Contains(t.ConversationId)).ExecuteDeleteAsync(ct);
            await db.ChatMessages.Where(m => chunk.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
            await db.VerificationAttempts.Where(a => chunk.Contains(a.ConversationId)).ExecuteDeleteAsync(ct);
            await db.OrderCodes.Where(c => chunk.Contains(c.ConversationId)).ExecuteDeleteAsync(ct);
            await db.AuditLog.Where(a => a.ConversationId != null && chunk.Contains(a.ConversationId))
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.ConversationId, (string?)null), ct);
            deleted += await db.Conversations.Where(c => chunk.Contains(c.Id)).ExecuteDeleteAsync(ct);
        }
        return deleted;
    }
}
