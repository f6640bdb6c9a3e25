using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;

namespace Tailor.Store.Persistence;

internal sealed class HandoffConfiguration : IEntityTypeConfiguration<HandoffRequest>
{
    public void Configure(EntityTypeBuilder<HandoffRequest> handoff)
    {
        handoff.ToTable("Handoffs");
        // The queue and "is this conversation with a person?" are both read by status.
        handoff.HasIndex(h => new { h.Status, h.Id });
        handoff.HasIndex(h => new { h.ConversationId, h.Status });
        handoff.HasIndex(h => h.RequestedAt);
        handoff.Property(h => h.ReasonDetail).HasMaxLength(200);
        handoff.Property(h => h.AgentId).HasMaxLength(450);
        handoff.Property(h => h.AgentName).HasMaxLength(100);
        handoff.Ignore(h => h.IsActive);
        handoff.HasOne<Conversation>().WithMany().HasForeignKey(h => h.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgentAccountConfiguration : IEntityTypeConfiguration<AgentAccount>
{
    public void Configure(EntityTypeBuilder<AgentAccount> agent) => agent.Property(a => a.DisplayName).HasMaxLength(100);
}

internal sealed class SupportTicketConfiguration : IEntityTypeConfiguration<SupportTicket>
{
    public void Configure(EntityTypeBuilder<SupportTicket> ticket)
    {
        ticket.ToTable("SupportTickets");
        ticket.HasIndex(t => new { t.Status, t.Id });
        ticket.Property(t => t.ClosedBy).HasMaxLength(100);
        ticket.HasOne<Conversation>().WithMany().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgentNoteConfiguration : IEntityTypeConfiguration<AgentNote>
{
    public void Configure(EntityTypeBuilder<AgentNote> note)
    {
        note.ToTable("AgentNotes");
        note.HasIndex(n => new { n.ConversationId, n.Id });
        note.Property(n => n.AgentId).HasMaxLength(450);
        note.Property(n => n.AgentName).HasMaxLength(100);
        note.HasOne<HandoffRequest>().WithMany().HasForeignKey(n => n.HandoffId).OnDelete(DeleteBehavior.Cascade);
    }
}
