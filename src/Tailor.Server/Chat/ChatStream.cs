using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Guard;
using Tailor.Store.Persistence;

namespace Tailor.Server.Chat;

/// <summary>
/// The streaming chat API: the same turn as the JSON send, answered as server-sent events (<c>message.start</c>,
/// <c>text.delta</c>, <c>part</c>, <c>message.end</c>, <c>error</c>). A reconnect re-posts the same clientMessageId with
/// Last-Event-ID and gets the stored answer's events after that one.
/// </summary>
public static class ChatStream
{
    public static WebApplication MapChatStream(this WebApplication app)
    {
        app.MapGroup("/api/chat/conversations").WithTags("Chat")
            .MapPost("/{id:maxlength(64)}/messages/stream", Stream).WithName("StreamMessage")
            .WithSummary("Send a shopper message and stream the answer as server-sent events. Event ids are clientMessageId:seq; " +
                "re-post the same clientMessageId with Last-Event-ID to get the events after it.");
        return app;
    }

    private static async Task<Results<ServerSentEventsResult<object>, ProblemHttpResult, ValidationProblem>> Stream(
        string id, ChatApi.SendRequest request, [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        MessageGuard guard, TailorDbContext db, ChatEngine engine, TurnGate gate, IHostApplicationLifetime lifetime, ILoggerFactory logs,
        CancellationToken ct)
    {
        // Everything that can be refused is checked before the 200 goes out: afterwards only an error event can say so.
        if (ChatApi.InvalidClientMessageId(request.ClientMessageId) is { } invalid) return invalid;
        var inspected = guard.Inspect(request.Text);
        if (!inspected.Accepted) return ChatApi.Rejected(inspected.RejectionCode!, inspected.RejectionMessage!);
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct)) return ChatApi.NotFoundConversation(id);

        var clientMessageId = request.ClientMessageId ?? Guid.CreateVersion7().ToString("N");
        var events = new ChatEventSequence(clientMessageId, ChatEventSequence.ResumePoint(lastEventId, clientMessageId));
        var log = logs.CreateLogger(typeof(ChatStream).FullName!);
        return TypedResults.ServerSentEvents(Turn(events, id, request, engine, gate, lifetime, log));
    }

    private static async IAsyncEnumerable<SseItem<object>> Turn(
        ChatEventSequence events, string id, ChatApi.SendRequest request, ChatEngine engine, TurnGate gate, IHostApplicationLifetime lifetime,
        ILogger log)
    {
        if (events.Next(ChatEventSequence.Start, new StreamStarted(id, events.ClientMessageId)) is { } start) yield return start;

        TurnResult? result = null;
        StreamFailed? failure = null;
        try
        {
            // A shopper who drops the connection still gets the turn: it completes and is stored, and the reconnect replays it.
            using (await gate.EnterAsync(lifetime.ApplicationStopping))
                result = await engine.SendAsync(id, request.Text, events.ClientMessageId, request.Context.ToPage(), lifetime.ApplicationStopping);
            if (result is null)
                failure = new("Conversation not found", $"The conversation '{id}' no longer exists. Start one with POST /api/chat/conversations.", false);
        }
        catch (ChatRejection rejection)
        {
            failure = new("The message can't be sent.", rejection.Message, false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.LogError(error, "Chat turn failed in conversation {ConversationId}", id);
            failure = new("The answer failed", "Something went wrong while answering. Send the message again with the same clientMessageId.", true);
        }

        if (failure is not null)
        {
            yield return ChatEventSequence.Failure(failure);
            yield break;
        }
        foreach (var item in events.Answer(result!.Messages)) yield return item;
    }
}
