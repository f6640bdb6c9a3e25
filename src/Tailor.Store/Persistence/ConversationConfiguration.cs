using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Conversations;

namespace Tailor.Store.Persistence;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.Property(c => c.Id).HasMaxLength(40);
        conversation.HasIndex(c => c.UpdatedAt);
        conversation.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> message)
    {
        message.HasIndex(m => new { m.ConversationId, m.Id });
        // One answer per client message id: a retried send finds the stored answer instead of running the turn again.
        message.HasIndex(m => new { m.ConversationId, m.ClientMessageId }).IsUnique();
        message.Property(m => m.ClientMessageId).HasMaxLength(100);
    }
}

internal sealed class TurnRecordConfiguration : IEntityTypeConfiguration<TurnRecord>
{
    public void Configure(EntityTypeBuilder<TurnRecord> turn)
    {
        turn.HasIndex(t => t.CreatedAt);
        turn.HasIndex(t => new { t.Outcome, t.Confidence });
        turn.HasOne<Conversation>().WithMany().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> feedback)
    {
        // A shopper who changes their mind updates their rating instead of adding a second one.
        feedback.HasIndex(f => new { f.ConversationId, f.MessageId, f.Kind }).IsUnique();
        feedback.HasIndex(f => f.CreatedAt);
        feedback.HasOne<Conversation>().WithMany().HasForeignKey(f => f.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChatEventConfiguration : IEntityTypeConfiguration<ChatEvent>
{
    public void Configure(EntityTypeBuilder<ChatEvent> chatEvent)
    {
        chatEvent.HasIndex(e => e.CreatedAt);
        chatEvent.HasIndex(e => e.ConversationId);
        chatEvent.Property(e => e.ProductHandle).HasMaxLength(200);
        chatEvent.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TurnReviewConfiguration : IEntityTypeConfiguration<TurnReview>
{
    public void Configure(EntityTypeBuilder<TurnReview> review)
    {
        // One decision per turn: a second review of the same turn replaces the first.
        review.HasIndex(r => r.TurnId).IsUnique();
        review.HasIndex(r => new { r.Decision, r.ReviewedAt });
        review.Property(r => r.Intent).HasMaxLength(64);
        review.Property(r => r.ReviewedBy).HasMaxLength(256);
        // A turn removed by retention keeps its label: the text was copied, masked.
        review.HasOne<TurnRecord>().WithMany().HasForeignKey(r => r.TurnId).OnDelete(DeleteBehavior.SetNull);
    }
}
