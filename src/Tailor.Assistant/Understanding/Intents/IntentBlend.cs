namespace Tailor.Assistant.Understanding.Intents;

/// <summary>
/// How the n-gram model and the nearest training examples are combined, and where the combined confidence is
/// trusted. Fitted on out-of-fold predictions of the training data (<see cref="IntentCalibrator"/>), never on an
/// evaluation set.
/// </summary>
/// <param name="NgramWeight">Weight of the n-gram model's log-probabilities.</param>
/// <param name="NeighbourWeight">Weight of the neighbour vote's log-probabilities.</param>
/// <param name="Temperature">Softness of the neighbour vote: a neighbour counts exp(cosine / T).</param>
/// <param name="Background">
/// Similarity of an imagined "nothing like this" neighbour: a message far from every example gives most of its vote
/// to no intent, so an unrelated message is not acted on just because its few loose neighbours agree.
/// </param>
/// <param name="Neighbours">How many nearest examples vote.</param>
/// <param name="ActThreshold">Lowest combined confidence acted on, chosen for the wrong-action budget.</param>
/// <param name="SkipEncoderAbove">N-gram confidence above which the encoder is not consulted (latency).</param>
/// <param name="AgreementAbove">
/// N-gram confidence at which the two models agreeing on the top intent is evidence enough to act, as an entity is in
/// the understander's rules: two different readings of the message pointing the same way. Counted in the act threshold's fit.
/// </param>
/// <param name="OutOfFold">What the choice looked like on the out-of-fold predictions.</param>
public sealed record IntentBlend(
    double NgramWeight,
    double NeighbourWeight,
    double Temperature,
    double Background,
    int Neighbours,
    double ActThreshold,
    double SkipEncoderAbove,
    double AgreementAbove,
    BlendFigures OutOfFold)
{
    // Keeps a zero probability from becoming minus infinity in the log.
    internal const double Floor = 1e-4;

    /// <summary>The neighbour vote as probabilities over <paramref name="intentCount"/> intents (best neighbours first).</summary>
    public double[] Vote(IReadOnlyList<Neighbour> neighbours, int intentCount)
    {
        var votes = new double[intentCount];
        var count = Math.Min(Neighbours, neighbours.Count);
        // Measured from 1 so exp never overflows; only ratios matter.
        var background = Neighbours * Math.Exp((Background - 1) / Temperature);
        var total = background;
        for (var i = 0; i < count; i++)
        {
            var weight = Math.Exp((neighbours[i].Similarity - 1) / Temperature);
            votes[neighbours[i].Intent] += weight;
            total += weight;
        }

        // The background's share is spread evenly: it says "no idea", not "out of scope".
        for (var i = 0; i < intentCount; i++) votes[i] = (votes[i] + background / intentCount) / total;
        return votes;
    }

    /// <summary>Weighted log-linear pooling of the two distributions, renormalised (a product of experts).</summary>
    public double[] Combine(IReadOnlyList<float> ngram, IReadOnlyList<double> vote) =>
        Pool(ngram.Select(p => (double)p).ToArray(), vote, NgramWeight, NeighbourWeight);

    internal static double[] Pool(IReadOnlyList<double> ngram, IReadOnlyList<double> vote, double ngramWeight, double voteWeight)
    {
        var logits = new double[ngram.Count];
        var max = double.NegativeInfinity;
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = ngramWeight * Math.Log(ngram[i] + Floor) + voteWeight * Math.Log(vote[i] + Floor);
            max = Math.Max(max, logits[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < logits.Length; i++)
        {
            logits[i] = Math.Exp(logits[i] - max);
            sum += logits[i];
        }

        for (var i = 0; i < logits.Length; i++) logits[i] /= sum;
        return logits;
    }
}

/// <summary>Out-of-fold figures behind a blend: how often it acted, and how often it acted wrongly.</summary>
/// <param name="Examples">Out-of-fold predictions the blend was fitted on.</param>
/// <param name="NgramLogLoss">Mean negative log-likelihood of the right intent, n-gram model alone.</param>
/// <param name="BlendLogLoss">The same for the blend.</param>
/// <param name="ActedRight">Share acted on (at <see cref="IntentBlend.ActThreshold"/>) and right.</param>
/// <param name="ActedWrong">Share acted on and wrong.</param>
/// <param name="EncoderSkipped">Share where the n-gram model was sure enough to skip the encoder.</param>
public sealed record BlendFigures(int Examples, double NgramLogLoss, double BlendLogLoss, double ActedRight, double ActedWrong, double EncoderSkipped);
