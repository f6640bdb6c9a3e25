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
/// number and the e-mail or postcode on them or on the account that placed them (for <see cref="OrderCareOptions.ProofLifetime"/>). Failed tries are
/// counted in the database per conversation, per client and per (order, client), never per order alone: a stranger
/// guessing at an order locks out only themselves, never the owner typing the right details from elsewhere.
/// </summary>
public sealed class OrderAccess(
    TailorDbContext db, OrderCareOptions options, ShopperClient client, TimeProvider time, OrderNumberOptions? numbers = null)
{
    private readonly string prefix = (numbers ?? new OrderNumberOptions()).Prefix;

    /// <summary>Whether the conversation may already see this order, without asking for details.</summary>
    public async Task<bool> IsOpenAsync(Turn turn, string typed, CancellationToken ct)
    {
        if (await db.Orders.AsNoTracking().StoredNumberAsync(typed, prefix, ct) is not { } number) return false;
        if (turn.CustomerId is { } customer && await db.Orders.AnyAsync(o => o.Number == number && o.CustomerId == customer, ct)) return true;
        if (!turn.State.VerifiedOrders.Contains(number)) return false;
        // A look-up lasts a while, not for the life of a chat left open on a shared computer.
        var since = time.GetUtcNow() - options.ProofLifetime;
        return await db.VerificationAttempts.AnyAsync(a => a.ConversationId == turn.ConversationId && a.OrderNumber == number && a.Succeeded && a.At > since, ct);
    }

    /// <summary>How long until this conversation's client may try details for this order again, or null when it may now.</summary>
    public async Task<TimeSpan?> LockedForAsync(string conversationId, string typed, CancellationToken ct)
    {
        var number = await SubjectAsync(typed, ct);
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

    /// <summary>
    /// Checks the details against the order and records the try; on success the order is open to the conversation for
    /// a while. A failure counts towards the lock-out only when <paramref name="counted"/>: the message answered the
    /// question asking for these details, so digits in an ordinary request never lock a shopper out.
    /// </summary>
    public async Task<AccessOutcome> VerifyAsync(Turn turn, string typed, IdentityDetails details, CancellationToken ct, bool counted = true)
    {
        if (await LockedForAsync(turn.ConversationId, typed, ct) is not null) return AccessOutcome.LockedOut;
        var order = await db.Orders.AsNoTracking().Include(o => o.Customer).WithNumber(typed, prefix).FirstOrDefaultAsync(ct);
        // Tries are counted against the order however its number was typed ("#1001", "1001").
        var number = order?.Number ?? typed;
        var matched = order is not null && details.Match(order, order.Customer);
        if (!matched && !counted) return AccessOutcome.NotVerified;
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

    private async Task<string> SubjectAsync(string typed, CancellationToken ct) =>
        await db.Orders.AsNoTracking().StoredNumberAsync(typed, prefix, ct) ?? typed;

    // Locked while the window holds as many failures as allowed: it opens when the oldest of those leaves the window.
    private DateTimeOffset? UnlockAt(IEnumerable<DateTimeOffset> failures, int allowed)
    {
        var recent = failures.OrderByDescending(at => at).Take(allowed).ToList();
        return recent.Count >= allowed ? recent[^1] + options.LockoutWindow : null;
    }
}
