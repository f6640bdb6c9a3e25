using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Audit;
using Tailor.Domain.Conversations;
using Tailor.Domain.Orders;
using Tailor.Domain.Webhooks;
using Tailor.Store.Privacy;

namespace Tailor.Tests.Privacy;

public sealed class RetentionSweepTests
{
    private static readonly DateTimeOffset LongAgo = PrivacyTestStore.Now.AddDays(-731);
    private static readonly DateTimeOffset Recently = PrivacyTestStore.Now.AddDays(-729);

    [Fact]
    public async Task Records_older_than_24_months_go_and_younger_ones_stay()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        await SeedAsync(store);

        await using (var db = store.Open()) await store.Sweep(db).RunAsync(CancellationToken.None);

        await using var check = store.Open();
        Assert.Equal(["recent", "with-agent"], await check.Conversations.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        Assert.Equal(["recent", "with-agent"], await check.ChatMessages.OrderBy(m => m.ConversationId).Select(m => m.ConversationId).ToListAsync());
        Assert.Equal([Recently], await check.Turns.Select(t => t.CreatedAt).ToListAsync());
        Assert.Equal([Recently], await check.VerificationAttempts.Select(a => a.At).ToListAsync());
        Assert.Equal([Recently], await check.ReceivedWebhooks.Select(w => w.ReceivedAt).ToListAsync());
        // An old event still waiting to be delivered is kept; old delivered ones go.
        Assert.Equal(["evt_pending", "evt_recent"], await check.Outbox.OrderBy(m => m.EventId).Select(m => m.EventId).ToListAsync());
        var audit = await check.AuditLog.OrderBy(a => a.At).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Null(audit[0].BeforeJson);
        Assert.NotNull(audit[1].BeforeJson);
    }

    [Fact]
    public async Task Delivered_events_and_decided_actions_keep_no_full_address()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        await SeedAsync(store);

        await using (var db = store.Open()) await store.Sweep(db).RunAsync(CancellationToken.None);

        await using var check = store.Open();
        var outbox = await check.Outbox.ToDictionaryAsync(m => m.EventId, m => m.PayloadJson);
        Assert.DoesNotContain("High Street", outbox["evt_recent"]);
        Assert.Contains("High Street", outbox["evt_pending"]);
        var actions = await check.OrderActions.ToDictionaryAsync(a => a.Status, a => a.DetailsJson);
        Assert.DoesNotContain("High Street", actions[OrderActionStatus.Done]);
        Assert.Contains("High Street", actions[OrderActionStatus.Proposed]);
    }

    [Fact]
    public async Task Each_kind_follows_its_own_period()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        await SeedAsync(store);

        await using (var db = store.Open())
            await store.Sweep(db, new RetentionOptions { TurnDays = 30, VerificationAttemptDays = 1 }).RunAsync(CancellationToken.None);

        await using var check = store.Open();
        Assert.Equal(0, await check.Turns.CountAsync());
        Assert.Equal(0, await check.VerificationAttempts.CountAsync());
        Assert.Equal(2, await check.Conversations.CountAsync());
    }

    private static async Task SeedAsync(PrivacyTestStore store)
    {
        var (_, order, _) = await store.AddShopperAsync(LongAgo);
        await using var db = store.Open();
        await db.Conversations.Where(c => c.Id == "chat-sarah").ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, LongAgo));
        db.Conversations.Add(Chat("recent", Recently, ConversationStatus.Bot));
        db.Conversations.Add(Chat("with-agent", LongAgo, ConversationStatus.WithAgent));
        foreach (var at in new[] { LongAgo, Recently })
        {
            db.Turns.Add(new TurnRecord { ConversationId = "recent", CreatedAt = at });
            db.VerificationAttempts.Add(new VerificationAttempt { ConversationId = "recent", OrderNumber = order.Number, At = at });
            db.ReceivedWebhooks.Add(new ReceivedWebhook { DeliveryId = $"dlv_{at.Ticks}", Type = "order.status", ReceivedAt = at });
            db.AuditLog.Add(new AuditEntry { Actor = "store:webhook", Action = "order.status", Subject = order.Number, At = at, BeforeJson = "{}", AfterJson = "{}" });
        }
        const string moved = """{"data":{"orderNumber":"TL-200001","shippingAddress":{"line1":"14 High Street","city":"Leeds","country":"GB"}}}""";
        db.Outbox.Add(new OutboxMessage { EventId = "evt_old", Type = "order.address_changed", PayloadJson = moved, CreatedAt = LongAgo, DeliveredAt = LongAgo });
        db.Outbox.Add(new OutboxMessage { EventId = "evt_pending", Type = "order.address_changed", PayloadJson = moved, CreatedAt = LongAgo });
        db.Outbox.Add(new OutboxMessage { EventId = "evt_recent", Type = "order.address_changed", PayloadJson = moved, CreatedAt = Recently, DeliveredAt = Recently });
        const string details = """{"newAddress":{"line1":"14 High Street","city":"Leeds","country":"GB"}}""";
        foreach (var status in new[] { OrderActionStatus.Done, OrderActionStatus.Proposed })
            db.OrderActions.Add(new OrderAction
            {
                Reference = $"ref-{status}", ConversationId = "recent", OrderId = order.Id, OrderNumber = order.Number, Kind = OrderActionKind.ChangeAddress,
                Status = status, DetailsJson = details, CreatedAt = PrivacyTestStore.Now.AddMinutes(-5),
            });
        await db.SaveChangesAsync();
    }

    private static Conversation Chat(string id, DateTimeOffset at, ConversationStatus status)
    {
        var chat = new Conversation { Id = id, CreatedAt = at, UpdatedAt = at, Status = status };
        chat.Messages.Add(new ChatMessage { ConversationId = id, Role = ChatRole.User, Text = "hello", CreatedAt = at });
        return chat;
    }
}
