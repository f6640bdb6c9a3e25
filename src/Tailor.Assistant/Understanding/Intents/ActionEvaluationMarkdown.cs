using System.Globalization;
using System.Text;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>A before/after report of two classifiers judged on the same evaluation set.</summary>
/// <param name="SetName">The evaluation file.</param>
/// <param name="Version">The training data version both were trained on.</param>
/// <param name="Before">The n-gram model alone, at its configured thresholds.</param>
/// <param name="After">The blend, at its calibrated act threshold.</param>
/// <param name="BeforeAct">Act threshold of the n-gram model.</param>
/// <param name="Clarify">Clarify threshold (both).</param>
/// <param name="Blend">The blend, with its out-of-fold figures.</param>
/// <param name="EncodedShare">Share of messages where the blend consulted the encoder.</param>
/// <param name="BuildSeconds">Time spent building what was not saved yet (0 when all was loaded).</param>
/// <param name="WrongActionBudget">The out-of-fold wrong-action budget the act threshold was chosen for.</param>
public sealed record ActionReport(
    string SetName,
    string Version,
    IReadOnlyList<JudgedUtterance> Before,
    IReadOnlyList<JudgedUtterance> After,
    double BeforeAct,
    double Clarify,
    IntentBlend Blend,
    double EncodedShare,
    double BuildSeconds,
    double WrongActionBudget,
    IntentRisk Risk,
    IReadOnlySet<string> TrainingTexts)
{
    /// <summary>The text as compared with the training examples: lower case, letters and digits only.</summary>
    public static string Comparable(string text) =>
        string.Join(' ', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private int Costly(IReadOnlyCollection<JudgedUtterance> judged) =>
        judged.Count(j => j.Decision == Decision.ActedWrong && !Risk.Answers.Contains(j.Predicted));

    private bool Unseen(JudgedUtterance judged) => !TrainingTexts.Contains(Comparable(judged.Utterance.Text));

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var blend = Blend;
        md.AppendLine(Inv($"# Intents on {SetName}: n-gram model alone (before) and blended with the sentence encoder (after)"));
        md.AppendLine();
        md.AppendLine(Inv($"Training data version {Version}; {Before.Count} messages. Acted = confidence ≥ act threshold. Before acts at {BeforeAct:0.00}; after at {blend.ActThreshold:0.00}, chosen on 3-fold out-of-fold predictions of the training data for a {100 * WrongActionBudget:0}% wrong-action budget (never on this set). Both clarify at ≥ {Clarify:0.00}. A confident out_of_scope for an in-scope message counts as fallback."));
        md.AppendLine();
        md.AppendLine(Inv($"Blend: n-gram weight {blend.NgramWeight}, neighbour weight {blend.NeighbourWeight}, {blend.Neighbours} neighbours, temperature {blend.Temperature}, background similarity {blend.Background}; the two models agreeing acts when the n-gram model is ≥ {blend.AgreementAbove:0.00} sure (≥ {Math.Min(Risk.AgreementAbove, blend.AgreementAbove):0.00} for the {Risk.Answers.Count} intents that only answer a question, training/intent_risk.yaml); the encoder is skipped when the n-gram model is ≥ {blend.SkipEncoderAbove:0.00} sure ({100 * EncodedShare:0.0}% of these messages were encoded). Out of fold on {blend.OutOfFold.Examples} training examples: log-loss {blend.OutOfFold.NgramLogLoss} → {blend.OutOfFold.BlendLogLoss}, acted right {Pct(blend.OutOfFold.ActedRight)}, acted wrong {Pct(blend.OutOfFold.ActedWrong)}. Build time of missing parts this run: {BuildSeconds:0.0} s."));
        md.AppendLine();
        md.AppendLine("## Overall");
        md.AppendLine();
        Table(md, "", [("all", ActionFigures.Of(Before), ActionFigures.Of(After)),
            ("not in training", ActionFigures.Of([.. Before.Where(Unseen)]), ActionFigures.Of([.. After.Where(Unseen)]))]);
        md.AppendLine(Inv($"\"Not in training\": the {Before.Count(Unseen)} messages whose text (lower case, letters and digits) is not a training example; quote these."));
        md.AppendLine();
        md.AppendLine(Inv($"Wrong actions that do more than answer (acted on an intent outside the answers of training/intent_risk.yaml: an order action, yes, cancel, correction, a person), after: {Costly(After)} of {After.Count} ({Pct((double)Costly(After) / After.Count)}); not in training: {Costly([.. After.Where(Unseen)])} of {After.Count(Unseen)}. Before: {Costly(Before)} of {Before.Count}."));
        md.AppendLine();
        md.AppendLine("## Per register");
        md.AppendLine();
        Table(md, "register", Pair(r => r.Register));
        md.AppendLine("## Per intent");
        md.AppendLine();
        Table(md, "intent", Pair(r => r.Intent));
        md.AppendLine("## Worst wrong actions after (expected → acted on)");
        md.AppendLine();
        md.AppendLine("| expected | acted on | count |");
        md.AppendLine("|---|---|---:|");
        foreach (var g in After.Where(j => j.Decision == Decision.ActedWrong).GroupBy(j => (j.Utterance.Intent, j.Predicted))
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Intent, StringComparer.Ordinal).Take(15))
            md.AppendLine(Inv($"| {g.Key.Intent} | {g.Key.Predicted} | {g.Count()} |"));
        return md.ToString();
    }

    private IEnumerable<(string, ActionFigures, ActionFigures)> Pair(Func<EvaluationUtterance, string> key)
    {
        var after = ActionEvaluation.By(After, key).ToDictionary(x => x.Group, x => x.Figures);
        return ActionEvaluation.By(Before, key).Select(b => (b.Group, b.Figures, after[b.Group]));
    }

    private static void Table(StringBuilder md, string what, IEnumerable<(string Group, ActionFigures Before, ActionFigures After)> rows)
    {
        md.AppendLine(Inv($"| {what} | n | acted right | wrong actions | top-1 | clarify | fallback |"));
        md.AppendLine("|---|---:|---|---|---|---|---|");
        foreach (var (group, b, a) in rows)
            md.AppendLine(Inv($"| {group} | {b.Count} | {Pct(b.ActedAccuracy)} → **{Pct(a.ActedAccuracy)}** | {Pct(b.WrongActions)} → **{Pct(a.WrongActions)}** | {Pct(b.TopAccuracy)} → {Pct(a.TopAccuracy)} | {Pct(b.Clarified)} → {Pct(a.Clarified)} | {Pct(b.Fallback)} → {Pct(a.Fallback)} |"));
        md.AppendLine();
    }

    private static string Pct(double share) => Inv($"{100 * share:0.0}%");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
