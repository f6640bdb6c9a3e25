using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Improvement;

/// <summary>Held-out figures of one intent before (the model in use) and after (the candidate).</summary>
public sealed record IntentComparison(string Intent, int Count, double ActedBefore, double ActedAfter, double WrongBefore, double WrongAfter);

/// <summary>
/// What a retraining did: the data it used, the held-out figures of the model in use and of the candidate, overall and
/// per intent, how many operator labels each model gets right, and whether the candidate was promoted.
/// </summary>
public sealed record RetrainingReport(
    string CurrentVersion,
    string CandidateVersion,
    string EvaluationSet,
    int TrainingExamples,
    int LabelsUsed,
    int LabelsLeftOutAsHeldOut,
    int LabelsOfUnknownIntents,
    ActionFigures Before,
    ActionFigures After,
    IReadOnlyList<IntentComparison> PerIntent,
    int LabelsRightBefore,
    int LabelsRightAfter,
    bool Promoted,
    string Verdict,
    double Seconds)
{
    public string ToMarkdown()
    {
        var lines = new List<string>
        {
            $"# Retraining: {CurrentVersion} → {CandidateVersion}",
            "",
            $"Trained on {TrainingExamples} examples including {LabelsUsed} operator labels" +
                $" ({LabelsLeftOutAsHeldOut} left out as held-out messages, {LabelsOfUnknownIntents} of unknown intents); {Seconds:0.0} s.",
            $"Operator labels classified right: {LabelsRightBefore} before, {LabelsRightAfter} after.",
            "",
            $"Held-out set {EvaluationSet} ({Before.Count} messages):",
            "",
            "| | acted accuracy | wrong actions | clarified | fallback |",
            "|---|---:|---:|---:|---:|",
            $"| in use | {Before.ActedAccuracy:P1} | {Before.WrongActions:P1} | {Before.Clarified:P1} | {Before.Fallback:P1} |",
            $"| candidate | {After.ActedAccuracy:P1} | {After.WrongActions:P1} | {After.Clarified:P1} | {After.Fallback:P1} |",
            "",
            "| intent | n | acted before | acted after | wrong before | wrong after |",
            "|---|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(PerIntent.Select(i => $"| {i.Intent} | {i.Count} | {i.ActedBefore:P1} | {i.ActedAfter:P1} | {i.WrongBefore:P1} | {i.WrongAfter:P1} |"));
        lines.Add("");
        lines.Add($"**{(Promoted ? "Promoted" : "Not promoted")}**: {Verdict}");
        return string.Join('\n', lines);
    }
}
