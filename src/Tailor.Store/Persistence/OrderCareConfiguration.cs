using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Audit;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Webhooks;

namespace Tailor.Store.Persistence;

internal sealed class OrderActionConfiguration : IEntityTypeConfiguration<OrderAction>
{
    public void Configure(EntityTypeBuilder<OrderAction> action)
    {
        action.HasIndex(a => a.Reference).IsUnique();
        action.HasIndex(a => new { a.OrderId, a.Status });
        action.Property(a => a.Reference).HasMaxLength(40);
        action.Property(a => a.ConversationId).HasMaxLength(40);
        action.Property(a => a.OrderNumber).HasMaxLength(32);
        action.Property(a => a.Result).HasMaxLength(40);
        action.HasOne<Order>().WithMany().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Cascade);
        // Account changes (a new address on the account) belong to the customer rather than to an order.
        action.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VerificationAttemptConfiguration : IEntityTypeConfiguration<VerificationAttempt>
{
    public void Configure(EntityTypeBuilder<VerificationAttempt> attempt)
    {
        // Lock-outs count recent failures per conversation, per client and per (order, client).
        attempt.HasIndex(a => new { a.ConversationId, a.At });
        attempt.HasIndex(a => new { a.OrderNumber, a.At });
        attempt.HasIndex(a => new { a.ClientKey, a.At });
        attempt.Property(a => a.ConversationId).HasMaxLength(40);
        attempt.Property(a => a.OrderNumber).HasMaxLength(32);
        attempt.Property(a => a.ClientKey).HasMaxLength(64);
    }
}

internal sealed class OrderCodeConfiguration : IEntityTypeConfiguration<OrderCode>
{
    public void Configure(EntityTypeBuilder<OrderCode> code)
    {
        // Checks look up the conversation's live code for an order; sending limits count codes per order.
        code.HasIndex(c => new { c.ConversationId, c.OrderNumber });
        code.HasIndex(c => new { c.OrderNumber, c.CreatedAt });
        code.Property(c => c.ConversationId).HasMaxLength(40);
        code.Property(c => c.OrderNumber).HasMaxLength(32);
        code.Property(c => c.CodeHash).HasMaxLength(64);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasIndex(e => new { e.Subject, e.At });
        entry.HasIndex(e => e.At);
        entry.Property(e => e.Actor).HasMaxLength(80);
        entry.Property(e => e.ConversationId).HasMaxLength(40);
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.Subject).HasMaxLength(64);
        entry.Property(e => e.Reference).HasMaxLength(40);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.HasIndex(m => m.EventId).IsUnique();
        // The dispatcher's query: undelivered, not abandoned, due now.
        message.HasIndex(m => new { m.DeliveredAt, m.AbandonedAt, m.NextAttemptAt });
        message.Property(m => m.EventId).HasMaxLength(40);
        message.Property(m => m.Type).HasMaxLength(64);
        message.Property(m => m.LastError).HasMaxLength(500);
    }
}

internal sealed class ReceivedWebhookConfiguration : IEntityTypeConfiguration<ReceivedWebhook>
{
    public void Configure(EntityTypeBuilder<ReceivedWebhook> received)
    {
        received.HasIndex(r => r.DeliveryId).IsUnique();
        received.Property(r => r.DeliveryId).HasMaxLength(100);
        received.Property(r => r.Type).HasMaxLength(64);
    }
}

internal sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> reservation)
    {
        reservation.HasIndex(r => r.Rma);
        reservation.HasIndex(r => new { r.Sku, r.Status });
        reservation.Property(r => r.Sku).HasMaxLength(100);
        reservation.Property(r => r.Rma).HasMaxLength(32);
    }
}
