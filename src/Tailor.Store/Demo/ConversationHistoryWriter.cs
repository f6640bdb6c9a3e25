using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;
using Tailor.Store.Persistence;

namespace Tailor.Store.Demo;

/// <summary>One turn of a past conversation: the shopper's message, the answer, its turn log row and a thumb on the answer.</summary>
public sealed record HistoryTurn(ChatMessage Shopper, ChatMessage Answer, TurnRecord Turn, int? Thumb);

/// <summary>A past conversation with its turns, satisfaction score, handoff and bag add, all optional but the turns.</summary>
public sealed record HistoryConversation(Conversation Conversation, IReadOnlyList<HistoryTurn> Turns, int? Csat, HandoffRequest? Handoff, ChatEvent? AddedToCart);

/// <summary>
/// Writes past conversations in bulk with prepared inserts (thousands a second on SQLite), linking each answer to its
/// shopper message, each turn log row to that message and each thumb to the answer, as the chat engine does.
/// </summary>
public static class ConversationHistoryWriter
{
    public static async Task WriteAsync(TailorDbContext db, IReadOnlyList<HistoryConversation> history, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Conversations have their own string keys, which the prepared inserter (made for generated keys) leaves out.
            db.Conversations.AddRange(history.Select(h => h.Conversation));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            using var messages = new RowInserter<ChatMessage>(db);
            using var turns = new RowInserter<TurnRecord>(db);
            using var feedback = new RowInserter<Feedback>(db);
            using var handoffs = new RowInserter<HandoffRequest>(db);
            using var events = new RowInserter<ChatEvent>(db);
            foreach (var past in history)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var turn in past.Turns)
                {
                    messages.Insert(turn.Shopper);
                    turn.Answer.ReplyToId = turn.Shopper.Id;
                    messages.Insert(turn.Answer);
                    turn.Turn.MessageId = turn.Shopper.Id;
                    turns.Insert(turn.Turn);
                    if (turn.Thumb is { } thumb)
                        feedback.Insert(new Feedback
                        {
                            ConversationId = past.Conversation.Id, MessageId = turn.Answer.Id, Kind = FeedbackKind.Thumb, Score = thumb,
                            CreatedAt = turn.Answer.CreatedAt.AddSeconds(20),
                        });
                }
                if (past.Csat is { } score)
                    feedback.Insert(new Feedback
                    {
                        ConversationId = past.Conversation.Id, Kind = FeedbackKind.Csat, Score = score, CreatedAt = past.Conversation.UpdatedAt,
                    });
                if (past.Handoff is { } handoff) handoffs.Insert(handoff);
                if (past.AddedToCart is { } added) events.Insert(added);
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
