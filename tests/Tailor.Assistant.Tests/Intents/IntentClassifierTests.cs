using Xunit.Abstractions;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Intents;

/// <summary>The blended classifier built (or loaded) once from the repository's training data.</summary>
public sealed class BlendedClassifier : IDisposable
{
    public BlendedClassifier()
    {
        // Keyed by the training data, encoder and calibration: one folder serves every run until one of them changes.
        Folder = Path.Combine(Path.GetTempPath(), "tailor-intent-classifier-tests", "models");
        Store = new IntentClassifierStore(new IntentModelTrainer(TimeProvider.System), new MiniLmTextEncoder(new TextEncoderOptions()));
        Classifier = Store.LoadOrTrain(Folder, TrainingData.FindFolder());
    }

    public string Folder { get; }

    public IntentClassifierStore Store { get; }

    public IntentClassifier Classifier { get; }

    public void Dispose() => Classifier.Dispose();
}

public sealed class IntentClassifierTests(BlendedClassifier blended, ITestOutputHelper output) : IClassFixture<BlendedClassifier>
{
    private readonly double _ngramAct = new UnderstandingOptions().ActThreshold;

    [Theory]
    [InlineData("still nothing on my doorstep after 12 days, whats going on", "track_order")]
    public void A_paraphrase_the_ngram_model_is_unsure_of_is_acted_on_rightly(string text, string intent)
    {
        var ngram = blended.Classifier.Model.Predict(text);
        var (prediction, encoded) = blended.Classifier.Classify(text);
        output.WriteLine($"n-gram {ngram.Intent} {ngram.Confidence:0.00}; blend {prediction.Intent} {prediction.Confidence:0.00} (act ≥ {blended.Classifier.ActThreshold:0.00}), encoded {encoded}");

        Assert.True(encoded);
        Assert.Equal(intent, prediction.Intent);
        Assert.True(prediction.Confidence >= blended.Classifier.ActThreshold);
    }

    [Fact]
    public void A_paraphrase_the_blend_is_less_sure_of_is_asked_about_with_the_right_intent_first()
    {
        const string text = "can i chat to an actual human being rather than you";
        var ngram = blended.Classifier.Model.Predict(text);
        var prediction = blended.Classifier.Predict(text);
        output.WriteLine($"n-gram {ngram.Intent} {ngram.Confidence:0.00}; blend {prediction.Intent} {prediction.Confidence:0.00}");

        Assert.Equal("request_human", prediction.Intent);
        Assert.InRange(prediction.Confidence, new UnderstandingOptions().ClarifyThreshold, blended.Classifier.ActThreshold!.Value);
        Assert.True(prediction.Confidence > ngram.Confidence);
    }

    [Theory]
    [InlineData("what torque should the wheel nuts on a tractor be tightened to")]
    [InlineData("explain the difference between mitosis and meiosis")]
    public void An_unrelated_message_is_not_acted_on_as_a_shop_request(string text)
    {
        var prediction = blended.Classifier.Predict(text);
        output.WriteLine($"{prediction.Intent} {prediction.Confidence:0.00}");

        Assert.True(prediction.Intent == "out_of_scope" || prediction.Confidence < blended.Classifier.ActThreshold);
    }

    [Fact]
    public void The_act_threshold_is_chosen_for_the_wrong_action_budget_out_of_fold()
    {
        var blend = blended.Classifier.Blend!;
        output.WriteLine($"{blend}");

        Assert.InRange(blend.OutOfFold.ActedWrong, 0, new IntentCalibratorOptions().WrongActionBudget);
        Assert.True(blend.OutOfFold.BlendLogLoss < blend.OutOfFold.NgramLogLoss, "the blend should fit held-back examples better than the n-gram model alone");
        Assert.True(blend.SkipEncoderAbove >= blend.ActThreshold, "a message that skips the encoder must be acted on");
    }

    [Fact]
    public void With_the_encoder_off_the_ngram_model_works_alone_at_the_configured_thresholds()
    {
        var store = new IntentClassifierStore(new IntentModelTrainer(TimeProvider.System), new NoTextEncoder());
        using var classifier = store.LoadOrTrain(blended.Folder, TrainingData.FindFolder());

        Assert.False(classifier.UsesEncoder);
        Assert.Null(classifier.ActThreshold);
        var prediction = classifier.Predict("where is my parcel");
        Assert.Equal("track_order", prediction.Intent);
        Assert.True(prediction.Confidence >= _ngramAct);
        Assert.Equal(blended.Classifier.Model.Predict("where is my parcel"), prediction, new PredictionComparer());
    }

    [Fact]
    public void A_saved_classifier_loads_without_rebuilding_and_predicts_the_same()
    {
        using var folder = new TemporaryFolder();
        var encoder = new MiniLmTextEncoder(new TextEncoderOptions());
        var trainer = new IntentModelTrainer(TimeProvider.System);
        // Copying the saved files stands in for a first run; the store must accept them as they are.
        foreach (var file in Directory.GetFiles(blended.Folder, $"intents-{blended.Classifier.Model.Version}*"))
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        var store = new IntentClassifierStore(trainer, encoder);

        using var loaded = store.LoadOrTrain(folder.Path, TrainingData.FindFolder());

        Assert.Equal(0, store.LastBuildSeconds);
        Assert.Equal(blended.Classifier.Blend, loaded.Blend);
        foreach (var text in new[] { "could you help me find a blouse?", "the zip broke after one wear", "cancel my newsletter" })
            Assert.Equal(blended.Classifier.Predict(text), loaded.Predict(text), new PredictionComparer());
    }

    [Fact]
    public void Example_vectors_survive_a_round_trip_through_their_file()
    {
        var vectors = new ExampleVectors(["a", "b"], [0, 1, 1], [1, 0, 0, 1, 0.6f, 0.8f], 2);
        using var stream = new MemoryStream();
        vectors.Save(stream);
        stream.Position = 0;

        var loaded = ExampleVectors.Load(stream);

        Assert.Equal(vectors.Labels, loaded.Labels);
        Assert.Equal([new Neighbour(1, 1f), new Neighbour(1, 0.8f)], loaded.Nearest([0f, 1f], 2));
        Assert.Equal([new Neighbour(0, 1f)], loaded.Nearest([1f, 0f], 1));
    }

    private sealed class PredictionComparer : IEqualityComparer<IntentPrediction>
    {
        public bool Equals(IntentPrediction? x, IntentPrediction? y) =>
            x is not null && y is not null && x.Intent == y.Intent && Math.Abs(x.Confidence - y.Confidence) < 1e-5;

        public int GetHashCode(IntentPrediction obj) => obj.Intent.GetHashCode(StringComparison.Ordinal);
    }
}
