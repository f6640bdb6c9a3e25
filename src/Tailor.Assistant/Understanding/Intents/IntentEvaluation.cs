namespace Tailor.Assistant.Understanding.Intents;

/// <summary>How an intent evaluation splits the data.</summary>
/// <param name="HeldOutFraction">Share of each intent's examples kept out of training and used as the test set.</param>
/// <param name="Folds">Cross-validation folds over the training portion; 0 or 1 skips cross-validation.</param>
/// <param name="Seed">Seed for the shuffles, so a rerun gives the same split.</param>
/// <param name="ConfusionCount">How many of the worst confused intent pairs to report.</param>
public sealed record IntentEvaluationOptions(double HeldOutFraction = 0.2, int Folds = 5, int Seed = 1, int ConfusionCount = 10);

/// <summary>Accuracy and macro-averaged F1 over a set of predictions, and how confident the model was when right and when wrong.</summary>
/// <param name="Count">Number of predictions.</param>
/// <param name="Accuracy">Share of predictions that were right.</param>
/// <param name="MacroF1">F1 averaged over intents, each intent counting the same.</param>
/// <param name="MeanConfidenceWhenRight">Mean top confidence of the right predictions.</param>
/// <param name="MeanConfidenceWhenWrong">Mean top confidence of the wrong ones; the gap guides the "ask instead of guess" threshold.</param>
public sealed record ClassificationSummary(
    int Count,
    double Accuracy,
    double MacroF1,
    double MeanConfidenceWhenRight,
    double MeanConfidenceWhenWrong);

/// <summary>Precision, recall and F1 of one intent; Support is how many test examples it had.</summary>
public sealed record IntentF1(string Intent, double Precision, double Recall, double F1, int Support);

/// <summary>Examples of <paramref name="Expected"/> that the model took for <paramref name="Predicted"/>.</summary>
public sealed record IntentConfusion(string Expected, string Predicted, int Count, IReadOnlyList<string> Examples);

/// <summary>The result of evaluating the intent model on held-out data and by cross-validation.</summary>
/// <param name="Version">Version of the training data evaluated.</param>
/// <param name="IntentCount">Number of intents.</param>
/// <param name="TrainingCount">Examples trained on (the held-out examples excluded).</param>
/// <param name="HeldOut">Scores on the held-out examples.</param>
/// <param name="CrossValidation">Pooled out-of-fold scores on the training portion, or null when skipped.</param>
/// <param name="Folds">Number of cross-validation folds (0 when skipped).</param>
/// <param name="PerIntent">Held-out precision/recall/F1 per intent, worst F1 first.</param>
/// <param name="WorstConfusions">The most frequent held-out mistakes, most frequent first.</param>
/// <param name="TrainingSeconds">Time to train the held-out model.</param>
/// <param name="TotalSeconds">Time for the whole evaluation.</param>
public sealed record IntentEvaluation(
    string Version,
    int IntentCount,
    int TrainingCount,
    ClassificationSummary HeldOut,
    ClassificationSummary? CrossValidation,
    int Folds,
    IReadOnlyList<IntentF1> PerIntent,
    IReadOnlyList<IntentConfusion> WorstConfusions,
    double TrainingSeconds,
    double TotalSeconds);
