using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Intents;

public sealed class IntentModelStoreTests : IDisposable
{
    // Small on purpose: these tests are about versions and files, not accuracy.
    private const string TinyTrainingFile = """
        intents:
          - name: greeting
            description: says hello
            examples: [hi, hello, hey there, good morning, hiya]
          - name: track_order
            description: asks where an order is
            examples: [where is my order, track my parcel, has my order shipped, order status, where is my delivery]
          - name: thanks
            description: says thanks
            examples: [thanks, thank you, cheers, much appreciated, ta]
        """;

    private readonly TemporaryFolder _training = new();
    private readonly TemporaryFolder _models = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));
    private readonly IntentModelStore _store;

    public IntentModelStoreTests()
    {
        _training.Write("tiny.yaml", TinyTrainingFile);
        _store = new IntentModelStore(new IntentModelTrainer(_time));
    }

    public void Dispose()
    {
        _training.Dispose();
        _models.Dispose();
    }

    [Fact]
    public void First_run_trains_and_saves_a_versioned_zip_and_manifest()
    {
        using var model = _store.LoadOrTrain(_models.Path, _training.Path);

        Assert.True(File.Exists(Path.Combine(_models.Path, $"intents-{model.Version}.zip")));
        var manifest = File.ReadAllText(Path.Combine(_models.Path, $"intents-{model.Version}.json"));
        Assert.Contains(model.Version, manifest);
        Assert.Contains("track_order", manifest);
        Assert.Equal(_time.GetUtcNow(), model.Manifest.CreatedAt);
        Assert.Equal(15, model.Manifest.ExampleCount);
    }

    [Fact]
    public void Next_run_loads_the_saved_model_instead_of_training_again()
    {
        using var first = _store.LoadOrTrain(_models.Path, _training.Path);
        _time.Advance(TimeSpan.FromHours(1));

        using var second = _store.LoadOrTrain(_models.Path, _training.Path);

        Assert.Equal(first.Version, second.Version);
        // A retrained model would carry the advanced clock; the loaded one keeps the first run's time.
        Assert.Equal(first.Manifest.CreatedAt, second.Manifest.CreatedAt);
        Assert.Equal(first.Predict("where's my parcel").TopIntents, second.Predict("where's my parcel").TopIntents);
    }

    [Fact]
    public void Changed_training_data_gets_a_new_version_and_a_new_model()
    {
        using var before = _store.LoadOrTrain(_models.Path, _training.Path);
        _training.Write("tiny.yaml", TinyTrainingFile.Replace("much appreciated", "many thanks"));

        using var after = _store.LoadOrTrain(_models.Path, _training.Path);

        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(2, Directory.GetFiles(_models.Path, "intents-*.zip").Length);
    }

    [Fact]
    public void Comments_and_descriptions_do_not_change_the_version()
    {
        var trainer = new IntentModelTrainer(_time);
        var before = trainer.VersionOf(TrainingSet.Load(_training.Path).Examples);
        _training.Write("tiny.yaml", "# a comment\n" + TinyTrainingFile.Replace("says hello", "greets the assistant"));

        var after = trainer.VersionOf(TrainingSet.Load(_training.Path).Examples);

        Assert.Equal(before, after);
    }

    [Fact]
    public void A_different_learner_gets_a_different_version()
    {
        var examples = TrainingSet.Load(_training.Path).Examples;

        var lbfgs = new IntentModelTrainer(_time, new IntentTrainerOptions(IntentLearner.LbfgsMaximumEntropy)).VersionOf(examples);
        var sdca = new IntentModelTrainer(_time, new IntentTrainerOptions(IntentLearner.SdcaMaximumEntropy)).VersionOf(examples);

        Assert.NotEqual(lbfgs, sdca);
    }

    [Fact]
    public void A_damaged_model_file_is_retrained_rather_than_failing()
    {
        using var first = _store.LoadOrTrain(_models.Path, _training.Path);
        File.WriteAllText(Path.Combine(_models.Path, $"intents-{first.Version}.zip"), "not a zip");

        using var second = _store.LoadOrTrain(_models.Path, _training.Path);

        Assert.Equal(first.Version, second.Version);
        Assert.Equal("track_order", second.Predict("where is my order").Intent);
    }
}
