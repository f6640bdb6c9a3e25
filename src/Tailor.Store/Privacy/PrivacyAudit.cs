using Tailor.Domain.Audit;
using Tailor.Store.Persistence;

namespace Tailor.Store.Privacy;

/// <summary>Writes an audit row for each export and erasure: who asked, what, about whom, and what was done.</summary>
public sealed class PrivacyAudit(TailorDbContext db, TimeProvider time)
{
    public async Task RecordAsync(string actor, string action, string subject, string? afterJson, CancellationToken ct)
    {
        db.AuditLog.Add(new AuditEntry { Actor = actor, Action = action, Subject = subject, At = time.GetUtcNow(), AfterJson = afterJson });
        await db.SaveChangesAsync(ct);
    }
}
