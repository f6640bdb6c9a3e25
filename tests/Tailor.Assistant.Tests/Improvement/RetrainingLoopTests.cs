using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tailor.Assistant.Improvement;
using Tailor.Assistant.Tests.Intents;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Intents;
using YamlDotNet.Serialization;

namespace Tailor.Assistant.Tests.Improvement;

/// <summary>
/// The improvement loop end to end on a small store's intents (the n-gram model alone, so it trains in seconds):
/// an operator's labels are learned and promoted, a worse candidate is refused, and a rollback restores the model.
/// </summary>
public sealed class RetrainingLoopTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Improvement", "Fixtures");
    private static readonly string Training = Path.Combine(Fixtures, "training", "intents");
    private static readonly string HeldOut = Path.Combine(Fixtures, "heldout.yaml");

    private readonly TemporaryFolder _models = new();
    private readonly IntentClassifierStore _store = new(new IntentModelTrainer(TimeProvider.System), new NoTextEncoder());
    private readonly ModelVersions _versions;
    private readonly IntentRetrainer _retrainer;

    public RetrainingLoopTests()
    {
        _versions = new ModelVersions(_models.Path);
        _retrainer = new IntentRetrainer(_store, _versions, new UnderstandingOptions(), TimeProvider.System);
    }

    [Fact]
    public void A_labelled_message_is_learned_and_promoted_a_worse_candidate_is_refused_and_rollback_restores_the_model()
    {
        var (right, wrong) = Labels();
        var shipped = _store.LoadOrTrain(_models.Path, _versions.CurrentTrainingSet(Training));
        var live = new LiveIntentClassifier(shipped);
        var taught = right[0];
        Assert.NotEqual(taught.Intent, shipped.Predict(taught.Text).Intent);

        var learned = _retrainer.Retrain(live.Current, right, Training, HeldOut, "olga");
        Assert.True(learned.Report.Promoted, learned.Report.ToMarkdown());
        live.Swap(learned.Promoted!);
        Assert.Equal(taught.Intent, live.Current.Predict(taught.Text).Intent);
        Assert.Equal(right.Count, learned.Report.LabelsRightAfter);
        Assert.Equal(learned.Report.CandidateVersion, _versions.Current!.Version);
        Assert.Equal(right.Count, _versions.LabelsOf(_versions.Current.Version).Count);

        var worse = _retrainer.Retrain(live.Current, [.. right, .. wrong], Training, HeldOut, "olga");
        Assert.False(worse.Report.Promoted, worse.Report.ToMarkdown());
        Assert.Null(worse.Promoted);
        Assert.True(worse.Report.After.WrongActions > worse.Report.Before.WrongActions || worse.Report.After.ActedAccuracy < worse.Report.Before.ActedAccuracy);
        Assert.Single(_versions.History());
        Assert.Equal(learned.Report.CandidateVersion, live.Current.Model.Version);

        var promotions = new ModelPromotions(live, _retrainer, _versions, _store, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System, NullLogger<ModelPromotions>.Instance);
        var now = promotions.Rollback(Training, out var rolledBack);
        Assert.True(rolledBack);
        Assert.Null(now);
        Assert.Equal(shipped.Model.Version, live.Current.Model.Version);
        Assert.NotEqual(taught.Intent, live.Current.Predict(taught.Text).Intent);
        promotions.Rollback(Training, out var again);
        Assert.False(again);
    }

    [Fact]
    public void A_label_with_the_words_of_a_held_out_message_is_never_trained_on()
    {
        var shipped = TrainingSet.Load(Training);
        var combined = LabelledTrainingSet.Combine(shipped,
            [new IntentExample("track_order", "Where has my order got to?"), new IntentExample("track_order", "my parcel went astray"), new IntentExample("make_tea", "tea please")],
            EvaluationSet.Load(HeldOut).Select(u => u.Text));

        Assert.Equal((1, 1, 1), (combined.Used.Count, combined.HeldOut, combined.UnknownIntent));
        Assert.Equal(shipped.Examples.Count + 1, combined.Set.Examples.Count);
    }

    [Fact]
    public void Labels_are_written_in_the_training_file_shape_and_read_back()
    {
        IReadOnlyList<IntentExample> labels = [new("track_order", "my parcel went astray"), new("start_return", "take these back")];
        var file = _models.Write("labels.yaml", IntentLabelsYaml.ToYaml(labels));

        Assert.Equal(labels.OrderBy(l => l.Intent), IntentLabelsYaml.Read(file).OrderBy(l => l.Intent));
    }

    private static (IReadOnlyList<IntentExample> Right, IReadOnlyList<IntentExample> Wrong) Labels()
    {
        var file = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<Dictionary<string, string>>>>(File.ReadAllText(Path.Combine(Fixtures, "labels.yaml")));
        IReadOnlyList<IntentExample> Of(string key) => [.. file[key].Select(l => new IntentExample(l["intent"], l["text"]))];
        return (Of("right"), Of("wrong"));
    }

    public void Dispose() => _models.Dispose();
}
