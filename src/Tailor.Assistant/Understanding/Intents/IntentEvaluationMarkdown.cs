using System.Globalization;
using System.Text;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>Formats an <see cref="IntentEvaluation"/> as a Markdown report for the CLI and review pages.</summary>
public static class IntentEvaluationMarkdown
{
    /// <summary>Headline figures, the per-intent table (worst first) and the worst confusions with examples.</summary>
    public static string ToMarkdown(this IntentEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"# Intent model evaluation ({evaluation.Version})"))
            .AppendLine()
            .AppendLine(Invariant($"{evaluation.IntentCount} intents, {evaluation.TrainingCount} training examples, {evaluation.HeldOut.Count} held out."))
            .AppendLine()
            .AppendLine("| set | examples | accuracy | macro-F1 | confidence when right | when wrong |")
            .AppendLine("|---|---:|---:|---:|---:|---:|")
            .AppendLine(Row("held-out", evaluation.HeldOut));
        if (evaluation.CrossValidation is { } crossValidation)
        {
            text.AppendLine(Row($"{evaluation.Folds}-fold CV", crossValidation));
        }

        text.AppendLine()
            .AppendLine(Invariant($"Training took {evaluation.TrainingSeconds:0.0} s; the whole evaluation {evaluation.TotalSeconds:0.0} s."))
            .AppendLine()
            .AppendLine("## Per intent (held-out)")
            .AppendLine()
            .AppendLine("| intent | precision | recall | F1 | support |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var intent in evaluation.PerIntent)
        {
            text.AppendLine(Invariant($"| {intent.Intent} | {intent.Precision:0.00} | {intent.Recall:0.00} | {intent.F1:0.00} | {intent.Support} |"));
        }

        text.AppendLine().AppendLine("## Worst confusions (held-out)").AppendLine();
        if (evaluation.WorstConfusions.Count == 0)
        {
            text.AppendLine("None: every held-out example was classified correctly.");
        }

        foreach (var confusion in evaluation.WorstConfusions)
        {
            var examples = string.Join("; ", confusion.Examples.Take(3).Select(e => $"\"{e}\""));
            text.AppendLine(Invariant($"- {confusion.Expected} → {confusion.Predicted} ×{confusion.Count}: {examples}"));
        }

        return text.ToString();
    }

    private static string Row(string name, ClassificationSummary summary) =>
        Invariant($"| {name} | {summary.Count} | {summary.Accuracy:0.000} | {summary.MacroF1:0.000} | {summary.MeanConfidenceWhenRight:0.00} | {summary.MeanConfidenceWhenWrong:0.00} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
