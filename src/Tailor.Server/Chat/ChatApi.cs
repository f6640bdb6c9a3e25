using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;

namespace Tailor.Server.Chat;

/// <summary>The JSON chat API: start a conversation, send a message, read the masked transcript.</summary>
public static class ChatApi
{
    public sealed record StartRequest(string? CustomerToken, PageContextDto? Context);
    public sealed record PageContextDto(string? Page, string? ProductHandle);
    public sealed record SendRequest(string? Text, string? ClientMessageId, PageContextDto? Context = null);
    public sealed record Reply(IReadOnlyList<ChatMessageView> Messages);

    public static WebApplication MapChatApi(this WebApplication app)
    {
        var chat = app.MapGroup("/api/chat/conversations").WithTags("Chat");
        chat.MapPost("/", Start).WithName("StartConversation")
            .WithSummary("Start a conversation; the greeting says the shopper talks to an AI assistant and what it can do.");
        chat.MapPost("/{id:maxlength(64)}/messages", Send).WithName("SendMessage")
            .WithSummary("Send a shopper message and get the assistant's answer. A repeated clientMessageId returns the stored answer.");
        chat.MapGet("/{id:maxlength(64)}", Get).WithName("GetConversation").WithSummary("The conversation's transcript, with personal data masked.");
        return app;
    }

    private static async Task<Created<Transcript>> Start(StartRequest? request, ChatEngine engine, CancellationToken ct)
    {
        var page = new PageContext(request?.Context?.Page, request?.Context?.ProductHandle);
        var transcript = await engine.StartAsync(page, request?.CustomerToken, ct);
        return TypedResults.Created($"/api/chat/conversations/{transcript.Id}", transcript);
    }

    private static async Task<Results<Ok<Reply>, ProblemHttpResult, ValidationProblem>> Send(
        string id, SendRequest request, ChatEngine engine, CancellationToken ct)
    {
        if (InvalidClientMessageId(request.ClientMessageId) is { } invalid) return invalid;
        try
        {
            var result = await engine.SendAsync(id, request.Text, request.ClientMessageId, request.Context.ToPage(), ct);
            return result is null ? NotFoundConversation(id) : TypedResults.Ok(new Reply(result.Messages));
        }
        catch (ChatRejection rejection)
        {
            return Rejected(rejection.Code, rejection.Message);
        }
    }

    /// <summary>
    /// A client message id is an idempotency key and, on the stream, part of every event id: at most 100 characters and no
    /// control characters, which would break the event-stream format.
    /// </summary>
    internal static ValidationProblem? InvalidClientMessageId(string? clientMessageId) =>
        clientMessageId is { } given && (given.Length > 100 || given.Any(char.IsControl))
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["clientMessageId"] = ["clientMessageId must be at most 100 characters, without control characters."],
            })
            : null;

    internal static ValidationProblem Rejected(string code, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [message] },
            title: "The message can't be sent.", type: $"https://tailor.dev/problems/{code}");

    private static async Task<Results<Ok<Transcript>, ProblemHttpResult>> Get(string id, ChatEngine engine, CancellationToken ct) =>
        await engine.TranscriptAsync(id, ct) is { } transcript ? TypedResults.Ok(transcript) : NotFoundConversation(id);

    internal static ProblemHttpResult NotFoundConversation(string id) =>
        TypedResults.Problem(title: "Conversation not found", statusCode: StatusCodes.Status404NotFound,
            detail: $"No conversation has the id '{id}'. Start one with POST /api/chat/conversations.");
}
