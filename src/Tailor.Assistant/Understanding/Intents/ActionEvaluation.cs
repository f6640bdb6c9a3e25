namespace Tailor.Assistant.Understanding.Intents;

/// <summary>What the dialogue would do with one prediction, given the act and clarify thresholds.</summary>
public enum Decision { ActedRight, ActedWrong, Clarified, Fallback }

/// <summary>One evaluation message with what a classifier made of it.</summary>
public sealed record JudgedUtterance(EvaluationUtterance Utterance, string Predicted, double Confidence, Decision Decision)
{
    public bool TopRight => Predicted == Utterance.Intent;
}

/// <summary>Shares of a group of messages by decision (each out of <see cref="Count"/>).</summary>
public sealed record ActionFigures(int Count, double ActedAccuracy, double WrongActions, double TopAccuracy, double Clarified, double Fallback)
{
    public static ActionFigures Of(IReadOnlyCollection<JudgedUtterance> judged)
    {
        double Share(Func<JudgedUtterance, bool> test) => judged.Count == 0 ? 0 : (double)judged.Count(test) / judged.Count;
        return new ActionFigures(judged.Count, Share(j => j.Decision == Decision.ActedRight), Share(j => j.Decision == Decision.ActedWrong),
            Share(j => j.TopRight), Share(j => j.Decision == Decision.Clarified), Share(j => j.Decision == Decision.Fallback));
    }
}

/// <summary>
/// Judges a classifier as the dialogue uses it: acting at or above the act threshold, asking between the thresholds,
/// falling back below. A confident "out of scope" for an in-scope message is a fallback, not a wrong action: it
/// does nothing the shopper did not ask for.
/// </summary>
public static class ActionEvaluation
{
    public static IReadOnlyList<JudgedUtterance> Judge(
        IReadOnlyList<EvaluationUtterance> set, Func<string, IntentPrediction> predict, double act, double clarify) =>
        set.Select(u =>
        {
            var p = predict(u.Text);
            var decision = p.Confidence >= act
                ? p.Intent == u.Intent ? Decision.ActedRight : p.Intent == "out_of_scope" ? Decision.Fallback : Decision.ActedWrong
                : p.Confidence >= clarify ? Decision.Clarified : Decision.Fallback;
            return new JudgedUtterance(u, p.Intent, p.Confidence, decision);
        }).ToArray();

    /// <summary>Figures per group (intent or register), in name order.</summary>
    public static IReadOnlyList<(string Group, ActionFigures Figures)> By(IReadOnlyList<JudgedUtterance> judged, Func<EvaluationUtterance, string> key) =>
        [.. judged.GroupBy(j => key(j.Utterance)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, ActionFigures.Of([.. g])))];
}
