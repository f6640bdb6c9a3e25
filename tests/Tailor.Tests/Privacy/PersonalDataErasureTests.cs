using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Audit;
using Tailor.Domain.Handoff;
using Tailor.Domain.Orders;
using Tailor.Domain.Webhooks;

namespace Tailor.Tests.Privacy;

public sealed class PersonalDataErasureTests
{
    [Fact]
    public async Task Erasing_a_customer_removes_their_personal_data_and_chats_but_keeps_the_orders_financial_facts()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        var (customer, order, chat) = await store.AddShopperAsync(PrivacyTestStore.Now.AddDays(-3));
        await AddOrderRecordsAsync(store, order);

        await using (var db = store.Open())
            Assert.NotNull(await store.Erasure(db).EraseCustomerAsync("SARAH.JONES@example.com", "admin:test", CancellationToken.None));

        await using var check = store.Open();
        var erased = await check.Customers.SingleAsync(c => c.Id == customer.Id);
        Assert.Equal(("", "", null, 0), (erased.FirstName, erased.LastName, erased.Phone, erased.Addresses.Count));
        Assert.DoesNotContain("sarah", erased.Email, StringComparison.OrdinalIgnoreCase);
        var kept = await check.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == order.Id);
        Assert.Equal((order.Number, 84m, OrderStatus.Delivered, "visa", 1), (kept.Number, kept.Total, kept.Status, kept.Payment.Brand, kept.Lines.Count));
        Assert.Equal(("", "", "GB", null), (kept.ShippingAddress.Line1, kept.ShippingAddress.PostalCode, kept.ShippingAddress.Country, kept.Payment.Last4));
        Assert.DoesNotContain("sarah", kept.Email, StringComparison.OrdinalIgnoreCase);
        Assert.False(await check.Conversations.AnyAsync(c => c.Id == chat.Id));
        Assert.False(await check.ChatMessages.AnyAsync(m => m.ConversationId == chat.Id));
        Assert.False(await check.SupportTickets.AnyAsync());
        Assert.DoesNotContain("High Street", await check.Outbox.Select(m => m.PayloadJson).SingleAsync());
        Assert.DoesNotContain("High Street", await check.OrderActions.Select(a => a.DetailsJson).SingleAsync());
        var record = await check.AuditLog.SingleAsync(a => a.Action == "privacy.erased");
        Assert.Equal(("admin:test", "customer:cus_000100"), (record.Actor, record.Subject));
        // The order's own audit row stays (who changed what, when), its conversation link gone with the chat.
        Assert.Null((await check.AuditLog.SingleAsync(a => a.Action == "order.address_changed")).ConversationId);
    }

    [Fact]
    public async Task Erasing_a_conversation_deletes_it_and_what_hangs_off_it_and_leaves_the_customer()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        var (customer, order, chat) = await store.AddShopperAsync(PrivacyTestStore.Now.AddDays(-3));
        await AddOrderRecordsAsync(store, order);

        await using (var db = store.Open())
            Assert.NotNull(await store.Erasure(db).EraseConversationAsync(chat.Id, "admin:test", CancellationToken.None));

        await using var check = store.Open();
        Assert.False(await check.Conversations.AnyAsync());
        Assert.False(await check.Handoffs.AnyAsync());
        Assert.False(await check.SupportTickets.AnyAsync());
        Assert.Equal("Sarah", (await check.Customers.SingleAsync(c => c.Id == customer.Id)).FirstName);
        Assert.DoesNotContain("High Street", await check.OrderActions.Select(a => a.DetailsJson).SingleAsync());
        Assert.True(await check.AuditLog.AnyAsync(a => a.Action == "privacy.erased" && a.Subject == $"conversation:{chat.Id}"));
    }

    [Fact]
    public async Task Unknown_customers_and_conversations_are_not_found_and_nothing_is_audited()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        await using var db = store.Open();

        Assert.Null(await store.Erasure(db).EraseCustomerAsync("cus_999999", "admin:test", CancellationToken.None));
        Assert.Null(await store.Erasure(db).EraseConversationAsync("nope", "admin:test", CancellationToken.None));
        Assert.Null(await store.Export(db).CustomerAsync("nobody@example.com", "admin:test", CancellationToken.None));
        Assert.False(await db.AuditLog.AnyAsync());
    }

    [Fact]
    public async Task An_export_holds_the_customers_profile_orders_and_chats_and_is_audited()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        var (_, order, _) = await store.AddShopperAsync(PrivacyTestStore.Now.AddDays(-3));
        await AddOrderRecordsAsync(store, order);

        await using var db = store.Open();
        var document = await store.Export(db).CustomerAsync("cus_000100", "admin:test", CancellationToken.None);

        var json = document!.ToJsonString(Tailor.Store.Privacy.PersonalDataExport.Json);
        Assert.Contains("sarah.jones@example.com", json);
        Assert.Contains("+44 7700 900123", json);
        Assert.Contains("TL-200001", json);
        Assert.Contains("where is TL-200001", json);
        Assert.Contains("please call me back", json);
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "privacy.exported" && a.Subject == "customer:cus_000100"));
    }

    // A handoff, a ticket, an address change with its event and audit row: every place a chat leaves personal data.
    private static async Task AddOrderRecordsAsync(PrivacyTestStore store, Order order)
    {
        await using var db = store.Open();
        var at = PrivacyTestStore.Now.AddDays(-2);
        db.Handoffs.Add(new HandoffRequest { ConversationId = "chat-sarah", RequestedAt = at });
        db.SupportTickets.Add(new SupportTicket { ConversationId = "chat-sarah", Email = "sarah.jones@example.com", Message = "please call me back", CreatedAt = at });
        db.OrderActions.Add(new OrderAction
        {
            Reference = "ref-1", ConversationId = "chat-sarah", OrderId = order.Id, OrderNumber = order.Number, Kind = OrderActionKind.ChangeAddress,
            Status = OrderActionStatus.Done, DetailsJson = """{"newAddress":{"line1":"14 High Street","country":"GB"}}""", CreatedAt = at,
        });
        db.Outbox.Add(new OutboxMessage
        {
            EventId = "evt_1", Type = "order.address_changed", CreatedAt = at,
            PayloadJson = """{"data":{"orderNumber":"TL-200001","shippingAddress":{"line1":"14 High Street","country":"GB"}}}""",
        });
        db.AuditLog.Add(new AuditEntry
        {
            Actor = "customer:cus_000100", ConversationId = "chat-sarah", Action = "order.address_changed", Subject = order.Number, At = at,
            AfterJson = """{"shippingAddress":"***, LS1 4**"}""",
        });
        await db.SaveChangesAsync();
    }
}
