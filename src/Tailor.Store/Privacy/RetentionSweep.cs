using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tailor.Domain.Conversations;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Store.Privacy;

/// <summary>What one retention run removed or redacted, per kind.</summary>
public sealed record RetentionReport(
    int Conversations, int Turns, int VerificationAttempts, int OrderCodes, int ReceivedWebhooks, int OutboxMessages,
    int AuditDetails, int RedactedEvents, int RedactedActions)
{
    public int Total => Conversations + Turns + VerificationAttempts + OrderCodes + ReceivedWebhooks + OutboxMessages + AuditDetails
        + RedactedEvents + RedactedActions;
}

/// <summary>
/// Enforces <see cref="RetentionOptions"/>: deletes each kind of record older than its period, clears old audit
/// snapshots, and takes the full address out of delivered events and decided order actions. A chat waiting for or
/// talking with a person is never removed, however old.
/// </summary>
public sealed class RetentionSweep(TailorDbContext db, IOptions<RetentionOptions> options, TimeProvider time)
{
    private const int Batch = 500;

    public async Task<RetentionReport> RunAsync(CancellationToken ct)
    {
        var keep = options.Value;
        var now = time.GetUtcNow();
        DateTimeOffset Before(int days) => now - TimeSpan.FromDays(days);

        var transcriptCutoff = Before(keep.TranscriptDays);
        var stale = await db.Conversations.Where(c => c.UpdatedAt < transcriptCutoff
                && c.Status != ConversationStatus.HandoffRequested && c.Status != ConversationStatus.WithAgent)
            .Select(c => c.Id).ToListAsync(ct);
        var conversations = await ConversationRemoval.DeleteAsync(db, stale, ct);

        var turnCutoff = Before(keep.TurnDays);
        var turns = await db.Turns.Where(t => t.CreatedAt < turnCutoff).ExecuteDeleteAsync(ct);
        var attemptCutoff = Before(keep.VerificationAttemptDays);
        var attempts = await db.VerificationAttempts.Where(a => a.At < attemptCutoff).ExecuteDeleteAsync(ct);
        var codes = await db.OrderCodes.Where(c => c.CreatedAt < attemptCutoff).ExecuteDeleteAsync(ct);
        var webhookCutoff = Before(keep.ReceivedWebhookDays);
        var webhooks = await db.ReceivedWebhooks.Where(w => w.ReceivedAt < webhookCutoff).ExecuteDeleteAsync(ct);
        var outboxCutoff = Before(keep.OutboxDays);
        var outbox = await db.Outbox.Where(m => (m.DeliveredAt != null || m.AbandonedAt != null) && m.CreatedAt < outboxCutoff).ExecuteDeleteAsync(ct);
        var auditCutoff = Before(keep.AuditDetailDays);
        var audit = await db.AuditLog.Where(a => a.At < auditCutoff && (a.BeforeJson != null || a.AfterJson != null))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.BeforeJson, (string?)null).SetProperty(a => a.AfterJson, (string?)null), ct);

        var events = await RedactDeliveredEventsAsync(ct);
        var actions = await RedactDecidedActionsAsync(now, ct);
        return new RetentionReport(conversations, turns, attempts, codes, webhooks, outbox, audit, events, actions);
    }

    // The store's backend has the new address once the event is delivered; Tailor keeps only that there was one.
    private async Task<int> RedactDeliveredEventsAsync(CancellationToken ct)
    {
        var (redacted, after) = (0, 0L);
        while (true)
        {
            var due = await db.Outbox.Where(m => m.Id > after && m.DeliveredAt != null && m.PayloadJson.Contains("ddress\":{") && !m.PayloadJson.Contains(PersonalDataRedactor.Marker))
                .OrderBy(m => m.Id).Take(Batch).ToListAsync(ct);
            foreach (var message in due) message.PayloadJson = PersonalDataRedactor.RedactAddresses(message.PayloadJson);
            await db.SaveChangesAsync(ct);
            if (due.Count > 0) after = due[^1].Id;
            redacted += due.Count;
            if (due.Count < Batch) return redacted;
        }
    }

    // A decided action's new address is on the order itself (when it was carried out) or was never used: the row keeps no copy.
    // A proposal nobody answered for a day is as good as decided.
    private async Task<int> RedactDecidedActionsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var abandoned = now - TimeSpan.FromDays(1);
        var (redacted, after) = (0, 0);
        while (true)
        {
            var due = await db.OrderActions.Where(a => a.Id > after && (a.Status != OrderActionStatus.Proposed || a.CreatedAt < abandoned)
                    && a.DetailsJson.Contains("ddress\":{") && !a.DetailsJson.Contains(PersonalDataRedactor.Marker))
                .OrderBy(a => a.Id).Take(Batch).ToListAsync(ct);
            foreach (var action in due) action.DetailsJson = PersonalDataRedactor.RedactAddresses(action.DetailsJson);
            await db.SaveChangesAsync(ct);
            if (due.Count > 0) after = due[^1].Id;
            redacted += due.Count;
            if (due.Count < Batch) return redacted;
        }
    }
}
