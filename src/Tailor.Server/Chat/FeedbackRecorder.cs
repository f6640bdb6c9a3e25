using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Conversations;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Server.Chat;

/// <summary>What became of a rating: the stored feedback, or what it pointed at that does not exist.</summary>
public sealed record RatingResult(Feedback? Saved, RatingMiss Miss = RatingMiss.None);

public enum RatingMiss { None, Conversation, Answer }

/// <summary>
/// Stores shoppers' ratings: a thumb on one assistant answer, or the conversation's satisfaction (CSAT) score. A second
/// rating of the same thing replaces the first. Comments arrive already masked.
/// </summary>
public sealed class FeedbackRecorder(TailorDbContext db, ConversationLocks locks, TimeProvider time)
{
    public async Task<RatingResult> RateAnswerAsync(string conversationId, long messageId, int score, string? maskedComment, CancellationToken ct)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId, ct)) return new(null, RatingMiss.Conversation);
        var isAnswer = await db.ChatMessages.AnyAsync(m => m.Id == messageId && m.ConversationId == conversationId && m.Role == ChatRole.Assistant, ct);
        return isAnswer ? new(await SaveAsync(conversationId, messageId, FeedbackKind.Thumb, score, maskedComment, ct)) : new(null, RatingMiss.Answer);
    }

    public async Task<RatingResult> RateConversationAsync(string conversationId, int score, string? maskedComment, CancellationToken ct) =>
        await db.Conversations.AnyAsync(c => c.Id == conversationId, ct)
            ? new(await SaveAsync(conversationId, null, FeedbackKind.Csat, score, maskedComment, ct))
            : new(null, RatingMiss.Conversation);

    private async Task<Feedback> SaveAsync(string conversationId, long? messageId, FeedbackKind kind, int score, string? comment, CancellationToken ct)
    {
        // The unique index cannot catch two CSAT rows (their message id is null, and NULLs differ in SQL): one writer at a time does.
        using var _ = await locks.AcquireAsync($"{conversationId}/feedback", ct);
        var feedback = await db.Feedback.FirstOrDefaultAsync(f => f.ConversationId == conversationId && f.MessageId == messageId && f.Kind == kind, ct);
        if (feedback is null)
        {
            feedback = new Feedback { ConversationId = conversationId, MessageId = messageId, Kind = kind };
            db.Feedback.Add(feedback);
        }
        feedback.Score = score;
        feedback.Comment = comment;
        feedback.CreatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return feedback;
    }
}
