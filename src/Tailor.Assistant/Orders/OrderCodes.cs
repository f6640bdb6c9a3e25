using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Customers.Email;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Guard;
using Tailor.Assistant.Respond;
using Tailor.Domain.Audit;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Orders;

/// <summary>How a typed one-time code went.</summary>
public enum CodeCheck { Accepted, Wrong, Spent, Expired, NoCode }

/// <summary>Whether a code went out, or why not.</summary>
public enum CodeSending { Sent, TooMany, NoOrder }

/// <summary>
/// Strong proof for changing an order: the signed-in owner, or a six-digit code e-mailed to the address on the order
/// and typed back in the same conversation. Codes are kept as keyed hashes, used once, expire, allow a few tries, and
/// every send, success and spent code is audited.
/// </summary>
public sealed class OrderCodes(
    TailorDbContext db, IEmailSender email, ResponseTemplates templates, OrderCareOptions options, IOptions<StoreOptions> store, TimeProvider time)
{
    public const int Digits = 6;
    private const string KeyFile = "order-code-key";

    /// <summary>Whether this conversation may change the order now: its owner is signed in, or it typed the order's code recently.</summary>
    public async Task<bool> IsProvenAsync(Turn turn, string number, CancellationToken ct)
    {
        if (turn.CustomerId is { } customer && await db.Orders.AnyAsync(o => o.Number == number && o.CustomerId == customer, ct)) return true;
        var since = time.GetUtcNow() - options.ProofLifetime;
        return await db.OrderCodes.AnyAsync(c => c.ConversationId == turn.ConversationId && c.OrderNumber == number && c.UsedAt > since, ct);
    }

    /// <summary>E-mails a new code for the order to the address on it; any earlier code of this conversation stops working.</summary>
    public async Task<CodeSending> SendAsync(Turn turn, string number, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Number == number).Select(o => new { o.Email }).FirstOrDefaultAsync(ct);
        if (order is null || string.IsNullOrWhiteSpace(order.Email)) return CodeSending.NoOrder;
        var now = time.GetUtcNow();
        var windowStart = now - options.CodeSendingWindow;
        if (await db.OrderCodes.CountAsync(c => c.OrderNumber == number && c.CreatedAt > windowStart, ct) >= options.MaxCodesPerOrder)
            return CodeSending.TooMany;

        await db.OrderCodes.Where(c => c.ConversationId == turn.ConversationId && c.OrderNumber == number && c.UsedAt == null && c.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, now), ct);
        // A security code must not be predictable, so it comes from the system's cryptographic generator, not a seeded Random.
        var code = RandomNumberGenerator.GetInt32(0, (int)Math.Pow(10, Digits)).ToString(new string('0', Digits), CultureInfo.InvariantCulture);
        db.OrderCodes.Add(new OrderCode
        {
            ConversationId = turn.ConversationId, OrderNumber = number, CodeHash = Hash(code), CreatedAt = now, ExpiresAt = now + options.CodeLifetime,
        });
        Audit(turn, number, "order.code_sent", now);
        await db.SaveChangesAsync(ct);

        var values = new Dictionary<string, string>
        {
            ["code"] = code, ["number"] = number, ["minutes"] = ((int)options.CodeLifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture),
        };
        await email.SendAsync(new EmailMessage(order.Email.Trim(), templates.Render("order_code_email_subject", 0, values),
            templates.Render("order_code_email_body", 0, values)), ct);
        return CodeSending.Sent;
    }

    /// <summary>Checks a typed code against this conversation's live code for the order, counting the try.</summary>
    public async Task<(CodeCheck Check, int TriesLeft)> CheckAsync(Turn turn, string number, string typed, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var live = await db.OrderCodes
            .Where(c => c.ConversationId == turn.ConversationId && c.OrderNumber == number && c.UsedAt == null && c.RevokedAt == null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (live is null) return (CodeCheck.NoCode, 0);
        if (live.ExpiresAt <= now) return (CodeCheck.Expired, 0);
        // Compared in constant time, though the hash already hides how close a guess was.
        if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(live.CodeHash), Encoding.ASCII.GetBytes(Hash(typed))))
        {
            live.UsedAt = now;
            Audit(turn, number, "order.code_verified", now);
            await db.SaveChangesAsync(ct);
            return (CodeCheck.Accepted, options.MaxCodeTries - live.FailedTries);
        }
        live.FailedTries++;
        var left = options.MaxCodeTries - live.FailedTries;
        if (left <= 0)
        {
            live.RevokedAt = now;
            Audit(turn, number, "order.code_spent", now);
        }
        await db.SaveChangesAsync(ct);
        return left <= 0 ? (CodeCheck.Spent, 0) : (CodeCheck.Wrong, left);
    }

    private void Audit(Turn turn, string number, string action, DateTimeOffset now) => db.AuditLog.Add(new AuditEntry
    {
        At = now, Actor = "shopper:conversation", ConversationId = turn.ConversationId, Action = action, Subject = number,
    });

    private string Hash(string code)
    {
        var key = DataFolderSecret.LoadOrCreate(store.Value, KeyFile, 32, out _);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(code)));
    }
}
