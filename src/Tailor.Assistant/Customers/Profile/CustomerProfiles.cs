using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Customers.Profile;

/// <summary>
/// A signed-in customer's stored preferences as the chat sees them: loaded when they consented to personalisation,
/// saved only with that consent, and their answer to "shall I keep these?" recorded once in their consents.
/// </summary>
public sealed class CustomerProfiles(TailorDbContext db, TimeProvider time)
{
    /// <summary>Whether the customer consented, whether they were ever asked, and their stored preferences (null without consent).</summary>
    public sealed record Stored(bool Consented, bool Asked, ShopperProfile? Profile);

    public async Task<Stored?> LoadAsync(int customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new { c.Preferences, c.Consents }).FirstOrDefaultAsync(ct);
        if (customer is null) return null;
        var consented = customer.Consents.Personalization;
        return new Stored(consented, customer.Consents.PersonalizationAsked || consented,
            consented ? ShopperProfile.From(customer.Preferences) : null);
    }

    /// <summary>Records the customer's answer; a yes saves the profile at once.</summary>
    public async Task RecordConsentAsync(int customerId, bool consent, ShopperProfile profile, CancellationToken ct)
    {
        if (await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, ct) is not { } customer) return;
        // New owned instances, so EF writes the whole JSON columns again.
        customer.Consents = new Consents
        {
            Marketing = customer.Consents.Marketing, ChatHistory = customer.Consents.ChatHistory,
            Personalization = consent, PersonalizationAsked = true, UpdatedAt = time.GetUtcNow(),
        };
        if (consent) customer.Preferences = profile.ToPreferences(customer.Preferences.Styles);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves the profile when the customer consented; without consent nothing is written.</summary>
    /// <param name="keepStyles">False when the shopper asked to forget everything: the styles stored with the account go too.</param>
    public async Task<bool> SaveAsync(int customerId, ShopperProfile profile, CancellationToken ct, bool keepStyles = true)
    {
        if (await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, ct) is not { Consents.Personalization: true } customer) return false;
        customer.Preferences = profile.ToPreferences(keepStyles ? customer.Preferences.Styles : []);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
