using System.Text.Json;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>
/// Keeps trained intent models on disk as <c>intents-{version}.zip</c> plus <c>intents-{version}.json</c>,
/// so the app trains once per change of the training data and loads the saved model otherwise.
/// </summary>
public sealed class IntentModelStore(IntentModelTrainer trainer)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Loads the model matching the current training data from <paramref name="modelsFolder"/>, or trains and saves it.</summary>
    public IntentModel LoadOrTrain(string modelsFolder, string trainingFolder)
    {
        var set = TrainingSet.Load(trainingFolder);
        var version = trainer.VersionOf(set.Examples);
        return TryLoad(modelsFolder, version) ?? TrainAndSave(modelsFolder, set);
    }

    /// <summary>Trains on <paramref name="set"/> and saves the model, replacing any saved model of the same version.</summary>
    public IntentModel TrainAndSave(string modelsFolder, TrainingSet set)
    {
        var model = trainer.Train(set);
        Save(modelsFolder, model);
        return model;
    }

    /// <summary>Writes the model zip and its manifest; each file is written aside and moved in, so a reader never sees half a file.</summary>
    public static void Save(string modelsFolder, IntentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(modelsFolder);
        var (zipPath, manifestPath) = PathsOf(modelsFolder, model.Version);
        WriteAtomically(zipPath, model.Save);
        WriteAtomically(manifestPath, stream => JsonSerializer.Serialize(stream, model.Manifest, JsonOptions));
    }

    /// <summary>The saved model of this version, or null when there is none (or it cannot be read, so it will be retrained).</summary>
    public static IntentModel? TryLoad(string modelsFolder, string version)
    {
        var (zipPath, manifestPath) = PathsOf(modelsFolder, version);
        if (!File.Exists(zipPath) || !File.Exists(manifestPath))
        {
            return null;
        }

        try
        {
            IntentModelManifest? manifest;
            using (var manifestStream = File.OpenRead(manifestPath))
            {
                manifest = JsonSerializer.Deserialize<IntentModelManifest>(manifestStream, JsonOptions);
            }

            if (manifest is null || manifest.Version != version)
            {
                return null;
            }

            using var zip = File.OpenRead(zipPath);
            return IntentModel.Load(zip, manifest);
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            // A damaged or foreign file is not fatal: training again rebuilds it.
            return null;
        }
    }

    private static (string Zip, string Manifest) PathsOf(string modelsFolder, string version) =>
        (Path.Combine(modelsFolder, $"intents-{version}.zip"), Path.Combine(modelsFolder, $"intents-{version}.json"));

    internal static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
