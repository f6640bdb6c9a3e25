namespace Tailor.Assistant.Guard.Evaluation;

/// <summary>Recall and precision of one kind of personal data, or of a group of kinds.</summary>
public sealed record MaskingScore(string Kind, int Labelled, int Masked, int Found, int FoundCorrectly)
{
    /// <summary>Share of the labelled spans hidden entirely; 1 when nothing of the kind was labelled.</summary>
    public double Recall => Labelled == 0 ? 1 : (double)Masked / Labelled;

    /// <summary>Share of the masker's findings of this kind that cover labelled personal data; 1 when it found none.</summary>
    public double Precision => Found == 0 ? 1 : (double)FoundCorrectly / Found;
}

/// <summary>What the masker missed or masked wrongly in one message, for the report.</summary>
public sealed record MaskingMistake(string Text, string Masked, string Kind, string Span, bool Missed);

/// <summary>
/// Scores <see cref="PiiMasker"/> against a labelled set. A labelled span counts as masked when every character of it
/// (spaces aside) is covered by some finding, of whatever kind: the data is hidden either way. A finding counts as correct
/// when it overlaps a labelled span; one that touches none masked something the shopper needed, such as a size or a price.
/// </summary>
public sealed record MaskingEvaluation(int Messages, IReadOnlyList<MaskingScore> ByKind, MaskingScore Payment, MaskingScore Overall,
    IReadOnlyList<MaskingMistake> Mistakes)
{
    /// <summary>Targets of issue 17: recall 0.98 for payment data and 0.95 overall, precision 0.95.</summary>
    public const double PaymentRecallTarget = 0.98, OverallRecallTarget = 0.95, PrecisionTarget = 0.95;

    private static readonly PiiKind[] PaymentKinds = [PiiKind.PaymentCard, PiiKind.Iban];

    public bool MeetsTargets => Payment.Recall >= PaymentRecallTarget && Overall.Recall >= OverallRecallTarget
        && Overall.Precision >= PrecisionTarget;

    public static MaskingEvaluation Run(IReadOnlyList<LabelledMessage> set)
    {
        var counts = Enum.GetValues<PiiKind>().ToDictionary(kind => kind, _ => new int[4]);
        var mistakes = new List<MaskingMistake>();
        foreach (var message in set)
        {
            var findings = PiiMasker.Find(message.Text);
            var masked = PiiMasker.Mask(message.Text, findings);
            foreach (var span in message.Spans)
            {
                var hidden = IsCovered(message.Text, span, findings);
                counts[span.Kind][0]++;
                if (hidden) counts[span.Kind][1]++;
                else mistakes.Add(new MaskingMistake(message.Text, masked, PiiKindNames.Name(span.Kind), message.Text[span.Start..span.End], Missed: true));
            }
            foreach (var finding in findings)
            {
                var correct = message.Spans.Any(span => finding.Start < span.End && span.Start < finding.End);
                counts[finding.Kind][2]++;
                if (correct) counts[finding.Kind][3]++;
                else mistakes.Add(new MaskingMistake(message.Text, masked, PiiKindNames.Name(finding.Kind), message.Text[finding.Start..finding.End], Missed: false));
            }
        }
        var byKind = counts.Select(c => new MaskingScore(PiiKindNames.Name(c.Key), c.Value[0], c.Value[1], c.Value[2], c.Value[3])).ToList();
        return new MaskingEvaluation(set.Count, byKind,
            Sum("payment", counts.Where(c => PaymentKinds.Contains(c.Key)).Select(c => c.Value)),
            Sum("overall", counts.Values), mistakes);
    }

    private static MaskingScore Sum(string name, IEnumerable<int[]> counts)
    {
        var total = new int[4];
        foreach (var count in counts) for (var i = 0; i < total.Length; i++) total[i] += count[i];
        return new MaskingScore(name, total[0], total[1], total[2], total[3]);
    }

    private static bool IsCovered(string text, LabelledSpan span, IReadOnlyList<PiiFinding> findings)
    {
        for (var i = span.Start; i < span.End; i++)
            if (!char.IsWhiteSpace(text[i]) && !findings.Any(f => f.Start <= i && i < f.End)) return false;
        return true;
    }
}
