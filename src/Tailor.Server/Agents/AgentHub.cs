using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Handoff;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Server.Agents;

/// <summary>
/// The console's live connection at <c>/agent/hub</c>: claim a queued chat, watch it, write to the shopper, show typing,
/// transfer it, hand it back to the assistant or close it. Every move goes through the handoff desk's conditional updates.
/// </summary>
[Authorize(Policy = AgentConsoleRegistration.AgentPolicy)]
public sealed class AgentHub(
    HandoffDesk desk, TicketDesk tickets, AgentPresence presence, UserManager<AgentAccount> users, IUnderstander understander,
    ProductSearchSkill search, StoreSettings settings) : Hub
{
    /// <summary>Sent to every console when a chat is queued, claimed or ends.</summary>
    public const string QueueChanged = "queueChanged";
    /// <summary>Sent to the consoles watching a chat: <c>{ sequence, conversationId, type, data }</c>.</summary>
    public const string ConversationEvent = "conversationEvent";

    public static string GroupOf(string conversationId) => $"conversation:{conversationId}";

    public override Task OnConnectedAsync()
    {
        presence.Arrived(Context.ConnectionId, Me);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Left(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Closes a ticket once the agent has answered the shopper by e-mail; false when another agent closed it first.</summary>
    public async Task<bool> CloseTicket(long ticketId) => await tickets.CloseAsync(ticketId, (await MeAsync()).DisplayName, Context.ConnectionAborted);

    /// <summary>Claims a queued chat; "conflict" means another agent was first.</summary>
    public async Task<string> Claim(long handoffId)
    {
        var move = await desk.ClaimAsync(handoffId, await MeAsync(), Context.ConnectionAborted);
        if (move == HandoffMove.Done) await Watch(handoffId);
        return Name(move);
    }

    /// <summary>Follows a chat's live events (any agent may read along; only its holder can write).</summary>
    public async Task<bool> Watch(long handoffId)
    {
        if (await desk.FindAsync(handoffId, Context.ConnectionAborted) is not { } handoff) return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(handoff.ConversationId), Context.ConnectionAborted);
        return true;
    }

    public async Task Unwatch(long handoffId)
    {
        if (await desk.FindAsync(handoffId, Context.ConnectionAborted) is { } handoff)
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(handoff.ConversationId), Context.ConnectionAborted);
    }

    /// <summary>Writes to the shopper; null when this agent does not hold the chat.</summary>
    public async Task<ChatMessageView?> Send(long handoffId, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new HubException("Write a message before sending.");
        return await desk.AgentSaysAsync(handoffId, await MeAsync(), [new TextPart(text.Trim())], Context.ConnectionAborted);
    }

    /// <summary>
    /// Sends the shopper product cards for what the agent typed ("navy linen shirt under 60"), read the way the assistant
    /// reads a shopper's search, with prices and sizes from the catalog now.
    /// </summary>
    public async Task<ChatMessageView?> SendProducts(long handoffId, string query)
    {
        var constraints = understander.Understand(query ?? "", new UnderstandingContext(false, null, false, false, null)).Entities.Constraints;
        var found = await search.SearchAsync(constraints, 0, 4, Context.ConnectionAborted);
        if (found.Products.Count == 0) throw new HubException($"No products match '{query}'. Try fewer words.");
        var me = await MeAsync();
        var reason = desk.Phrases.Replies.Render("agent_products_reason", 0, new Dictionary<string, string> { ["agent"] = me.DisplayName });
        return await desk.AgentSaysAsync(handoffId, me,
            [new ProductsPart(found.Products.Select(p => ProductCard.For(p, settings.Currency, reason)).ToList())], Context.ConnectionAborted);
    }

    /// <summary>Adds an internal note for the agents; the shopper never sees it.</summary>
    public async Task<bool> Note(long handoffId, string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000) throw new HubException("A note needs 1 to 2,000 characters.");
        return await desk.NoteAsync(handoffId, await MeAsync(), text, Context.ConnectionAborted) is not null;
    }

    public async Task Typing(long handoffId, bool typing)
    {
        if (await desk.FindAsync(handoffId, Context.ConnectionAborted) is { } handoff && handoff.AgentId == Context.UserIdentifier)
            desk.AgentTyping(handoff.ConversationId, await MeAsync(), typing);
    }

    public async Task<string> HandBack(long handoffId) => Name(await desk.HandBackAsync(handoffId, Me, Context.ConnectionAborted));

    public async Task<string> Resolve(long handoffId) => Name(await desk.ResolveAsync(handoffId, Me, Context.ConnectionAborted));

    /// <summary>Gives the chat to another agent, named by e-mail.</summary>
    public async Task<string> Transfer(long handoffId, string toEmail)
    {
        var to = await users.FindByEmailAsync(toEmail);
        if (to is null || !(await users.IsInRoleAsync(to, AgentRoles.Agent) || await users.IsInRoleAsync(to, AgentRoles.Admin)))
            throw new HubException($"No agent has the e-mail '{toEmail}'.");
        return Name(await desk.TransferAsync(handoffId, Me, new AgentRef(to.Id, to.DisplayName), Context.ConnectionAborted));
    }

    private string Me => Context.UserIdentifier ?? throw new HubException("Sign in to the agent console first.");

    private async Task<AgentRef> MeAsync() =>
        await users.FindByIdAsync(Me) is { } account ? new AgentRef(account.Id, account.DisplayName)
            : throw new HubException("This agent account no longer exists.");

    private static string Name(HandoffMove move) => move switch
    {
        HandoffMove.Done => "done",
        HandoffMove.Conflict => "conflict",
        _ => "notFound",
    };
}
