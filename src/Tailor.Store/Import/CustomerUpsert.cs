using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store.Import;

/// <summary>
/// Writes customer drafts keyed on ExternalId, falling back to email when the file has no id. A customer created
/// without an id gets their email as ExternalId, the only stable key the file offers.
/// </summary>
internal sealed class CustomerUpsert(TailorDbContext db, TimeProvider time) : IDraftWriter<CustomerDraft>
{
    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    public int Weight(CustomerDraft draft) => 1;

    public ImportError Refused(CustomerDraft draft, DbUpdateException ex) =>
        BatchOutcome.Refusal(draft.Row, draft.ExternalId is null ? "email" : "externalId", ex);

    public async Task ApplyAsync(IReadOnlyList<CustomerDraft> drafts, BatchOutcome outcome, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ids = drafts.Select(d => d.ExternalId ?? d.Email).Distinct().ToList();
        var emails = drafts.Select(d => d.Email).Distinct().ToList();
        var hashes = emails.Select(db.LookupHash).ToList<string?>();
        var found = await db.Customers.Where(c => ids.Contains(c.ExternalId) || hashes.Contains(EF.Property<string?>(c, LookupHashes.EmailColumn))).ToListAsync(ct);
        var byId = found.ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        var byEmail = found.GroupBy(c => c.Email, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        foreach (var draft in drafts)
        {
            var customer = draft.ExternalId is { } id ? byId.GetValueOrDefault(id) : byEmail.GetValueOrDefault(draft.Email) ?? byId.GetValueOrDefault(draft.Email);
            if (customer is null)
            {
                customer = new Customer { ExternalId = draft.ExternalId ?? draft.Email, Email = draft.Email, CreatedAt = draft.CreatedAt ?? now };
                db.Customers.Add(customer);
                byId[customer.ExternalId] = customer;
                byEmail.TryAdd(customer.Email, customer);
                outcome.Created(customer.ExternalId);
            }
            else outcome.Updated(customer.ExternalId);
            Update(customer, draft, now);
        }
        db.ChangeTracker.DetectChanges();
    }

    private static void Update(Customer customer, CustomerDraft draft, DateTimeOffset now)
    {
        customer.Email = draft.Email;
        if (draft.FirstName is not null) customer.FirstName = draft.FirstName;
        if (draft.LastName is not null) customer.LastName = draft.LastName;
        if (draft.Phone is not null) customer.Phone = draft.Phone;
        if (draft.CreatedAt is { } created) customer.CreatedAt = created;
        if (draft.Addresses is { } addresses && !addresses.SequenceEqual(customer.Addresses)) customer.Addresses = [.. addresses];
        if (draft.PaymentMethods is { } methods && !methods.SequenceEqual(customer.PaymentMethods)) customer.PaymentMethods = [.. methods];
        if (draft.Preferences is { } p)
        {
            var preferences = customer.Preferences;
            preferences.Sizes = [.. p.Sizes];
            preferences.FavoriteColors = [.. p.FavoriteColors];
            preferences.DislikedColors = [.. p.DislikedColors];
            preferences.Styles = [.. p.Styles];
            preferences.Fit = p.Fit;
            preferences.Budget = p.Budget;
        }
        if (draft.Consents is { } c)
        {
            var consents = customer.Consents;
            var changed = consents.Marketing != c.Marketing || consents.Personalization != c.Personalization || consents.ChatHistory != c.ChatHistory;
            consents.Marketing = c.Marketing;
            consents.Personalization = c.Personalization;
            consents.ChatHistory = c.ChatHistory;
            // Consent must carry the time it was given: the file's, else now when it changed (a re-import changes nothing).
            if (c.UpdatedAt is { } at) consents.UpdatedAt = at;
            else if (changed || consents.UpdatedAt is null) consents.UpdatedAt = now;
        }
    }
}
