using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Audit;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Carries out one confirmed order action in one database transaction: the change itself, its audit row and its
/// outgoing event, and the action marked done. The transaction takes the write lock first (SQLite's BEGIN IMMEDIATE),
/// so concurrent confirmations run one after the other and each re-checks the order as the previous one left it; the
/// unique (order, confirmation) index on returns backs that up, so a return is never created twice.
/// </summary>
public sealed class OrderActionRunner(TailorDbContext db, OrderChanges changes, TimeProvider time)
{
    public async Task<ActionOutcome> RunAsync(string reference, string actor, CancellationToken ct)
    {
        try
        {
            return await TryRunAsync(reference, actor, ct);
        }
        catch (DbUpdateException)
        {
            // Another confirmation of the same action won the race: report what it created.
            db.ChangeTracker.Clear();
            var action = await db.OrderActions.AsNoTracking().FirstOrDefaultAsync(a => a.Reference == reference, ct);
            var rma = await db.Returns.AsNoTracking().Where(r => r.ConfirmationId == reference).Select(r => r.Rma).FirstOrDefaultAsync(ct);
            return action is { Status: OrderActionStatus.Done } || rma is not null
                ? new ActionOutcome(ActionResult.AlreadyDone, action?.Result ?? rma)
                : throw new InvalidOperationException($"Order action {reference} failed to save.");
        }
    }

    private async Task<ActionOutcome> TryRunAsync(string reference, string actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var action = await db.OrderActions.FirstOrDefaultAsync(a => a.Reference == reference, ct);
        if (action is null) return new ActionOutcome(ActionResult.NotPending);
        if (action.Status == OrderActionStatus.Done) return new ActionOutcome(ActionResult.AlreadyDone, action.Result);
        if (action.Status != OrderActionStatus.Proposed) return new ActionOutcome(ActionResult.NotPending);

        var now = time.GetUtcNow();
        if (action.Kind == OrderActionKind.ChangeAccountAddress) return await ChangeAccountAsync(action, actor, now, ct);
        var order = await db.Orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.Shipments).FirstAsync(o => o.Id == action.OrderId, ct);
        var before = OrderEvents.Snapshot(order);
        var change = await changes.ApplyAsync(action, order, OrderActions.Details(action), now, ct);
        action.DecidedAt = now;
        if (change.Refusal is { } refusal)
        {
            action.Status = OrderActionStatus.Refused;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new ActionOutcome(ActionResult.Refused, Refusal: refusal);
        }

        order.UpdatedAt = now;
        action.Status = OrderActionStatus.Done;
        action.Result = change.Reference;
        db.AuditLog.Add(new AuditEntry
        {
            At = now, Actor = actor, ConversationId = action.ConversationId, Action = change.EventType, Subject = order.Number,
            Reference = change.Reference, BeforeJson = before, AfterJson = OrderEvents.Snapshot(order),
        });
        db.Outbox.Add(OrderEvents.Outgoing(change.EventType, change.EventData, now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ActionOutcome(ActionResult.Done, change.Reference);
    }

    // The account's own address (the first of its addresses) becomes the new one; orders already placed keep theirs.
    private async Task<ActionOutcome> ChangeAccountAsync(OrderAction action, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == action.CustomerId, ct);
        action.DecidedAt = now;
        if (customer is null || OrderActions.Details(action).NewAddress is not { } address)
        {
            action.Status = OrderActionStatus.Refused;
            await db.SaveChangesAsync(ct);
            await db.Database.CommitTransactionAsync(ct);
            return new ActionOutcome(ActionResult.Refused, Refusal: "changed");
        }
        var before = OrderEvents.AccountSnapshot(customer);
        customer.Addresses = [address with { Name = address.Name.Length > 0 ? address.Name : customer.FullName }, .. customer.Addresses.Skip(1)];
        action.Status = OrderActionStatus.Done;
        action.Result = action.Reference;
        db.AuditLog.Add(new AuditEntry
        {
            At = now, Actor = actor, ConversationId = action.ConversationId, Action = "customer.address_changed", Subject = "customer:" + customer.ExternalId,
            Reference = action.Reference, BeforeJson = before, AfterJson = OrderEvents.AccountSnapshot(customer),
        });
        db.Outbox.Add(OrderEvents.Outgoing("customer.address_changed", OrderEvents.AccountAddressChanged(customer), now));
        await db.SaveChangesAsync(ct);
        await db.Database.CommitTransactionAsync(ct);
        return new ActionOutcome(ActionResult.Done, action.Reference);
    }
}
