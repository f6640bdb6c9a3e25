using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Guard;
using Tailor.Domain.Handoff;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Handoff;

/// <summary>Why a ticket could not be opened, in words the shopper can act on.</summary>
public sealed class TicketRefusal(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// When no one can take the chat (no agent online, or outside opening hours) the shopper is offered a ticket instead
/// of a queue: an e-mail and a message, listed in the agent console until an agent closes it.
/// </summary>
public sealed class TicketDesk(
    TailorDbContext db, ConversationFeed feed, HandoffPhrases phrases, AgentPresence presence, StoreSettings settings, MessageGuard guard, TimeProvider time)
{
    private DbSet<SupportTicket> Tickets => db.Set<SupportTicket>();

    /// <summary>Whether a queued shopper would reach anyone: at least one agent has the console open.</summary>
    public bool AgentsReachable => presence.AnyOnline;

    /// <summary>What the assistant says instead of queueing: closed (with the opening hours) or nobody free right now.</summary>
    public string NoAgentReply(int pick) => IsClosed
        ? phrases.Replies.Render("handoff_closed", pick, new Dictionary<string, string> { ["hours"] = Hours })
        : phrases.Replies.Render("handoff_no_agent", pick);

    /// <summary>Tells the shopper's widget to show the ticket form.</summary>
    public void Offer(string conversationId) =>
        feed.Publish(conversationId, HandoffEvents.Unavailable, new { outsideOpeningHours = IsClosed, hours = Hours });

    public async Task<SupportTicket> OpenAsync(string conversationId, string? email, string? message, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254 || !MailAddress.TryCreate(email.Trim(), out var address) || address.Address != email.Trim())
            throw new TicketRefusal("email", "Enter the e-mail address the team should reply to, like name@example.com.");
        var inspected = guard.Inspect(message);
        if (!inspected.Accepted) throw new TicketRefusal("message", inspected.RejectionMessage!);
        var ticket = new SupportTicket
        {
            ConversationId = conversationId, Email = address.Address, Message = inspected.MaskedText, OutsideOpeningHours = IsClosed,
            CreatedAt = time.GetUtcNow(),
        };
        Tickets.Add(ticket);
        await db.SaveChangesAsync(ct);
        feed.Publish(conversationId, HandoffEvents.QueueChanged, new { ticketId = ticket.Id });
        return ticket;
    }

    public Task<List<SupportTicket>> OpenTicketsAsync(CancellationToken ct) =>
        Tickets.AsNoTracking().Where(t => t.Status == TicketStatus.Open).OrderBy(t => t.Id).ToListAsync(ct);

    /// <summary>Closes an open ticket; false when it is unknown or already closed.</summary>
    public async Task<bool> CloseAsync(long ticketId, string agentName, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await Tickets.Where(t => t.Id == ticketId && t.Status == TicketStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Closed).SetProperty(t => t.ClosedAt, now)
                .SetProperty(t => t.ClosedBy, agentName), ct) == 1;
    }

    private bool IsClosed => !ServiceHours.IsOpen(settings, time.GetUtcNow());

    private string Hours => string.Join("; ", settings.OpeningHours.Select(h => $"{h.Days} {h.Opens}–{h.Closes}"));
}
