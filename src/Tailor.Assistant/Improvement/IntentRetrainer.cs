using System.Diagnostics;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Improvement;

/// <summary>How retraining judges a candidate.</summary>
/// <param name="Tolerance">
/// How much acted accuracy may fall, or wrong actions rise, on the held-out set (a share, 0.01 = one point) and still
/// count as "not worse". 0: the candidate must match or beat the model in use on both.
/// </param>
public sealed record RetrainingOptions(double Tolerance = 0);

/// <summary>The report, and the candidate when it was promoted (the caller swaps it in and owns it).</summary>
public sealed record RetrainingOutcome(RetrainingReport Report, IntentClassifier? Promoted);

/// <summary>
/// Trains a candidate intent classifier on the shipped data plus the operators' labels, judges it against the model
/// in use on the held-out set as the dialogue would act on it, and promotes it only if it is not worse.
/// </summary>
public sealed class IntentRetrainer(
    IntentClassifierStore store, ModelVersions versions, UnderstandingOptions thresholds, TimeProvider time, RetrainingOptions? options = null)
{
    private readonly RetrainingOptions _options = options ?? new RetrainingOptions();

    public RetrainingOutcome Retrain(
        IntentClassifier current, IReadOnlyList<IntentExample> labels, string trainingFolder, string evaluationFile, string promotedBy)
    {
        ArgumentNullException.ThrowIfNull(current);
        var stopwatch = Stopwatch.StartNew();
        var heldOut = EvaluationSet.Load(evaluationFile);
        var combined = LabelledTrainingSet.Combine(TrainingSet.Load(trainingFolder), labels, heldOut.Select(u => u.Text));
        var candidate = store.LoadOrTrain(versions.ModelsFolder, combined.Set);

        var before = Judge(current, heldOut);
        var after = Judge(candidate, heldOut);
        var (figuresBefore, figuresAfter) = (ActionFigures.Of(before), ActionFigures.Of(after));
        var perIntent = Compare(before, after);
        var (promote, verdict) = Decide(figuresBefore, figuresAfter);

        var report = new RetrainingReport(
            current.Model.Version, candidate.Model.Version, Path.GetFileName(evaluationFile), combined.Set.Examples.Count,
            combined.Used.Count, combined.HeldOut, combined.UnknownIntent, figuresBefore, figuresAfter, perIntent,
            combined.Used.Count(l => current.Predict(l.Text).Intent == l.Intent), combined.Used.Count(l => candidate.Predict(l.Text).Intent == l.Intent),
            promote, verdict, Math.Round(stopwatch.Elapsed.TotalSeconds, 1));
        if (!promote)
        {
            candidate.Dispose();
            return new RetrainingOutcome(report, null);
        }

        versions.Promote(new PromotedModel(candidate.Model.Version, time.GetUtcNow(), combined.Used.Count,
            Math.Round(figuresAfter.ActedAccuracy, 4), Math.Round(figuresAfter.WrongActions, 4), promotedBy), combined.Used);
        return new RetrainingOutcome(report, candidate);
    }

    private IReadOnlyList<JudgedUtterance> Judge(IntentClassifier classifier, IReadOnlyList<EvaluationUtterance> set) =>
        ActionEvaluation.Judge(set, classifier.Predict, classifier.ActThreshold ?? thresholds.ActThreshold, thresholds.ClarifyThreshold);

    private (bool Promote, string Verdict) Decide(ActionFigures before, ActionFigures after)
    {
        var tolerance = _options.Tolerance;
        if (after.ActedAccuracy + tolerance < before.ActedAccuracy)
            return (false, $"acted accuracy would fall from {before.ActedAccuracy:P1} to {after.ActedAccuracy:P1}.");
        if (after.WrongActions > before.WrongActions + tolerance)
            return (false, $"wrong actions would rise from {before.WrongActions:P1} to {after.WrongActions:P1}.");
        return (true, $"acted accuracy {before.ActedAccuracy:P1} → {after.ActedAccuracy:P1}, wrong actions {before.WrongActions:P1} → {after.WrongActions:P1}.");
    }

    private static IReadOnlyList<IntentComparison> Compare(IReadOnlyList<JudgedUtterance> before, IReadOnlyList<JudgedUtterance> after)
    {
        var afterByIntent = ActionEvaluation.By(after, u => u.Intent).ToDictionary(g => g.Group, g => g.Figures, StringComparer.Ordinal);
        return [.. ActionEvaluation.By(before, u => u.Intent).Select(g => new IntentComparison(g.Group, g.Figures.Count,
            g.Figures.ActedAccuracy, afterByIntent[g.Group].ActedAccuracy, g.Figures.WrongActions, afterByIntent[g.Group].WrongActions))];
    }
}
