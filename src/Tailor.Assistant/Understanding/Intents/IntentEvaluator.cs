using System.Diagnostics;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>
/// Measures how well the intent model generalises: a seeded stratified held-out split for the headline figures,
/// and k-fold cross-validation on the training portion for a steadier estimate.
/// </summary>
public sealed class IntentEvaluator(IntentModelTrainer trainer)
{
    /// <summary>Trains 1 + <see cref="IntentEvaluationOptions.Folds"/> models and scores them on data they did not see.</summary>
    public IntentEvaluation Evaluate(TrainingSet set, IntentEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        options ??= new IntentEvaluationOptions();
        var stopwatch = Stopwatch.StartNew();

        var (training, heldOut) = StratifiedSplit.HoldOut(set.Examples, options.HeldOutFraction, options.Seed);
        using var model = trainer.Train(training);
        var outcomes = Predict(model, heldOut);

        var folds = options.Folds >= 2 ? options.Folds : 0;
        var crossValidation = folds > 0 ? CrossValidate(training, folds, options.Seed) : null;

        return new IntentEvaluation(
            trainer.VersionOf(set.Examples),
            set.Intents.Count,
            training.Count,
            IntentMetrics.Summarize(outcomes),
            crossValidation,
            folds,
            IntentMetrics.PerIntent(outcomes),
            IntentMetrics.WorstConfusions(outcomes, options.ConfusionCount),
            model.Manifest.TrainingSeconds,
            Math.Round(stopwatch.Elapsed.TotalSeconds, 3));
    }

    private ClassificationSummary CrossValidate(IReadOnlyList<IntentExample> training, int folds, int seed)
    {
        var parts = StratifiedSplit.Folds(training, folds, seed);
        var outcomes = new List<IntentOutcome>(training.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var rest = parts.Where((_, j) => j != i).SelectMany(p => p).ToArray();
            using var model = trainer.Train(rest);
            outcomes.AddRange(Predict(model, parts[i]));
        }

        // Pooled over every out-of-fold prediction: each training example is scored exactly once.
        return IntentMetrics.Summarize(outcomes);
    }

    private static IReadOnlyList<IntentOutcome> Predict(IntentModel model, IReadOnlyList<IntentExample> examples) =>
        examples
            .Select(e => (Example: e, Prediction: model.Predict(e.Text)))
            .Select(p => new IntentOutcome(p.Example.Text, p.Example.Intent, p.Prediction.Intent, p.Prediction.Confidence))
            .ToArray();
}
