using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Handoff;
using Tailor.Domain.Handoff;
using Tailor.Server.Chat;
using Tailor.Store.Persistence;

namespace Tailor.Server.Handoff;

/// <summary>
/// The shopper's side of a handoff: a live event stream (<c>handoff.queued</c>, <c>handoff.claimed</c>,
/// <c>agent.message</c>, <c>agent.typing</c>, <c>handoff.ended</c>) and leaving the queue.
/// </summary>
public static class HandoffApi
{
    private static readonly HashSet<string> ShopperEvents =
        [HandoffEvents.Queued, HandoffEvents.Claimed, HandoffEvents.Ended, HandoffEvents.AgentMessage, HandoffEvents.AgentTyping, HandoffEvents.Unavailable];

    public static WebApplication MapHandoffApi(this WebApplication app)
    {
        var chat = app.MapGroup("/api/chat/conversations").WithTags("Chat");
        chat.MapGet("/{id:maxlength(64)}/events", Follow).WithName("FollowConversation")
            .WithSummary("Live events of a conversation handed to a person, as server-sent events. The first event is where the " +
                "handoff stands now; event ids are sequence numbers: reconnect with Last-Event-ID to get what was missed.");
        chat.MapPost("/{id:maxlength(64)}/handoff/cancel", Cancel).WithName("CancelHandoff")
            .WithSummary("Stop waiting for a person and go back to the assistant. Only a queued handoff can be cancelled.");
        chat.MapPost("/{id:maxlength(64)}/tickets", OpenTicket).WithName("OpenTicket")
            .WithSummary("Leave an e-mail and a message for the team when no one can take the chat; agents see it in the console.");
        return app;
    }

    public sealed record TicketRequest(string? Email, string? Message);
    public sealed record TicketCreated(long Id);

    private static async Task<Results<Created<TicketCreated>, ValidationProblem, ProblemHttpResult>> OpenTicket(
        string id, TicketRequest request, TailorDbContext db, TicketDesk tickets, CancellationToken ct)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct)) return ChatApi.NotFoundConversation(id);
        try
        {
            var ticket = await tickets.OpenAsync(id, request.Email, request.Message, ct);
            return TypedResults.Created($"/agent/api/tickets/{ticket.Id}", new TicketCreated(ticket.Id));
        }
        catch (TicketRefusal refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] });
        }
    }

    private static async Task<Results<ServerSentEventsResult<object>, ProblemHttpResult>> Follow(
        string id, [FromHeader(Name = "Last-Event-ID")] string? lastEventId, TailorDbContext db, HandoffDesk desk, ConversationFeed feed,
        IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct)) return ChatApi.NotFoundConversation(id);
        // A new stream starts from the state now plus what happens next; a reconnect also gets what it missed.
        var after = long.TryParse(lastEventId, out var last) ? last : feed.LatestSequence;
        var now = await NowAsync(id, desk, ct);
        return TypedResults.ServerSentEvents(Events(now, feed.FollowAsync(id, after, ct), lifetime.ApplicationStopping, ct));
    }

    /// <summary>Where the handoff stands, so a page opened (or reloaded) mid-handoff shows the queue or the agent at once.</summary>
    private static async Task<SseItem<object>?> NowAsync(string conversationId, HandoffDesk desk, CancellationToken ct) =>
        await desk.ActiveAsync(conversationId, ct) switch
        {
            { Status: HandoffStatus.Queued } queued => new SseItem<object>(await desk.PlaceAsync(queued, ct), HandoffEvents.Queued),
            { Status: HandoffStatus.WithAgent } claimed => new SseItem<object>(new { handoffId = claimed.Id, agentName = claimed.AgentName }, HandoffEvents.Claimed),
            _ => null,
        };

    private static async IAsyncEnumerable<SseItem<object>> Events(SseItem<object>? now, IAsyncEnumerable<FeedEvent> live,
        CancellationToken stopping, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (now is { } current) yield return current;
        using var both = CancellationTokenSource.CreateLinkedTokenSource(stopping, ct);
        await using var events = live.GetAsyncEnumerator(both.Token);
        while (await NextAsync(events))
        {
            var item = events.Current;
            if (ShopperEvents.Contains(item.Type))
                yield return new SseItem<object>(item.Data, item.Type) { EventId = item.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }

    // A shopper closing the page, or the server stopping, ends the stream quietly.
    private static async Task<bool> NextAsync(IAsyncEnumerator<FeedEvent> events)
    {
        try
        {
            return await events.MoveNextAsync();
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Cancel(string id, HandoffDesk desk, CancellationToken ct) =>
        await desk.CancelAsync(id, ct) == HandoffMove.Done
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to cancel",
                detail: $"Conversation '{id}' is not waiting for a person: an agent already has it, or no one was asked for.");
}
