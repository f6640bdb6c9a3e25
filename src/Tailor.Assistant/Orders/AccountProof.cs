using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Dialogue;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Whose account this conversation may change: the signed-in customer's, or the account that placed an order this
/// conversation proved with its e-mailed one-time code (the same strong proof order changes need). A postcode or
/// e-mail typed to see an order is not enough to change an account.
/// </summary>
public sealed class AccountProof(TailorDbContext db, OrderCodes codes)
{
    public async Task<int?> CustomerAsync(Turn turn, CancellationToken ct)
    {
        if (turn.CustomerId is { } signedIn) return signedIn;
        foreach (var number in turn.State.VerifiedOrders.AsEnumerable().Reverse())
        {
            if (!await codes.IsProvenAsync(turn, number, ct)) continue;
            if (await db.Orders.AsNoTracking().Where(o => o.Number == number).Select(o => o.CustomerId).FirstOrDefaultAsync(ct) is { } owner) return owner;
        }
        return null;
    }

    /// <summary>The order whose code proves the account, for a guest; null when signed in or not proven.</summary>
    public async Task<string?> ProvingOrderAsync(Turn turn, CancellationToken ct)
    {
        if (turn.CustomerId is not null) return null;
        foreach (var number in turn.State.VerifiedOrders.AsEnumerable().Reverse())
            if (await codes.IsProvenAsync(turn, number, ct)) return number;
        return null;
    }
}
