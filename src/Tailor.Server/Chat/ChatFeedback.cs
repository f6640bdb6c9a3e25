using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Assistant.Guard;
using Tailor.Domain.Conversations;

namespace Tailor.Server.Chat;

/// <summary>Shopper feedback: thumbs up or down on an assistant answer, and the end-of-chat satisfaction (CSAT) score.</summary>
public static class ChatFeedback
{
    public const int MaxCommentLength = 1000;

    public sealed record FeedbackRequest(int? Score, string? Comment);
    public sealed record FeedbackView(string Kind, long? MessageId, int Score, string? Comment, DateTimeOffset CreatedAt);

    public static WebApplication MapChatFeedback(this WebApplication app)
    {
        var chat = app.MapGroup("/api/chat/conversations").WithTags("Chat");
        chat.MapPost("/{id:maxlength(64)}/messages/{messageId:long}/feedback", RateAnswer).WithName("RateAnswer")
            .WithSummary("Thumbs up (score 1) or down (score -1) on one assistant answer, with an optional comment; rating again replaces it.");
        chat.MapPost("/{id:maxlength(64)}/csat", RateConversation).WithName("RateConversation")
            .WithSummary("The shopper's satisfaction with the whole chat, score 1 to 5, with an optional comment; rating again replaces it.");
        return app;
    }

    private static async Task<Results<Ok<FeedbackView>, ProblemHttpResult, ValidationProblem>> RateAnswer(
        string id, long messageId, FeedbackRequest request, MessageGuard guard, FeedbackRecorder recorder, CancellationToken ct)
    {
        if (Invalid(request, score => score is 1 or -1, "score must be 1 (thumbs up) or -1 (thumbs down).") is { } invalid) return invalid;
        var result = await recorder.RateAnswerAsync(id, messageId, request.Score!.Value, Masked(request.Comment, guard), ct);
        return result.Miss switch
        {
            RatingMiss.Conversation => ChatApi.NotFoundConversation(id),
            RatingMiss.Answer => TypedResults.Problem(title: "Answer not found", statusCode: StatusCodes.Status404NotFound,
                detail: $"Conversation '{id}' has no assistant message {messageId}. Rate a message id from the conversation's transcript whose role is assistant."),
            _ => TypedResults.Ok(View(result.Saved!)),
        };
    }

    private static async Task<Results<Ok<FeedbackView>, ProblemHttpResult, ValidationProblem>> RateConversation(
        string id, FeedbackRequest request, MessageGuard guard, FeedbackRecorder recorder, CancellationToken ct)
    {
        if (Invalid(request, score => score is >= 1 and <= 5, "score must be a whole number from 1 (poor) to 5 (excellent).") is { } invalid) return invalid;
        var result = await recorder.RateConversationAsync(id, request.Score!.Value, Masked(request.Comment, guard), ct);
        return result.Saved is { } saved ? TypedResults.Ok(View(saved)) : ChatApi.NotFoundConversation(id);
    }

    private static ValidationProblem? Invalid(FeedbackRequest request, Func<int, bool> validScore, string scoreRule)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Score is not { } score || !validScore(score)) errors["score"] = [scoreRule];
        if (request.Comment is { Length: > MaxCommentLength }) errors["comment"] = [$"comment must be at most {MaxCommentLength:N0} characters."];
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "The rating can't be saved.");
    }

    // The guard normalises the comment and masks personal data exactly as it does for messages, before anything is stored.
    private static string? Masked(string? comment, MessageGuard guard) =>
        guard.Inspect(comment) is { Accepted: true } inspected ? inspected.MaskedText : null;

    private static FeedbackView View(Feedback feedback) => new(
        feedback.Kind.ToString().ToLowerInvariant(), feedback.MessageId, feedback.Score, feedback.Comment, feedback.CreatedAt);
}
