using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Improvement;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Domain.Conversations;
using Tailor.Server.Agents;
using Tailor.Store.Persistence;

namespace Tailor.Server.Admin.Review;

/// <summary>Retraining from the console: start one, read its before/after report, list promoted versions, roll back.</summary>
public static class ModelRetrainingApi
{
    public sealed record ModelsView(string InUse, int Labels, IReadOnlyList<PromotedModel> Promotions, RetrainingRun? LastRun);

    public sealed record RolledBack(string NowInUse, PromotedModel? Promotion);

    public static void MapModelRetraining(this WebApplication app)
    {
        var models = app.MapGroup("/agent/api/models").WithTags("Review").RequireAuthorization(AgentConsoleRegistration.AdminPolicy);
        models.MapGet("/", Read).WithName("IntentModels")
            .WithSummary("Admins: the intent model in use, the promotions (oldest first), the labels waiting, and the latest retraining with its before/after report.");
        models.MapPost("/retrain", Retrain).WithName("RetrainIntentModel")
            .WithSummary("Admins: trains a candidate on the shipped data plus the labels in the background, judges it on the held-out set and promotes it only if it is not worse.");
        models.MapPost("/rollback", Rollback).WithName("RollBackIntentModel")
            .WithSummary("Admins: puts the previously promoted model (or the shipped one) back in use at once.");
    }

    private static async Task<Ok<ModelsView>> Read(TailorDbContext db, LiveIntentClassifier live, ModelVersions versions, ModelPromotions promotions, CancellationToken ct) =>
        TypedResults.Ok(new ModelsView(live.Current.Model.Version, await db.TurnReviews.CountAsync(r => r.Decision == ReviewDecision.Labelled, ct),
            versions.History(), promotions.LastRun));

    private static Results<Accepted<RetrainingRun>, Conflict<ProblemDetails>, ProblemHttpResult> Retrain(ModelPromotions promotions, HttpContext http)
    {
        var training = TrainingData.FindFolder();
        string heldOut;
        try
        {
            heldOut = HeldOutSet.Find(training);
        }
        catch (FileNotFoundException e)
        {
            return TypedResults.Problem(title: "No held-out set to judge a candidate on.", detail: e.Message, statusCode: StatusCodes.Status500InternalServerError);
        }

        if (!promotions.TryStart(http.User.Identity?.Name ?? "console", training, heldOut))
            return TypedResults.Conflict(new ProblemDetails { Title = "A retraining is already running.", Detail = "Wait for it to finish; its report shows here." });
        return TypedResults.Accepted("/agent/api/models", promotions.LastRun!);
    }

    private static Results<Ok<RolledBack>, Conflict<ProblemDetails>> Rollback(ModelPromotions promotions, LiveIntentClassifier live)
    {
        var now = promotions.Rollback(TrainingData.FindFolder(), out var rolledBack);
        if (!rolledBack)
            return TypedResults.Conflict(new ProblemDetails { Title = "Nothing to roll back.", Detail = "The model trained from the shipped data alone is in use." });
        return TypedResults.Ok(new RolledBack(live.Current.Model.Version, now));
    }
}
