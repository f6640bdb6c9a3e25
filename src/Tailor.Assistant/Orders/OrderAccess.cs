using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Orders;

/// <summary>How a look-up with order details went. Unknown orders and wrong details read the same on purpose.</summary>
public enum AccessOutcome { Granted, NotVerified, LockedOut }

/// <summary>
/// Who may see an order in this conversation: the signed-in customer's own orders, and orders proven with their
/// number and the e-mail or postcode on them (for <see cref="OrderCareOptions.ProofLifetime"/>). Failed tries are
/// counted in the database per conversation, per client and per (order, client), never per order alone: a stranger
/// guessing at an order locks out only themselves, never the owner typing the right details from elsewhere.
/// </summary>
public sealed class OrderAccess(TailorDbContext db, OrderCareOptions options, ShopperClient client, TimeProvider time)
{
    /// <summary>Whether the conversation may already see this order, without asking for details.</summary>
    public async Task<bool> IsOpenAsync(Turn turn, string number, CancellationToken ct)
    {
        if (turn.CustomerId is { } customer && await db.Orders.AnyAsync(o => o.Number == number && o.CustomerId == customer, ct)) return true;
        if (!turn.State.VerifiedOrders.Contains(number)) return false;
        // A look-up lasts a while, not for the life of a chat left open on a shared computer.
        var since = time.GetUtcNow() - options.ProofLifetime;
        return await db.VerificationAttempts.AnyAsync(a => a.ConversationId == turn.ConversationId && a.OrderNumber == number && a.Succeeded && a.At > since, ct);
    }

    /// <summary>How long until this conversation's client may try details for this order again, or null when it may now.</summary>
    public async Task<TimeSpan?> LockedForAsync(string conversationId, string number, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now - options.LockoutWindow;
        var key = client.KeyOr(conversationId);
        var failures = await db.VerificationAttempts.AsNoTracking()
            .Where(a => !a.Succeeded && a.At > since && (a.ConversationId == conversationId || a.ClientKey == key))
            .Select(a => new { a.ConversationId, a.OrderNumber, a.ClientKey, a.At })
            .ToListAsync(ct);
        var unlocks = new[]
        {
            UnlockAt(failures.Where(f => f.ConversationId == conversationId).Select(f => f.At), options.MaxFailedAttempts),
            UnlockAt(failures.Where(f => f.ClientKey == key && f.OrderNumber == number).Select(f => f.At), options.MaxFailedAttempts),
            UnlockAt(failures.Where(f => f.ClientKey == key).Select(f => f.At), options.MaxFailedAttemptsPerClient),
        }.OfType<DateTimeOffset>().ToList();
        return unlocks.Count == 0 ? null : unlocks.Max() - now;
    }

    /// <summary>Checks the details against the order and records the try; on success the order is open to the conversation for a while.</summary>
    public async Task<AccessOutcome> VerifyAsync(Turn turn, string number, IdentityDetails details, CancellationToken ct)
    {
        if (await LockedForAsync(turn.ConversationId, number, ct) is not null) return AccessOutcome.LockedOut;
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number, ct);
        var matched = order is not null && details.Match(order);
        db.VerificationAttempts.Add(new VerificationAttempt
        {
            ConversationId = turn.ConversationId, OrderNumber = number, ClientKey = client.KeyOr(turn.ConversationId), Succeeded = matched,
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        if (!matched) return AccessOutcome.NotVerified;
        if (!turn.State.VerifiedOrders.Contains(number)) turn.State.VerifiedOrders.Add(number);
        return AccessOutcome.Granted;
    }

    // Locked while the window holds as many failures as allowed: it opens when the oldest of those leaves the window.
    private DateTimeOffset? UnlockAt(IEnumerable<DateTimeOffset> failures, int allowed)
    {
        var recent = failures.OrderByDescending(at => at).Take(allowed).ToList();
        return recent.Count >= allowed ? recent[^1] + options.LockoutWindow : null;
    }
}
