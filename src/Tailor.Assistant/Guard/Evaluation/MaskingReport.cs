using System.Globalization;
using System.Text;

namespace Tailor.Assistant.Guard.Evaluation;

/// <summary>Writes a masking evaluation as Markdown: the table per kind, the targets, then every miss and false alarm.</summary>
public static class MaskingReport
{
    public static string ToMarkdown(MaskingEvaluation evaluation, string setName)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Masking evaluation: {setName} ({evaluation.Messages} messages)").AppendLine()
            .AppendLine("| kind | labelled | masked | recall | found | correct | precision |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var score in evaluation.ByKind.Where(s => s.Labelled + s.Found > 0).Append(evaluation.Payment).Append(evaluation.Overall))
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {score.Kind} | {score.Labelled} | {score.Masked} | {score.Recall:0.000} | {score.Found} | {score.FoundCorrectly} | {score.Precision:0.000} |");
        report.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Targets: payment recall ≥ {MaskingEvaluation.PaymentRecallTarget}, overall recall ≥ {MaskingEvaluation.OverallRecallTarget}, " +
            $"precision ≥ {MaskingEvaluation.PrecisionTarget}: {(evaluation.MeetsTargets ? "met" : "NOT met")}.");
        if (evaluation.Mistakes.Count == 0) return report.ToString();
        report.AppendLine().AppendLine("## Mistakes").AppendLine();
        foreach (var mistake in evaluation.Mistakes)
            report.AppendLine(CultureInfo.InvariantCulture,
                $"- {(mistake.Missed ? "missed" : "false alarm")} {mistake.Kind} \"{mistake.Span}\" in \"{mistake.Text}\" → \"{mistake.Masked}\"");
        return report.ToString();
    }
}
