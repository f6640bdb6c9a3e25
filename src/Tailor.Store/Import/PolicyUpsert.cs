using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Policies;
using Tailor.Store.Persistence;

namespace Tailor.Store.Import;

/// <summary>Writes policy and FAQ pages keyed on slug; UpdatedAt moves only when a page really changed.</summary>
internal sealed class PolicyUpsert(TailorDbContext db, TimeProvider time) : IDraftWriter<PolicyDraft>
{
    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public int Weight(PolicyDraft draft) => 1;

    public ImportError Refused(PolicyDraft draft, DbUpdateException ex) => BatchOutcome.Refusal(draft.Row, "slug", ex);

    public async Task ApplyAsync(IReadOnlyList<PolicyDraft> drafts, BatchOutcome outcome, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var slugs = drafts.Select(d => d.Slug).Distinct().ToList();
        var pages = await db.Policies.Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, ct);
        foreach (var draft in drafts)
        {
            if (!pages.TryGetValue(draft.Slug, out var page))
            {
                page = new PolicyDocument { Slug = draft.Slug, Title = draft.Title };
                db.Policies.Add(page);
                pages[draft.Slug] = page;
                outcome.Created(draft.Slug);
            }
            else outcome.Updated(draft.Slug);
            if (page.Id != 0 && page.Title == draft.Title && page.Kind == draft.Kind && page.Url == draft.Url && page.Markdown == draft.Markdown)
                continue;
            page.Title = draft.Title;
            page.Kind = draft.Kind;
            page.Url = draft.Url;
            page.Markdown = draft.Markdown;
            page.UpdatedAt = now;
        }
        db.ChangeTracker.DetectChanges();
    }
}
