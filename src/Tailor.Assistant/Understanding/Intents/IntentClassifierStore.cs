using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tailor.Assistant.Understanding.Embeddings;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>
/// Loads or builds the whole intent classifier: the n-gram model (<see cref="IntentModelStore"/>), and with the
/// encoder on, the training examples' vectors and the fitted blend, saved beside the model as
/// <c>intents-{version}.vectors-{encoder}.bin</c> and <c>intents-{version}.blend-{encoder}.json</c>, so a change of
/// training data or of encoder rebuilds them and nothing else does.
/// </summary>
public sealed class IntentClassifierStore(IntentModelTrainer trainer, ITextEncoder encoder, IntentCalibratorOptions? calibration = null)
{
    private const int EncodeChunk = 64;
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly IntentCalibrator _calibrator = new(trainer, calibration);

    /// <summary>Seconds the last <see cref="LoadOrTrain(string, TrainingSet)"/> spent building what was missing (0 when all was saved).</summary>
    public double LastBuildSeconds { get; private set; }

    public IntentClassifier LoadOrTrain(string modelsFolder, string trainingFolder) => LoadOrTrain(modelsFolder, TrainingSet.Load(trainingFolder));

    public IntentClassifier LoadOrTrain(string modelsFolder, TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var stopwatch = Stopwatch.StartNew();
        var version = trainer.VersionOf(set.Examples);
        var model = IntentModelStore.TryLoad(modelsFolder, version);
        if (!encoder.IsAvailable)
        {
            model ??= Saved(modelsFolder, trainer.Train(set));
            LastBuildSeconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 1);
            return new IntentClassifier(model, encoder, null, null);
        }

        var (vectorsPath, blendPath) = PathsOf(modelsFolder, version);
        var vectors = TryRead(vectorsPath, ExampleVectors.Load);
        var blend = TryRead(blendPath, stream => JsonSerializer.Deserialize<IntentBlend>(stream, JsonOptions));
        if (model is not null && vectors is not null && blend is not null && vectors.Intents.SequenceEqual(model.Intents))
        {
            LastBuildSeconds = 0;
            return new IntentClassifier(model, encoder, vectors, blend);
        }

        // Encoding (one core) and n-gram training (the other) overlap: together they are most of the first-run cost.
        var folds = _calibrator.FoldsOf(set.Examples);
        var encoding = Task.Run(() => Encode(set.Examples));
        var training = Task.Run(() =>
        {
            var full = model ?? Saved(modelsFolder, trainer.Train(set));
            return (Model: full, Ngram: _calibrator.OutOfFoldNgram(set.Examples, folds, full.Intents, CancellationToken.None));
        });
        var matrix = encoding.GetAwaiter().GetResult();
        var (trained, ngram) = training.GetAwaiter().GetResult();

        var intentIndex = trained.Intents.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        vectors = new ExampleVectors(trained.Intents, [.. set.Examples.Select(e => intentIndex[e.Intent])], matrix, encoder.Dimensions);
        blend = _calibrator.Fit(IntentCalibrator.Join(ngram, folds, vectors));
        Directory.CreateDirectory(modelsFolder);
        IntentModelStore.WriteAtomically(vectorsPath, vectors.Save);
        IntentModelStore.WriteAtomically(blendPath, stream => JsonSerializer.Serialize(stream, blend, JsonOptions));
        LastBuildSeconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 1);
        return new IntentClassifier(trained, encoder, vectors, blend);
    }

    private float[] Encode(IReadOnlyList<IntentExample> examples)
    {
        var matrix = new float[examples.Count * encoder.Dimensions];
        for (var start = 0; start < examples.Count; start += EncodeChunk)
        {
            var chunk = examples.Skip(start).Take(EncodeChunk).Select(e => e.Text).ToArray();
            var encoded = encoder.EncodeBatch(chunk, CancellationToken.None);
            for (var i = 0; i < encoded.Length; i++) encoded[i].CopyTo(matrix, (start + i) * encoder.Dimensions);
        }

        return matrix;
    }

    private static IntentModel Saved(string modelsFolder, IntentModel model)
    {
        IntentModelStore.Save(modelsFolder, model);
        return model;
    }

    private (string Vectors, string Blend) PathsOf(string modelsFolder, string version)
    {
        // The encoder's version is part of both names (vectors of another encoder mean nothing to this one), and the
        // calibration settings part of the blend's.
        var key = Hash(encoder.ModelVersion);
        var blendKey = Hash($"{encoder.ModelVersion}\n{IntentCalibrator.Recipe}\n{_calibrator.Options}");
        return (Path.Combine(modelsFolder, $"intents-{version}.vectors-{key}.bin"), Path.Combine(modelsFolder, $"intents-{version}.blend-{blendKey}.json"));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    private static T? TryRead<T>(string path, Func<Stream, T?> read) where T : class
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            return read(stream);
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or EndOfStreamException)
        {
            // A damaged file is rebuilt, as a damaged model is retrained.
            return null;
        }
    }
}
