using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Improvement;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;
using Tailor.Server.Agents;
using Tailor.Store.Persistence;

namespace Tailor.Server.Admin.Review;

/// <summary>
/// The review queue for admins: turns the assistant was unsure of, fell back on, found nothing for, or was rated
/// down on, not yet reviewed, newest first (masked text only); and the decisions an operator takes on one.
/// </summary>
public static class ReviewQueueApi
{
    public const int PageSize = 25;

    public sealed record ReviewItem(
        long TurnId, string ConversationId, DateTimeOffset At, string Text, string Intent, double Confidence, string Outcome,
        bool? CatalogHadMatches, bool RatedDown, string EntitiesJson);

    public sealed record ReviewPage(int Total, int Page, int PageSize, double LowConfidenceBelow, IReadOnlyList<ReviewItem> Turns);

    public sealed record ReviewChoices(IReadOnlyList<string> Intents, IReadOnlyList<string> SynonymGroups, int Labels);

    public sealed record LabelRequest(string? Intent, Dictionary<string, string>? Entities);

    public sealed record SynonymRequest(string? Group, string? Canonical, string? Phrase);

    public sealed record FaqRequest(string? Title, string? Question, string? Answer);

    public sealed record ReviewSaved(long TurnId, string Decision, string Detail);

    public static void MapReviewQueue(this WebApplication app)
    {
        var review = app.MapGroup("/agent/api/review").WithTags("Review").RequireAuthorization(AgentConsoleRegistration.AdminPolicy);
        review.MapGet("/queue", Queue).WithName("ReviewQueue")
            .WithSummary("Admins: unreviewed turns with low confidence, a fallback, no results or a thumbs-down, newest first; `reason` (low_confidence, fallback, no_results, thumbs_down) narrows it, `page` from 1.");
        review.MapGet("/choices", Choices).WithName("ReviewChoices").WithSummary("Admins: the intents a turn can be labelled with, the synonym groups, and how many labels there are.");
        review.MapPost("/turns/{id:long}/label", Label).WithName("ReviewLabel")
            .WithSummary("Admins: the right intent (and entities) of a turn; it joins the training data at the next retraining.");
        review.MapPost("/turns/{id:long}/synonym", Synonym).WithName("ReviewSynonym")
            .WithSummary("Admins: a search word the catalog calls otherwise (`phrase` means `canonical` in `group`), appended to the store's synonyms overlay.");
        review.MapPost("/turns/{id:long}/faq", Faq).WithName("ReviewFaq")
            .WithSummary("Admins: turns a shopper's question into a new FAQ page the assistant quotes from now on.");
        review.MapPost("/turns/{id:long}/dismiss", Dismiss).WithName("ReviewDismiss").WithSummary("Admins: nothing to fix; the turn leaves the queue.");
        review.MapGet("/labels.yaml", LabelsYaml).WithName("ReviewLabelsYaml")
            .WithSummary("Admins: every label in the training/intents YAML shape, to add to a repository's training data.");
    }

    private static double LowConfidence(LiveIntentClassifier live, UnderstandingOptions options) => live.Current.ActThreshold ?? options.ActThreshold;

    private static async Task<Results<Ok<ReviewPage>, ValidationProblem>> Queue(
        string? reason, int? page, TailorDbContext db, LiveIntentClassifier live, UnderstandingOptions options, CancellationToken ct)
    {
        if (reason is { Length: > 0 } and not ("low_confidence" or "fallback" or "no_results" or "thumbs_down"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["reason must be low_confidence, fallback, no_results or thumbs_down."] });
        if (page is < 1) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["page starts at 1."] });

        var below = LowConfidence(live, options);
        var ratedDown = db.Turns.Where(t => db.Feedback.Any(f => f.Kind == FeedbackKind.Thumb && f.Score < 0
            && db.ChatMessages.Any(m => m.Id == f.MessageId && m.ReplyToId == t.MessageId)));
        var unreviewed = db.Turns.Where(t => t.MaskedText != "" && !db.TurnReviews.Any(r => r.TurnId == t.Id));
        var query = reason switch
        {
            "low_confidence" => unreviewed.Where(t => t.Confidence < below),
            "fallback" => unreviewed.Where(t => t.Outcome == TurnOutcome.Fallback),
            "no_results" => unreviewed.Where(t => t.Outcome == TurnOutcome.NoResults),
            "thumbs_down" => unreviewed.Where(t => ratedDown.Any(d => d.Id == t.Id)),
            _ => unreviewed.Where(t => t.Confidence < below || t.Outcome == TurnOutcome.Fallback || t.Outcome == TurnOutcome.NoResults
                || ratedDown.Any(d => d.Id == t.Id)),
        };
        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(t => t.Id).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(t => new ReviewItem(t.Id, t.ConversationId, t.CreatedAt, t.MaskedText, t.Intent, t.Confidence, t.Outcome.ToString(),
                t.CatalogHadMatches, ratedDown.Any(d => d.Id == t.Id), t.EntitiesJson))
            .ToListAsync(ct);
        return TypedResults.Ok(new ReviewPage(total, number, PageSize, Math.Round(below, 3), rows));
    }

    private static async Task<Ok<ReviewChoices>> Choices(TailorDbContext db, LiveIntentClassifier live, CancellationToken ct) =>
        TypedResults.Ok(new ReviewChoices([.. live.Current.Model.Intents.Order(StringComparer.Ordinal)], SynonymOverlay.Groups,
            await db.TurnReviews.CountAsync(r => r.Decision == ReviewDecision.Labelled, ct)));

    private static async Task<Results<Ok<ReviewSaved>, NotFound, ValidationProblem>> Label(
        long id, LabelRequest request, TailorDbContext db, LiveIntentClassifier live, HttpContext http, TimeProvider time, CancellationToken ct)
    {
        if (request.Intent is not { Length: > 0 } intent || !live.Current.Model.Intents.Contains(intent))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["intent"] = ["intent must be one the model knows (see /agent/api/review/choices)."] });
        var entities = JsonSerializer.Serialize(request.Entities ?? []);
        return await DecideAsync(id, ReviewDecision.Labelled, intent, entities, intent, db, http, time, ct);
    }

    private static async Task<Results<Ok<ReviewSaved>, NotFound, ValidationProblem>> Synonym(
        long id, SynonymRequest request, TailorDbContext db, IOptions<StoreOptions> store, EntityRecognizerProvider recognizers, HttpContext http,
        TimeProvider time, CancellationToken ct)
    {
        if (!await db.Turns.AnyAsync(t => t.Id == id, ct)) return TypedResults.NotFound();
        try
        {
            new SynonymOverlay(store.Value.DataDirectory).Add(request.Group ?? "", request.Canonical ?? "", request.Phrase ?? "");
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["synonym"] = [e.Message.Split(" (Parameter")[0]] });
        }
        // The shopper's word is understood from the next turns on, without a restart.
        _ = recognizers.RefreshAsync();
        var detail = $"{request.Phrase!.Trim().ToLowerInvariant()} → {request.Canonical!.Trim().ToLowerInvariant()} ({request.Group})";
        return await DecideAsync(id, ReviewDecision.MissingSynonym, null, null, detail, db, http, time, ct);
    }

    private static async Task<Results<Ok<ReviewSaved>, NotFound, ValidationProblem>> Faq(
        long id, FaqRequest request, TailorDbContext db, HttpContext http, TimeProvider time, CancellationToken ct)
    {
        var turn = await db.Turns.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (turn is null) return TypedResults.NotFound();
        if (string.IsNullOrWhiteSpace(request.Title) || string.IsNullOrWhiteSpace(request.Answer))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["faq"] = ["A title and an answer are needed."] });
        var page = await FaqPages.AddAsync(db, request.Title, request.Question is { Length: > 0 } q ? q : turn.MaskedText, request.Answer, time, ct);
        return await DecideAsync(id, ReviewDecision.FaqPassage, null, null, page.Slug, db, http, time, ct);
    }

    private static Task<Results<Ok<ReviewSaved>, NotFound, ValidationProblem>> Dismiss(
        long id, TailorDbContext db, HttpContext http, TimeProvider time, CancellationToken ct) =>
        DecideAsync(id, ReviewDecision.Dismissed, null, null, "", db, http, time, ct);

    private static async Task<Results<Ok<ReviewSaved>, NotFound, ValidationProblem>> DecideAsync(
        long id, ReviewDecision decision, string? intent, string? entities, string detail, TailorDbContext db, HttpContext http, TimeProvider time,
        CancellationToken ct)
    {
        var turn = await db.Turns.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (turn is null) return TypedResults.NotFound();
        var review = await db.TurnReviews.FirstOrDefaultAsync(r => r.TurnId == id, ct);
        if (review is null) db.TurnReviews.Add(review = new TurnReview { TurnId = id });
        review.Decision = decision;
        review.MaskedText = turn.MaskedText;
        review.Intent = intent ?? turn.Intent;
        review.EntitiesJson = entities ?? turn.EntitiesJson;
        review.Detail = detail;
        review.ReviewedBy = http.User.Identity?.Name ?? "";
        review.ReviewedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ReviewSaved(id, decision.ToString(), detail));
    }

    private static async Task<ContentHttpResult> LabelsYaml(TailorDbContext db, CancellationToken ct) =>
        TypedResults.Text(IntentLabelsYaml.ToYaml(await ModelPromotions.LabelsAsync(db, ct)), "application/yaml");
}
