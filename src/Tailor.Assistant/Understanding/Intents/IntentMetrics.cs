namespace Tailor.Assistant.Understanding.Intents;

/// <summary>One test example with the intent it should have and the intent the model gave.</summary>
internal sealed record IntentOutcome(string Text, string Expected, string Predicted, float Confidence)
{
    public bool IsCorrect => Expected == Predicted;
}

/// <summary>Accuracy, F1 and confusions computed from test outcomes.</summary>
internal static class IntentMetrics
{
    public static ClassificationSummary Summarize(IReadOnlyList<IntentOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            return new ClassificationSummary(0, 0, 0, 0, 0);
        }

        var accuracy = (double)outcomes.Count(o => o.IsCorrect) / outcomes.Count;
        return new ClassificationSummary(
            outcomes.Count,
            accuracy,
            PerIntent(outcomes).Average(i => i.F1),
            MeanConfidence(outcomes.Where(o => o.IsCorrect)),
            MeanConfidence(outcomes.Where(o => !o.IsCorrect)));
    }

    /// <summary>Per intent, over every intent that was expected or predicted (a predicted-only intent scores 0).</summary>
    public static IReadOnlyList<IntentF1> PerIntent(IReadOnlyList<IntentOutcome> outcomes)
    {
        var intents = outcomes.Select(o => o.Expected).Concat(outcomes.Select(o => o.Predicted)).Distinct();
        return intents
            .Select(intent =>
            {
                var truePositives = outcomes.Count(o => o.IsCorrect && o.Expected == intent);
                var predicted = outcomes.Count(o => o.Predicted == intent);
                var support = outcomes.Count(o => o.Expected == intent);
                var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
                var recall = support == 0 ? 0 : (double)truePositives / support;
                var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                return new IntentF1(intent, precision, recall, f1, support);
            })
            .OrderBy(i => i.F1)
            .ThenBy(i => i.Intent, StringComparer.Ordinal)
            .ToArray();
    }

    private static double MeanConfidence(IEnumerable<IntentOutcome> outcomes) =>
        outcomes.Select(o => (double)o.Confidence).DefaultIfEmpty(0).Average();

    public static IReadOnlyList<IntentConfusion> WorstConfusions(IReadOnlyList<IntentOutcome> outcomes, int count) =>
        outcomes
            .Where(o => !o.IsCorrect)
            .GroupBy(o => (o.Expected, o.Predicted))
            .Select(g => new IntentConfusion(g.Key.Expected, g.Key.Predicted, g.Count(), [.. g.Select(o => o.Text)]))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Expected, StringComparer.Ordinal)
            .ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .Take(count)
            .ToArray();
}
