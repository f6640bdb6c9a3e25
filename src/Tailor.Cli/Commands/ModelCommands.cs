using System.CommandLine;
using System.Diagnostics;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Cli.Commands;

/// <summary>`tailor train` and `tailor eval`: the intent model from training/intents/*.yaml.</summary>
internal static class ModelCommands
{
    private static readonly Option<string?> ModelsOption = new("--models") { Description = "Folder for trained models (default: data/models)." };

    public static Command Train()
    {
        var command = new Command("train", "Train the intent model from training/intents and save it with its version.") { ModelsOption };
        command.SetAction(parse =>
        {
            var folder = ModelsFolder(parse);
            var clock = Stopwatch.StartNew();
            using var model = new IntentModelStore(new IntentModelTrainer(TimeProvider.System))
                .TrainAndSave(folder, TrainingSet.Load(TrainingData.FindFolder()));
            Console.WriteLine($"Intent model {model.Version}: {model.Intents.Count} intents, {model.Manifest.ExampleCount} examples, " +
                $"trained in {model.Manifest.TrainingSeconds:0.0} s, saved to {folder} ({clock.Elapsed.TotalSeconds:0.0} s in all).");
            return 0;
        });
        return command;
    }

    public static Command Evaluate()
    {
        var command = new Command("eval", "Held-out and cross-validated accuracy and macro-F1 of the intent model, per intent and worst confusions.");
        command.SetAction(_ =>
        {
            var evaluation = new IntentEvaluator(new IntentModelTrainer(TimeProvider.System)).Evaluate(TrainingSet.Load(TrainingData.FindFolder()));
            Console.WriteLine(evaluation.ToMarkdown());
            return 0;
        });
        return command;
    }

    private static string ModelsFolder(ParseResult parse) =>
        Path.GetFullPath(parse.GetValue(ModelsOption) ?? Path.Combine(parse.GetValue(StoreHost.DataOption) ?? "data", "models"));
}
