using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Improvement;

/// <summary>The state of the latest retraining started from the console.</summary>
public sealed record RetrainingRun(DateTimeOffset StartedAt, string StartedBy, bool Running, RetrainingReport? Report, string? Error);

/// <summary>
/// Retrains, promotes and rolls back the live intent model for the console and the CLI: one retraining at a time,
/// in the background (it takes minutes on a small machine), and every promotion or rollback swapped in at once.
/// </summary>
public sealed class ModelPromotions(
    LiveIntentClassifier live, IntentRetrainer retrainer, ModelVersions versions, IntentClassifierStore store, IServiceScopeFactory scopes,
    TimeProvider time, ILogger<ModelPromotions> logger)
{
    private readonly SemaphoreSlim _retraining = new(1, 1);
    private readonly Lock _swapping = new();
    private RetrainingRun? _last;

    public RetrainingRun? LastRun => Volatile.Read(ref _last);

    /// <summary>When the register was last read; the watcher reloads when the file is newer (a CLI promotion).</summary>
    public DateTime RegisterSeenAt { get; private set; } = RegisterWriteTime(versions);

    /// <summary>The operators' labels: every review that named the right intent.</summary>
    public static async Task<IReadOnlyList<IntentExample>> LabelsAsync(TailorDbContext db, CancellationToken ct) =>
        await db.TurnReviews.AsNoTracking().Where(r => r.Decision == ReviewDecision.Labelled).OrderBy(r => r.Id)
            .Select(r => new IntentExample(r.Intent, r.MaskedText)).ToListAsync(ct);

    /// <summary>Starts a retraining in the background; false when one is already running.</summary>
    public bool TryStart(string startedBy, string trainingFolder, string evaluationFile)
    {
        if (!_retraining.Wait(0)) return false;
        Volatile.Write(ref _last, new RetrainingRun(time.GetUtcNow(), startedBy, true, null, null));
        _ = Task.Run(async () =>
        {
            try
            {
                var report = await RetrainAsync(startedBy, trainingFolder, evaluationFile, CancellationToken.None);
                Volatile.Write(ref _last, _last! with { Running = false, Report = report });
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Retraining the intent model failed");
                Volatile.Write(ref _last, _last! with { Running = false, Error = ex.Message });
            }
            finally
            {
                _retraining.Release();
            }
        });
        return true;
    }

    private async Task<RetrainingReport> RetrainAsync(string startedBy, string trainingFolder, string evaluationFile, CancellationToken ct)
    {
        IReadOnlyList<IntentExample> labels;
        await using (var scope = scopes.CreateAsyncScope())
            labels = await LabelsAsync(scope.ServiceProvider.GetRequiredService<TailorDbContext>(), ct);
        var outcome = retrainer.Retrain(live.Current, labels, trainingFolder, evaluationFile, startedBy);
        if (outcome.Promoted is { } promoted) Use(promoted);
        logger.LogInformation("Retrained the intent model: {Candidate} {Verdict}", outcome.Report.CandidateVersion, outcome.Report.Verdict);
        return outcome.Report;
    }

    /// <summary>Drops the current promotion and puts the previous model (or the shipped one) in use; null when there was nothing to roll back.</summary>
    public PromotedModel? Rollback(string trainingFolder, out bool rolledBack)
    {
        rolledBack = versions.TryRollback(out var now);
        if (rolledBack) Reload(trainingFolder);
        return now;
    }

    /// <summary>Loads the model the register names (saved files, so no training unless they were removed) and puts it in use.</summary>
    public void Reload(string trainingFolder)
    {
        var seen = RegisterWriteTime(versions);
        Use(store.LoadOrTrain(versions.ModelsFolder, versions.CurrentTrainingSet(trainingFolder)));
        RegisterSeenAt = seen;
    }

    private void Use(IntentClassifier classifier)
    {
        lock (_swapping)
        {
            live.Swap(classifier);
            RegisterSeenAt = RegisterWriteTime(versions);
        }
    }

    internal static DateTime RegisterWriteTime(ModelVersions versions) =>
        File.Exists(versions.RegisterPath) ? File.GetLastWriteTimeUtc(versions.RegisterPath) : DateTime.MinValue;
}
