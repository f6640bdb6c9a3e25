using Tailor.Assistant.Understanding.Embeddings;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>
/// The intent classifier the understander uses: the n-gram model, and when the sentence encoder is on, the nearest
/// training examples blended in (<see cref="IntentBlend"/>). A message the n-gram model is already very sure of
/// skips the encoder, which costs more than the whole rest of a turn.
/// </summary>
public sealed class IntentClassifier : IDisposable
{
    private readonly ITextEncoder _encoder;
    private readonly ExampleVectors? _vectors;

    public IntentClassifier(IntentModel model, ITextEncoder encoder, ExampleVectors? vectors, IntentBlend? blend, IntentRisk? risk = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(encoder);
        if (vectors is not null && !vectors.Intents.SequenceEqual(model.Intents, StringComparer.Ordinal))
            throw new ArgumentException("The example vectors and the intent model list different intents.", nameof(vectors));
        Model = model;
        _encoder = encoder;
        _vectors = vectors;
        Blend = blend;
        Risk = risk ?? IntentRisk.Default;
    }

    /// <summary>Which intents only answer a question, and so act on the two models agreeing at a lower confidence.</summary>
    public IntentRisk Risk { get; }

    /// <summary>The n-gram model; alone it is the whole classifier when the encoder is off.</summary>
    public IntentModel Model { get; }

    /// <summary>The calibrated blend, or null when the encoder is off.</summary>
    public IntentBlend? Blend { get; }

    /// <summary>True when predictions may consult the encoder.</summary>
    public bool UsesEncoder => Blend is not null && _vectors is not null && _encoder.IsAvailable;

    /// <summary>The calibrated act threshold of the blend, or null: then the configured one applies.</summary>
    public double? ActThreshold => UsesEncoder ? Blend!.ActThreshold : null;

    /// <summary>Classifies one shopper message.</summary>
    public IntentPrediction Predict(string text) => Classify(text).Prediction;

    /// <summary>Classifies one message and says whether the encoder was consulted.</summary>
    public (IntentPrediction Prediction, bool Encoded) Classify(string text)
    {
        var scores = Model.Scores(text);
        if (!UsesEncoder || scores.Max() >= Blend!.SkipEncoderAbove) return (Model.PredictionFrom(scores), false);

        var neighbours = _vectors!.Nearest(_encoder.Encode(text), Blend.Neighbours);
        var combined = Blend.Combine(scores, Blend.Vote(neighbours, scores.Length)).Select(p => (float)p).ToArray();
        var prediction = Model.PredictionFrom(combined);
        var ngram = Model.PredictionFrom(scores);
        // Agreement of the two models is counted as acting in the threshold's fit; it lifts to the threshold as an entity does.
        // For an intent that only answers a question, agreement acts from the n-gram model's own threshold (see IntentRisk).
        return ngram.Intent == prediction.Intent && ngram.Confidence >= Risk.AgreementFor(prediction.Intent, Blend.AgreementAbove)
            && prediction.Confidence < Blend.ActThreshold
            ? (prediction with { Confidence = (float)Blend.ActThreshold, TopIntents = [prediction.TopIntents[0] with { Confidence = (float)Blend.ActThreshold }, .. prediction.TopIntents.Skip(1)] }, true)
            : (prediction, true);
    }

    public void Dispose() => Model.Dispose();
}
