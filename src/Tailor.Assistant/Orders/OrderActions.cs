using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Dialogue;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Orders;

/// <summary>What the shopper is asked to agree to: the lines, reason, refund and amounts exactly as the summary states them.</summary>
public sealed record ActionDetails
{
    public string? Reason { get; init; }
    public RefundMethod? Refund { get; init; }
    /// <summary>The new delivery address of an address change; personal data, so it lives only in the action's row.</summary>
    public Address? NewAddress { get; init; }
    /// <summary>The saved payment method an unshipped order moves onto (brand and last four digits only).</summary>
    public SavedPaymentMethod? NewPayment { get; init; }
    public List<ActionLine> Lines { get; init; } = [];
    /// <summary>The refund of a return or cancellation; the price difference of a changed or exchanged item.</summary>
    public decimal Amount { get; init; }
    public decimal Fee { get; init; }
}

/// <summary>Units of an order line the action is about, and the variant they become (changes and exchanges).</summary>
public sealed record ActionLine(int OrderLineId, int Quantity, string? ToSku = null);

/// <summary>How a confirmation went.</summary>
public enum ActionResult { Done, AlreadyDone, Refused, NotPending, NotProven }

/// <summary>The result of a confirmation: the reference to quote (RMA number or confirmation reference) or why it was refused.</summary>
public sealed record ActionOutcome(ActionResult Result, string? Reference = null, string? Refusal = null);

/// <summary>
/// Summarised order changes waiting for a yes. Proposing writes the summary; a yes carries it out once (in its own
/// unit of work and database transaction, see <see cref="OrderActionRunner"/>); a no or a change of mind declines it.
/// </summary>
public sealed class OrderActions(TailorDbContext db, OrderCodes codes, AccountProof proof, IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task<OrderAction> ProposeAsync(Turn turn, Order order, OrderActionKind kind, ActionDetails details, CancellationToken ct)
    {
        // A summary left unanswered is replaced: only the latest one can be confirmed.
        await WithdrawAsync(turn.ConversationId, ct);
        var action = new OrderAction
        {
            Reference = ReferenceCodes.New(Prefix(kind), 8),
            ConversationId = turn.ConversationId,
            OrderId = order.Id,
            OrderNumber = order.Number,
            Kind = kind,
            DetailsJson = JsonSerializer.Serialize(details, Json),
            CreatedAt = time.GetUtcNow(),
        };
        db.OrderActions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    /// <summary>Summarises a change to the customer's account (its address), tied to the account rather than an order.</summary>
    public async Task<OrderAction> ProposeForAccountAsync(Turn turn, int customerId, ActionDetails details, CancellationToken ct)
    {
        await WithdrawAsync(turn.ConversationId, ct);
        var action = new OrderAction
        {
            Reference = ReferenceCodes.New(Prefix(OrderActionKind.ChangeAccountAddress), 8),
            ConversationId = turn.ConversationId,
            CustomerId = customerId,
            Kind = OrderActionKind.ChangeAccountAddress,
            DetailsJson = JsonSerializer.Serialize(details, Json),
            CreatedAt = time.GetUtcNow(),
        };
        db.OrderActions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    public Task<OrderAction?> FindAsync(string reference, CancellationToken ct) =>
        db.OrderActions.AsNoTracking().FirstOrDefaultAsync(a => a.Reference == reference, ct);

    public static ActionDetails Details(OrderAction action) =>
        JsonSerializer.Deserialize<ActionDetails>(action.DetailsJson, Json) ?? new ActionDetails();

    /// <summary>The shopper said no: nothing changes, and a proposed address is not kept.</summary>
    public Task DeclineAsync(string reference, CancellationToken ct) =>
        Decline(db.OrderActions.Where(a => a.Reference == reference), ct);

    /// <summary>Carries out the action behind <paramref name="reference"/> if it is still waiting for a yes.</summary>
    public async Task<ActionOutcome> ConfirmAsync(Turn turn, string reference, CancellationToken ct)
    {
        // Checked here as well as in the dialogue: whatever path reaches a change, it needs the owner or the e-mailed code.
        var pending = await db.OrderActions.AsNoTracking().Where(a => a.Reference == reference)
            .Select(a => new { a.OrderNumber, a.CustomerId }).FirstOrDefaultAsync(ct);
        if (pending is null) return new ActionOutcome(ActionResult.NotPending);
        if (pending.OrderNumber is not { } number)
        {
            // An account change: only the account this conversation is proven for, now.
            if (pending.CustomerId is null || await proof.CustomerAsync(turn, ct) != pending.CustomerId) return new ActionOutcome(ActionResult.NotProven);
            return await RunAsync(reference, await ActorAsync(turn, pending.CustomerId.Value, ct), ct);
        }
        if (!await codes.IsProvenAsync(turn, number, ct)) return new ActionOutcome(ActionResult.NotProven);
        var owner = turn.CustomerId is { } id
            ? await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => c.ExternalId).FirstOrDefaultAsync(ct)
            : null;
        var actor = owner is not null && await db.Orders.AnyAsync(o => o.Number == number && o.CustomerId == turn.CustomerId, ct)
            ? "customer:" + owner
            : "shopper:verified-by-email-code";
        return await RunAsync(reference, actor, ct);
    }

    private async Task<ActionOutcome> RunAsync(string reference, string actor, CancellationToken ct)
    {
        // Its own unit of work: the change either commits whole or leaves nothing behind in the turn's context.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderActionRunner>().RunAsync(reference, actor, ct);
    }

    private async Task<string> ActorAsync(Turn turn, int customerId, CancellationToken ct) =>
        turn.CustomerId == customerId
            ? "customer:" + await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.ExternalId).FirstOrDefaultAsync(ct)
            : "shopper:verified-by-email-code";

    private Task WithdrawAsync(string conversationId, CancellationToken ct) =>
        Decline(db.OrderActions.Where(a => a.ConversationId == conversationId), ct);

    private Task Decline(IQueryable<OrderAction> actions, CancellationToken ct) =>
        actions.Where(a => a.Status == OrderActionStatus.Proposed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, OrderActionStatus.Declined)
                .SetProperty(a => a.DecidedAt, time.GetUtcNow())
                .SetProperty(a => a.DetailsJson, a => a.Kind == OrderActionKind.ChangeAddress || a.Kind == OrderActionKind.ChangeAccountAddress ? "{}" : a.DetailsJson), ct);

    private static string Prefix(OrderActionKind kind) => kind switch
    {
        OrderActionKind.Cancel => "CNL-",
        OrderActionKind.ChangeAddress or OrderActionKind.ChangeItem or OrderActionKind.ChangePayment => "CHG-",
        OrderActionKind.ChangeAccountAddress => "ACC-",
        OrderActionKind.Exchange => "EXC-",
        _ => "RET-",
    };
}
