namespace Tailor.Assistant.Improvement;

/// <summary>Finds the held-out intent set retraining is judged on: never trained on, written apart from the training data.</summary>
public static class HeldOutSet
{
    private const string ShippedName = "intents-heldout.yaml";

    /// <summary>
    /// training/eval/intents-heldout.yaml when a store ships one, else the repository's bench/understanding/intents-heldout.yaml,
    /// looked for above the training folder, the working directory and the app: bin folders hold a copy of training/, not of bench/.
    /// </summary>
    public static string Find(string trainingFolder)
    {
        var training = Path.GetDirectoryName(Path.GetFullPath(trainingFolder))!;
        var shipped = Path.Combine(training, "eval", ShippedName);
        if (File.Exists(shipped)) return shipped;
        foreach (var start in new[] { training, Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "bench", "understanding", ShippedName);
                if (File.Exists(candidate)) return candidate;
            }

        throw new FileNotFoundException(
            $"No held-out intent set: put one at {shipped} (utterances: [{{ text, intent, register }}]) or pass --eval.", shipped);
    }
}
