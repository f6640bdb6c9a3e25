using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Promotions;
using Tailor.Store.Persistence;

namespace Tailor.Store.Import;

/// <summary>Writes promotions keyed on code (case ignored), or on name for automatic promotions without one.</summary>
internal sealed class PromotionUpsert(TailorDbContext db) : IDraftWriter<PromotionDraft>
{
    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public int Weight(PromotionDraft draft) => 1;

    public ImportError Refused(PromotionDraft draft, DbUpdateException ex) => BatchOutcome.Refusal(draft.Row, "code", ex);

    public async Task ApplyAsync(IReadOnlyList<PromotionDraft> drafts, BatchOutcome outcome, CancellationToken ct)
    {
        var codes = drafts.Where(d => d.Code is not null).Select(d => d.Code!.ToUpper()).Distinct().ToList();
        var names = drafts.Where(d => d.Code is null).Select(d => d.Name).Distinct().ToList();
        var existing = await db.Promotions
            .Where(p => (p.Code != null && codes.Contains(p.Code.ToUpper())) || (p.Code == null && names.Contains(p.Name)))
            .ToListAsync(ct);
        var byKey = new Dictionary<string, Promotion>(StringComparer.Ordinal);
        foreach (var promotion in existing)
            byKey.TryAdd(promotion.Code is { } code ? $"code:{code.ToUpperInvariant()}" : $"name:{promotion.Name}", promotion);

        foreach (var draft in drafts)
        {
            if (!byKey.TryGetValue(draft.Key, out var promotion))
            {
                promotion = new Promotion { Name = draft.Name };
                db.Promotions.Add(promotion);
                byKey[draft.Key] = promotion;
                outcome.Created(draft.Key);
            }
            else outcome.Updated(draft.Key);
            (promotion.Name, promotion.Description, promotion.Kind, promotion.Value, promotion.Scope, promotion.ScopeValue) =
                (draft.Name, draft.Description, draft.Kind, draft.Value, draft.Scope, draft.ScopeValue);
            (promotion.Code, promotion.MinimumSpend, promotion.StartsAt, promotion.EndsAt) = (draft.Code, draft.MinimumSpend, draft.StartsAt, draft.EndsAt);
        }
        db.ChangeTracker.DetectChanges();
    }
}
