using System.Text.Json;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Improvement;

/// <summary>One promotion of an intent model: the version, when, how many operator labels it learned from, and its held-out figures.</summary>
public sealed record PromotedModel(
    string Version, DateTimeOffset PromotedAt, int LabelCount, double ActedAccuracy, double WrongActions, string PromotedBy);

/// <summary>
/// The register of promoted intent models in the models folder (<c>promoted.json</c>, newest last) and the operator
/// labels each was trained on (<c>labels-{version}.yaml</c>, in the <c>training/intents</c> shape). The model files
/// themselves stay beside it, keyed by version, so a rollback loads the previous one instead of retraining it.
/// No promotion means the model trained from the shipped data alone.
/// </summary>
public sealed class ModelVersions(string modelsFolder)
{
    public const string RegisterFile = "promoted.json";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly Lock _writing = new();

    public string ModelsFolder { get; } = modelsFolder;

    public string RegisterPath => Path.Combine(ModelsFolder, RegisterFile);

    /// <summary>Promotions, oldest first; the last is the model in use.</summary>
    public IReadOnlyList<PromotedModel> History()
    {
        if (!File.Exists(RegisterPath)) return [];
        try
        {
            using var stream = File.OpenRead(RegisterPath);
            return JsonSerializer.Deserialize<List<PromotedModel>>(stream, JsonOptions) ?? [];
        }
        catch (JsonException)
        {
            // A damaged register falls back to the shipped model rather than stopping the assistant.
            return [];
        }
    }

    public PromotedModel? Current => History() is [.., var last] ? last : null;

    /// <summary>The shipped training data plus the labels the current promoted model learned (none without a promotion).</summary>
    public TrainingSet CurrentTrainingSet(string trainingFolder)
    {
        var shipped = TrainingSet.Load(trainingFolder);
        return Current is { } current ? LabelledTrainingSet.Combine(shipped, LabelsOf(current.Version)).Set : shipped;
    }

    public IReadOnlyList<IntentExample> LabelsOf(string version)
    {
        var path = LabelsPath(version);
        return File.Exists(path) ? IntentLabelsYaml.Read(path) : [];
    }

    /// <summary>Records a promotion; the labels file is written first, so the register never names a version without them.</summary>
    public void Promote(PromotedModel model, IReadOnlyList<IntentExample> labels)
    {
        lock (_writing)
        {
            Directory.CreateDirectory(ModelsFolder);
            IntentModelStore.WriteAtomically(LabelsPath(model.Version), stream => IntentLabelsYaml.Write(stream, labels));
            Write([.. History(), model]);
        }
    }

    /// <summary>Drops the current promotion; returns the one now in use, or null for the shipped model. False when there was none.</summary>
    public bool TryRollback(out PromotedModel? now)
    {
        lock (_writing)
        {
            var history = History();
            now = null;
            if (history.Count == 0) return false;
            Write([.. history.Take(history.Count - 1)]);
            now = history.Count > 1 ? history[^2] : null;
            return true;
        }
    }

    private string LabelsPath(string version) => Path.Combine(ModelsFolder, $"labels-{version}.yaml");

    private void Write(IReadOnlyList<PromotedModel> history) =>
        IntentModelStore.WriteAtomically(RegisterPath, stream => JsonSerializer.Serialize(stream, history, JsonOptions));
}
