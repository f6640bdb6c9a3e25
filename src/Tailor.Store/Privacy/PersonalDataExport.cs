using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store.Privacy;

/// <summary>
/// Everything Tailor holds about one customer or one conversation, as one JSON document: what a shopper gets when they
/// ask for their data. Each export is audited.
/// </summary>
public sealed class PersonalDataExport(TailorDbContext db, PrivacyAudit audit)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // An export is read by people: "+44" and "é" as they are, not as \u escapes. It is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true, ReferenceHandler = ReferenceHandler.IgnoreCycles, Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The customer (by external id or e-mail), their orders, returns, order actions, chats, tickets and audit rows; null when unknown.</summary>
    public async Task<JsonObject?> CustomerAsync(string idOrEmail, string actor, CancellationToken ct)
    {
        if (await CustomerLookup.FindAsync(db, idOrEmail, ct) is not { } customer) return null;
        var email = db.LookupHash(customer.Email);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Shipments)
            .Where(o => o.CustomerId == customer.Id || EF.Property<string?>(o, LookupHashes.EmailColumn) == email).OrderBy(o => o.PlacedAt).ToListAsync(ct);
        var numbers = orders.Select(o => o.Number).ToList();
        var conversationIds = await db.Conversations.Where(c => c.CustomerId == customer.Id).Select(c => c.Id).ToListAsync(ct);
        var document = new JsonObject
        {
            ["kind"] = "customer",
            ["customer"] = Node(customer),
            ["orders"] = Node(orders.Select(o => { o.Customer = null; return o; })),
            ["returns"] = Node(await db.Returns.AsNoTracking().Where(r => numbers.Contains(r.OrderNumber)).ToListAsync(ct)),
            ["orderActions"] = Node(await db.OrderActions.AsNoTracking()
                .Where(a => (a.OrderNumber != null && numbers.Contains(a.OrderNumber)) || a.CustomerId == customer.Id).ToListAsync(ct)),
            ["conversations"] = await ConversationsAsync(conversationIds, ct),
            ["supportTickets"] = Node(await db.SupportTickets.AsNoTracking().WithEmail(db, customer.Email).ToListAsync(ct)),
            ["audit"] = Node(await db.AuditLog.AsNoTracking().Where(a => numbers.Contains(a.Subject)).OrderBy(a => a.Id).ToListAsync(ct)),
        };
        await audit.RecordAsync(actor, "privacy.exported", $"customer:{customer.ExternalId}", null, ct);
        return document;
    }

    /// <summary>One conversation with its messages, turn log, feedback, handoffs, notes, tickets, order actions and audit rows; null when unknown.</summary>
    public async Task<JsonObject?> ConversationAsync(string id, string actor, CancellationToken ct)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct)) return null;
        var conversations = await ConversationsAsync([id], ct);
        var document = new JsonObject
        {
            ["kind"] = "conversation",
            ["conversation"] = conversations[0]!.DeepClone(),
            ["orderActions"] = Node(await db.OrderActions.AsNoTracking().Where(a => a.ConversationId == id).ToListAsync(ct)),
            ["verificationAttempts"] = Node(await db.VerificationAttempts.AsNoTracking().Where(a => a.ConversationId == id).ToListAsync(ct)),
            ["audit"] = Node(await db.AuditLog.AsNoTracking().Where(a => a.ConversationId == id).OrderBy(a => a.Id).ToListAsync(ct)),
        };
        await audit.RecordAsync(actor, "privacy.exported", $"conversation:{id}", null, ct);
        return document;
    }

    private async Task<JsonArray> ConversationsAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var result = new JsonArray();
        foreach (var id in ids)
        {
            var conversation = await db.Conversations.AsNoTracking().Include(c => c.Messages).SingleAsync(c => c.Id == id, ct);
            var handoffs = await db.Handoffs.AsNoTracking().Where(h => h.ConversationId == id).ToListAsync(ct);
            result.Add(new JsonObject
            {
                ["conversation"] = Node(conversation),
                ["turns"] = Node(await db.Turns.AsNoTracking().Where(t => t.ConversationId == id).OrderBy(t => t.Id).ToListAsync(ct)),
                ["feedback"] = Node(await db.Feedback.AsNoTracking().Where(f => f.ConversationId == id).ToListAsync(ct)),
                ["handoffs"] = Node(handoffs),
                ["agentNotes"] = Node(await db.AgentNotes.AsNoTracking().Where(n => n.ConversationId == id).ToListAsync(ct)),
                ["supportTickets"] = Node(await db.SupportTickets.AsNoTracking().Where(t => t.ConversationId == id).ToListAsync(ct)),
            });
        }
        return result;
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Json);
}

/// <summary>Finds a customer by the store's id (<c>cus_000001</c>) or, failing that, by e-mail address.</summary>
internal static class CustomerLookup
{
    public static async Task<Customer?> FindAsync(TailorDbContext db, string idOrEmail, CancellationToken ct)
    {
        var key = idOrEmail.Trim();
        if (key.Length == 0) return null;
        return await db.Customers.FirstOrDefaultAsync(c => c.ExternalId == key, ct)
            ?? await db.Customers.WithEmail(db, key).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
    }
}
