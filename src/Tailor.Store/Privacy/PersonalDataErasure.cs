using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store.Privacy;

/// <summary>What an erasure removed or anonymised.</summary>
public sealed record ErasureReport(string Subject, int Conversations, int Orders, int SupportTickets, int OrderActions, int Events, int AuditRows);

/// <summary>
/// Erases a customer or a conversation. A customer's name, e-mail, phone, addresses and preferences go, and so do their
/// chats and tickets; their orders keep the financial facts (number, dates, status, lines, prices, totals, refunds,
/// payment type) for the store's books, but lose the e-mail, the delivery address (all but its country) and the card's
/// last digits; events, order actions and audit snapshots about those orders lose their addresses. Audited, in one
/// transaction.
/// </summary>
public sealed class PersonalDataErasure(TailorDbContext db, PrivacyAudit audit)
{
    /// <summary>The e-mail an erased customer and their orders keep, unique and undeliverable.</summary>
    public static string ErasedEmail(int customerId) => $"erased-{customerId}@erased.invalid";

    public async Task<ErasureReport?> EraseCustomerAsync(string idOrEmail, string actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await CustomerLookup.FindAsync(db, idOrEmail, ct) is not { } customer) return null;
        var email = db.LookupHash(customer.Email);
        var erasedEmail = ErasedEmail(customer.Id);

        var orders = await db.Orders.Where(o => o.CustomerId == customer.Id || EF.Property<string?>(o, LookupHashes.EmailColumn) == email).ToListAsync(ct);
        foreach (var order in orders)
        {
            order.Email = erasedEmail;
            order.ShippingAddress = new Address { Country = order.ShippingAddress.Country };
            order.Payment = order.Payment with { Last4 = null };
        }
        var numbers = orders.Select(o => o.Number).ToList();
        var conversations = await db.Conversations.Where(c => c.CustomerId == customer.Id).Select(c => c.Id).ToListAsync(ct);
        var tickets = await db.SupportTickets.CountAsync(t => EF.Property<string?>(t, LookupHashes.EmailColumn) == email || conversations.Contains(t.ConversationId), ct);

        customer.FirstName = "";
        customer.LastName = "";
        customer.Email = erasedEmail;
        customer.Phone = null;
        customer.Addresses = [];
        customer.Preferences = new CustomerPreferences();
        customer.Consents = new Consents();
        await db.SaveChangesAsync(ct);

        var removed = await ConversationRemoval.DeleteAsync(db, conversations, ct);
        await db.SupportTickets.Where(t => EF.Property<string?>(t, LookupHashes.EmailColumn) == email).ExecuteDeleteAsync(ct);
        await db.VerificationAttempts.Where(a => numbers.Contains(a.OrderNumber)).ExecuteDeleteAsync(ct);
        await db.OrderCodes.Where(c => numbers.Contains(c.OrderNumber)).ExecuteDeleteAsync(ct);
        var (actions, events, auditRows) = await RedactOrderRecordsAsync(numbers, ct);

        var report = new ErasureReport($"customer:{customer.ExternalId}", removed, orders.Count, tickets, actions, events, auditRows);
        await audit.RecordAsync(actor, "privacy.erased", report.Subject, JsonSerializer.Serialize(report, PersonalDataExport.Json), ct);
        await transaction.CommitAsync(ct);
        return report;
    }

    public async Task<ErasureReport?> EraseConversationAsync(string id, string actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct)) return null;
        var tickets = await db.SupportTickets.CountAsync(t => t.ConversationId == id, ct);
        var actions = await db.OrderActions.Where(a => a.ConversationId == id).ToListAsync(ct);
        foreach (var action in actions) action.DetailsJson = PersonalDataRedactor.RedactAddresses(action.DetailsJson);
        await db.SaveChangesAsync(ct);
        var removed = await ConversationRemoval.DeleteAsync(db, [id], ct);

        var report = new ErasureReport($"conversation:{id}", removed, 0, tickets, actions.Count, 0, 0);
        await audit.RecordAsync(actor, "privacy.erased", report.Subject, JsonSerializer.Serialize(report, PersonalDataExport.Json), ct);
        await transaction.CommitAsync(ct);
        return report;
    }

    // Rows about the orders that may hold an address: the order actions' details, outgoing events, audit snapshots.
    private async Task<(int Actions, int Events, int AuditRows)> RedactOrderRecordsAsync(List<string> numbers, CancellationToken ct)
    {
        var actions = await db.OrderActions.Where(a => a.OrderNumber != null && numbers.Contains(a.OrderNumber)).ToListAsync(ct);
        foreach (var action in actions) action.DetailsJson = PersonalDataRedactor.RedactAddresses(action.DetailsJson);
        var audits = await db.AuditLog.Where(a => numbers.Contains(a.Subject)).ToListAsync(ct);
        foreach (var entry in audits)
        {
            entry.BeforeJson = entry.BeforeJson is null ? null : PersonalDataRedactor.RedactAddresses(entry.BeforeJson);
            entry.AfterJson = entry.AfterJson is null ? null : PersonalDataRedactor.RedactAddresses(entry.AfterJson);
        }
        var events = 0;
        foreach (var number in numbers)
        {
            var quoted = $"\"{number}\"";
            var messages = await db.Outbox.Where(m => m.PayloadJson.Contains(quoted)).ToListAsync(ct);
            foreach (var message in messages) message.PayloadJson = PersonalDataRedactor.RedactAddresses(message.PayloadJson);
            events += messages.Count;
        }
        await db.SaveChangesAsync(ct);
        return (actions.Count, events, audits.Count);
    }
}
