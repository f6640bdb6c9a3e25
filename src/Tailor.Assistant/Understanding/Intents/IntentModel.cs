using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>A trained intent classifier; safe to call <see cref="Predict"/> from many threads at once.</summary>
public sealed class IntentModel : IDisposable
{
    private const int TopCount = 3;

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly string[] _intents;

    // A PredictionEngine is not thread-safe but is costly to build, so each concurrent caller borrows one.
    private readonly ConcurrentBag<PredictionEngine<IntentInput, IntentOutput>> _engines = [];

    internal IntentModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, IntentModelManifest manifest)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        Manifest = manifest;
        _intents = [.. manifest.Intents];

        _engines.Add(CreateEngine());

        // One prediction up front pays the JIT and lazy-init cost (~70 ms) here rather than on a shopper's first message.
        Predict("warm up, where is my order");
    }

    /// <summary>What the model was trained from, and when.</summary>
    public IntentModelManifest Manifest { get; }

    /// <summary>The model version (see <see cref="IntentModelManifest.Version"/>).</summary>
    public string Version => Manifest.Version;

    /// <summary>The intents the model can predict.</summary>
    public IReadOnlyList<string> Intents => _intents;

    /// <summary>Classifies one shopper message.</summary>
    public IntentPrediction Predict(string text) => PredictionFrom(Scores(text));

    /// <summary>The probability of every intent, in the order of <see cref="Intents"/>.</summary>
    public float[] Scores(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Score(text);
    }

    /// <summary>The prediction a score vector (in the order of <see cref="Intents"/>) makes.</summary>
    public IntentPrediction PredictionFrom(IReadOnlyList<float> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var top = TopScores(scores);
        return new IntentPrediction(top[0].Intent, top[0].Confidence, top);
    }

    /// <summary>Writes the ML.NET model (pipeline and weights) as a zip.</summary>
    public void Save(Stream stream) => _ml.Model.Save(_transformer, _inputSchema, stream);

    /// <summary>Reads a model written by <see cref="Save"/>; the manifest must describe the same intents.</summary>
    public static IntentModel Load(Stream stream, IntentModelManifest manifest)
    {
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(stream, out var inputSchema);
        var intents = IntentsInScoreOrder(transformer, inputSchema);
        if (!intents.SequenceEqual(manifest.Intents, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"The intent model {manifest.Version} does not match its manifest's intents.");
        }

        return new IntentModel(ml, transformer, inputSchema, manifest);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_engines.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    /// <summary>The intent names in the order of the model's score vector, read from the label's key values.</summary>
    internal static IReadOnlyList<string> IntentsInScoreOrder(ITransformer transformer, DataViewSchema inputSchema)
    {
        var label = transformer.GetOutputSchema(inputSchema)["Label"];
        VBuffer<ReadOnlyMemory<char>> keys = default;
        label.GetKeyValues(ref keys);
        return keys.DenseValues().Select(k => k.ToString()).ToArray();
    }

    private float[] Score(string text)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = CreateEngine();
        }

        try
        {
            return engine.Predict(new IntentInput { Text = IntentText.Normalize(text) }).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private IntentScore[] TopScores(IReadOnlyList<float> scores)
    {
        var count = Math.Min(TopCount, scores.Count);
        var best = new int[count];
        var filled = 0;
        // One insertion pass keeping only the best three: sorting every intent would be waste.
        for (var i = 0; i < scores.Count; i++)
        {
            var position = filled;
            while (position > 0 && scores[best[position - 1]] < scores[i])
            {
                if (position < count)
                {
                    best[position] = best[position - 1];
                }

                position--;
            }

            if (position < count)
            {
                best[position] = i;
                filled = Math.Min(filled + 1, count);
            }
        }

        return [.. best.Select(i => new IntentScore(_intents[i], scores[i]))];
    }

    private PredictionEngine<IntentInput, IntentOutput> CreateEngine() =>
        _ml.Model.CreatePredictionEngine<IntentInput, IntentOutput>(_transformer, _inputSchema);
}
