using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Policies;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// The store's policy pages split into passages and indexed for search, kept in memory (a singleton) and rebuilt
/// when an import or an edit changes the pages: each use first checks the page count and latest UpdatedAt.
/// </summary>
public sealed class PolicyLibrary
{
    private sealed record Snapshot(int Count, DateTimeOffset? LatestUpdate, PassageIndex Index);

    private volatile Snapshot? current;

    /// <summary>Every passage of every page, in page order.</summary>
    public async Task<IReadOnlyList<PolicyPassage>> PassagesAsync(TailorDbContext db, CancellationToken ct) =>
        (await IndexAsync(db, ct)).Passages;

    internal async Task<PassageIndex> IndexAsync(TailorDbContext db, CancellationToken ct)
    {
        var count = await db.Policies.CountAsync(ct);
        var latest = await db.Policies.MaxAsync(p => (DateTimeOffset?)p.UpdatedAt, ct);
        if (current is { } snapshot && snapshot.Count == count && snapshot.LatestUpdate == latest) return snapshot.Index;

        // Two requests may rebuild at once after a change; both build the same index, so the last one simply wins.
        var documents = await db.Policies.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var index = new PassageIndex(documents.SelectMany(PolicyMarkdown.Passages).ToList());
        current = new Snapshot(documents.Count, documents.Count == 0 ? null : documents.Max(d => d.UpdatedAt), index);
        return index;
    }

    /// <summary>Passages of one page, for callers that already hold the document (imports, previews).</summary>
    public static IReadOnlyList<PolicyPassage> Split(PolicyDocument document) => PolicyMarkdown.Passages(document).ToList();
}
