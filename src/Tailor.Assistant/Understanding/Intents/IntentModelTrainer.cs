using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>Trains the ML.NET intent classifier: TF-IDF word 1–2-grams plus character 3- and 4-grams, softmax output.</summary>
public sealed class IntentModelTrainer(TimeProvider time, IntentTrainerOptions? options = null)
{
    // Bump when the pipeline below or the blend fitted on top of it (IntentCalibrator) changes, so saved models,
    // vectors and blends made the old way are not reused.
    private const string Recipe = "intents/v2 normalize;tfidf;words1-2;chars3;chars4;blend:knn-vote+log-pool,oof-folds";

    private const NgramExtractingEstimator.WeightingCriteria TfIdf = NgramExtractingEstimator.WeightingCriteria.TfIdf;

    private readonly IntentTrainerOptions _options = options ?? new IntentTrainerOptions();

    /// <summary>The options this trainer uses.</summary>
    public IntentTrainerOptions Options => _options;

    /// <summary>12 hex digits of the SHA-256 of the examples and the training recipe: equal versions mean an equal model.</summary>
    public string VersionOf(IEnumerable<IntentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var canonical = new StringBuilder()
            .Append(Recipe).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{_options.Learner};{_options.L2Regularization:R};{_options.Seed}\n");
        foreach (var example in examples.OrderBy(e => e.Intent, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal))
        {
            canonical.Append(example.Intent).Append('\t').Append(example.Text).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>Trains on the whole training set.</summary>
    public IntentModel Train(TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Train(set.Examples);
    }

    /// <summary>Trains on the given examples (the evaluator passes subsets).</summary>
    public IntentModel Train(IReadOnlyList<IntentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Select(e => e.Intent).Distinct().Count() < 2)
        {
            throw new ArgumentException("Training needs examples of at least two intents.", nameof(examples));
        }

        var stopwatch = Stopwatch.StartNew();
        var ml = new MLContext(seed: _options.Seed);
        var rows = examples.Select(e => new IntentInput { Text = IntentText.Normalize(e.Text), Label = e.Intent }).ToArray();
        var data = ml.Data.LoadFromEnumerable(rows);
        var transformer = BuildPipeline(ml).Fit(data);
        stopwatch.Stop();

        var intents = IntentModel.IntentsInScoreOrder(transformer, data.Schema);
        var manifest = new IntentModelManifest(
            VersionOf(examples),
            time.GetUtcNow(),
            intents,
            examples.Count,
            Math.Round(stopwatch.Elapsed.TotalSeconds, 3),
            _options.Learner.ToString());
        return new IntentModel(ml, transformer, data.Schema, manifest);
    }

    private IEstimator<ITransformer> BuildPipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Words", TextOptions(words: 2, chars: 0), nameof(IntentInput.Text)))
            // Character n-grams carry typos ("dresss", "retrun") to the right intent; 3 and 4 only, shorter ones match almost anything.
            .Append(ml.Transforms.Text.FeaturizeText("Chars3", TextOptions(words: 0, chars: 3), nameof(IntentInput.Text)))
            .Append(ml.Transforms.Text.FeaturizeText("Chars4", TextOptions(words: 0, chars: 4), nameof(IntentInput.Text)))
            .Append(ml.Transforms.Concatenate("Features", "Words", "Chars3", "Chars4"))
            .AppendCacheCheckpoint(ml)
            .Append(Learner(ml));

    private IEstimator<ITransformer> Learner(MLContext ml) => _options.Learner switch
    {
        // One thread for both: parallel updates depend on scheduling, which would make retraining non-deterministic.
        IntentLearner.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, L2Regularization = _options.L2Regularization }),
        IntentLearner.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, L2Regularization = _options.L2Regularization, L1Regularization = 0 }),
        _ => throw new ArgumentOutOfRangeException(nameof(ml), _options.Learner, "Unknown intent learner."),
    };

    private static TextFeaturizingEstimator.Options TextOptions(int words, int chars) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        // IntentText.Normalize has already removed punctuation; what is left (£, %) is meaningful.
        KeepPunctuations = true,
        KeepNumbers = true,
        // TF-IDF rather than raw counts: words every intent uses ("i", "the", "please") stop drowning out the telling ones.
        WordFeatureExtractor = words > 0 ? new WordBagEstimator.Options { NgramLength = words, UseAllLengths = true, Weighting = TfIdf } : null,
        CharFeatureExtractor = chars > 0 ? new WordBagEstimator.Options { NgramLength = chars, UseAllLengths = false, Weighting = TfIdf } : null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
