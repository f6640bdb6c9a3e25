using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Improvement;

/// <summary>Finds the held-out intent set retraining is judged on: never trained on, written apart from the training data.</summary>
public static class HeldOutSet
{
    /// <summary>training/eval/intents-heldout.yaml when a store ships one, else the repository's bench/understanding/intents-heldout.yaml.</summary>
    public static string Find(string trainingFolder)
    {
        var training = Path.GetDirectoryName(Path.GetFullPath(trainingFolder))!;
        string[] candidates =
        [
            Path.Combine(training, "eval", "intents-heldout.yaml"),
            Path.Combine(Path.GetDirectoryName(training)!, "bench", "understanding", "intents-heldout.yaml"),
        ];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No held-out intent set: looked for {string.Join(" and ", candidates)}.");
    }
}
