namespace Tailor.Assistant.Understanding.Intents;

/// <summary>How the blend is fitted; part of the training recipe (see <see cref="IntentModelTrainer"/>).</summary>
/// <param name="Folds">Folds of the out-of-fold predictions; three keeps first-run training under a minute.</param>
/// <param name="WrongActionBudget">Share of out-of-fold messages that may be acted on wrongly: the 2 % target itself.</param>
/// <param name="SkipEncoderError">Error share allowed among messages where the n-gram model alone decides.</param>
/// <param name="Seed">Seed of the fold split.</param>
/// <param name="AgreementAbove">Lowest n-gram confidence at which agreement with the blend may act (the n-gram model's own act threshold); the fit may raise it.</param>
public sealed record IntentCalibratorOptions(int Folds = 3, double WrongActionBudget = 0.02, double SkipEncoderError = 0.01, int Seed = 1, double AgreementAbove = 0.45);

/// <summary>One training example predicted by models that did not see it: n-gram probabilities and nearest examples.</summary>
public sealed record OutOfFoldPrediction(int Intent, double[] Ngram, Neighbour[] Neighbours);

/// <summary>
/// Fits an <see cref="IntentBlend"/> on out-of-fold predictions of the training data: the weights by log-loss (so the
/// blend's confidence means what it says), then the act threshold for the wrong-action budget.
/// </summary>
public sealed class IntentCalibrator(IntentModelTrainer trainer, IntentCalibratorOptions? options = null)
{
    /// <summary>Bump when the fit changes, so saved blends fitted the old way are refitted.</summary>
    public const string Recipe = "blend/v2 log-loss grid; act and agreement thresholds fitted together";

    private const int MaxNeighbours = 20;
    private static readonly double[] Temperatures = [0.03, 0.05, 0.08];
    private static readonly double[] Backgrounds = [0.35, 0.5, 0.65];
    private static readonly int[] NeighbourCounts = [5, 10, 20];
    private static readonly double[] NgramWeights = [0.25, 0.5, 0.75, 1, 1.5, 2];
    private static readonly double[] VoteWeights = [0, 0.25, 0.5, 1, 1.5, 2, 3];

    public IntentCalibratorOptions Options { get; } = options ?? new IntentCalibratorOptions();

    /// <summary>Each example's fold, in the order of <paramref name="examples"/>.</summary>
    public int[] FoldsOf(IReadOnlyList<IntentExample> examples)
    {
        var index = examples.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i);
        var folds = new int[examples.Count];
        var parts = StratifiedSplit.Folds(examples, Options.Folds, Options.Seed);
        for (var f = 0; f < parts.Count; f++)
            foreach (var example in parts[f]) folds[index[example]] = f;
        return folds;
    }

    /// <summary>N-gram probabilities (in the order of <paramref name="intents"/>) of each example from a model trained without its fold.</summary>
    public double[][] OutOfFoldNgram(IReadOnlyList<IntentExample> examples, int[] folds, IReadOnlyList<string> intents, CancellationToken ct)
    {
        var result = new double[examples.Count][];
        for (var f = 0; f < Options.Folds; f++)
        {
            ct.ThrowIfCancellationRequested();
            using var model = trainer.Train(examples.Where((_, i) => folds[i] != f).ToArray());
            // A fold model may order its intents differently: map by name.
            var position = model.Intents.Select(name => IndexOf(intents, name)).ToArray();
            for (var i = 0; i < examples.Count; i++)
            {
                if (folds[i] != f) continue;
                var scores = model.Scores(examples[i].Text);
                var row = new double[intents.Count];
                for (var j = 0; j < scores.Length; j++) row[position[j]] = scores[j];
                result[i] = row;
            }
        }

        return result;
    }

    /// <summary>Puts the two halves together: nearest examples come only from the other folds.</summary>
    public static OutOfFoldPrediction[] Join(double[][] ngram, int[] folds, ExampleVectors vectors)
    {
        var result = new OutOfFoldPrediction[vectors.Count];
        Parallel.For(0, vectors.Count, i =>
        {
            var neighbours = vectors.Nearest(vectors.Row(i), MaxNeighbours, j => folds[j] != folds[i]);
            result[i] = new OutOfFoldPrediction(vectors.Labels[i], ngram[i], neighbours);
        });
        return result;
    }

    /// <summary>Chooses the blend with the lowest out-of-fold log-loss, then its act and skip thresholds.</summary>
    public IntentBlend Fit(IReadOnlyList<OutOfFoldPrediction> predictions)
    {
        var intents = predictions[0].Ngram.Length;
        var candidates = (from t in Temperatures from b in Backgrounds from k in NeighbourCounts select (t, b, k)).ToArray();
        var ngramLogs = predictions.Select(p => Logs(p.Ngram)).ToArray();
        var scored = candidates.AsParallel().AsOrdered().Select(c =>
        {
            var probe = new IntentBlend(1, 1, c.t, c.b, c.k, 1, 1, Options.AgreementAbove, Empty);
            var voteLogs = predictions.Select(p => Logs(probe.Vote(p.Neighbours, intents))).ToArray();
            return (from a in NgramWeights from v in VoteWeights
                    select (Blend: probe with { NgramWeight = a, NeighbourWeight = v }, Loss: LogLoss(predictions, ngramLogs, voteLogs, a, v))).MinBy(x => x.Loss);
        }).ToArray();
        var best = scored.MinBy(x => x.Loss).Blend;

        var skip = SkipThreshold(predictions);
        // The act threshold and the agreement threshold are chosen together: the pair that acts rightly most often
        // out of fold while acting wrongly within the budget.
        var (act, agree) = (0.99, 1.01);
        var bestRight = -1;
        foreach (var a in Thresholds().Where(a => a >= Options.AgreementAbove).Append(1.01))
        {
            var outcomes = predictions.Select(p => OutcomeOf(best with { AgreementAbove = a }, p, skip)).ToArray();
            foreach (var t in Thresholds())
            {
                var (right, wrong) = (outcomes.Count(o => o.Acts(t) && o.Right), outcomes.Count(o => o.Acts(t) && !o.Right));
                if (wrong > Options.WrongActionBudget * outcomes.Length || right <= bestRight) continue;
                (act, agree, bestRight) = (t, a, right);
            }
        }

        skip = Math.Max(skip, act);
        var chosen = predictions.Select(p => OutcomeOf(best with { AgreementAbove = agree }, p, skip)).ToArray();
        var figures = new BlendFigures(
            predictions.Count,
            Math.Round(LogLoss(predictions, ngramLogs, ngramLogs, 1, 0), 4),
            Math.Round(scored.Min(x => x.Loss), 4),
            Math.Round((double)chosen.Count(o => o.Acts(act) && o.Right) / chosen.Length, 4),
            Math.Round((double)chosen.Count(o => o.Acts(act) && !o.Right) / chosen.Length, 4),
            Math.Round((double)chosen.Count(o => o.Skipped) / chosen.Length, 4));
        return best with { ActThreshold = act, SkipEncoderAbove = skip, AgreementAbove = agree, OutOfFold = figures };
    }

    private static readonly BlendFigures Empty = new(0, 0, 0, 0, 0, 0);

    private static IEnumerable<double> Thresholds() => Enumerable.Range(30, 70).Select(t => t / 100.0);

    /// <summary>The lowest n-gram confidence above which the n-gram model alone is (almost) never wrong.</summary>
    private double SkipThreshold(IReadOnlyList<OutOfFoldPrediction> predictions)
    {
        var tops = predictions.Select(p => (Confidence: p.Ngram.Max(), Right: ArgMax(p.Ngram) == p.Intent)).ToArray();
        return Thresholds().Append(1.01).First(t =>
        {
            var sure = tops.Where(x => x.Confidence >= t).ToArray();
            return sure.Count(x => !x.Right) <= Options.SkipEncoderError * Math.Max(sure.Length, 1);
        });
    }

    private readonly record struct Outcome(double Confidence, bool Right, bool Skipped, bool Agreed)
    {
        public bool Acts(double threshold) => Agreed || Confidence >= threshold;
    }

    private static Outcome OutcomeOf(IntentBlend blend, OutOfFoldPrediction p, double skip)
    {
        if (p.Ngram.Max() >= skip) return new Outcome(p.Ngram.Max(), ArgMax(p.Ngram) == p.Intent, true, true);
        var combined = IntentBlend.Pool(p.Ngram, blend.Vote(p.Neighbours, p.Ngram.Length), blend.NgramWeight, blend.NeighbourWeight);
        var top = ArgMax(combined);
        return new Outcome(combined[top], top == p.Intent, false, ArgMax(p.Ngram) == top && p.Ngram.Max() >= blend.AgreementAbove);
    }

    private static double[] Logs(IReadOnlyList<double> probabilities) => [.. probabilities.Select(p => Math.Log(p + IntentBlend.Floor))];

    /// <summary>Mean negative log-likelihood of the right intent under the pooled distribution (logs precomputed: this runs ~10^6 times per intent).</summary>
    private static double LogLoss(IReadOnlyList<OutOfFoldPrediction> predictions, double[][] ngramLogs, double[][] voteLogs, double ngramWeight, double voteWeight)
    {
        var sum = 0.0;
        for (var i = 0; i < predictions.Count; i++)
        {
            var (x, y) = (ngramLogs[i], voteLogs[i]);
            var max = double.NegativeInfinity;
            for (var j = 0; j < x.Length; j++) max = Math.Max(max, ngramWeight * x[j] + voteWeight * y[j]);
            var total = 0.0;
            for (var j = 0; j < x.Length; j++) total += Math.Exp(ngramWeight * x[j] + voteWeight * y[j] - max);
            var right = predictions[i].Intent;
            sum -= ngramWeight * x[right] + voteWeight * y[right] - max - Math.Log(total);
        }

        return sum / predictions.Count;
    }

    private static int ArgMax(IReadOnlyList<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++) if (values[i] > values[best]) best = i;
        return best;
    }

    private static int IndexOf(IReadOnlyList<string> intents, string name)
    {
        for (var i = 0; i < intents.Count; i++) if (intents[i] == name) return i;
        throw new InvalidOperationException($"A fold model knows intent '{name}' that the full model does not.");
    }
}
