using System.CommandLine;
using System.Diagnostics;
using UnderstandingOptions = Tailor.Assistant.Understanding.UnderstandingOptions;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Cli.Commands;

/// <summary>`tailor eval`: the intent model from training/intents/*.yaml (`tailor train` is in RetrainingCommands).</summary>
internal static class ModelCommands
{
    private static readonly Option<string?> ModelsOption = new("--models") { Description = "Folder for trained models (default: data/models)." };

    private static readonly Option<string?> SetOption = new("--set")
    {
        Description = "An evaluation file (utterances: [{ text, intent, register }]): acted accuracy and wrong actions of the n-gram model alone and blended with the encoder.",
    };

    private static readonly Option<string?> OutOption = new("--out") { Description = "Also write the Markdown report to this file." };

    public static Command Evaluate()
    {
        var command = new Command("eval", "Held-out and cross-validated accuracy and macro-F1 of the intent model, per intent and worst confusions; with --set, acted accuracy on an evaluation file.")
        {
            SetOption, OutOption, ModelsOption,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(SetOption) is { } setPath)
            {
                var report = EvaluateOn(setPath, ModelsFolder(parse)).ToMarkdown();
                Console.WriteLine(report);
                if (parse.GetValue(OutOption) is { } outPath) File.WriteAllText(outPath, report);
                return 0;
            }

            var evaluation = new IntentEvaluator(new IntentModelTrainer(TimeProvider.System)).Evaluate(TrainingSet.Load(TrainingData.FindFolder()));
            Console.WriteLine(evaluation.ToMarkdown());
            return 0;
        });
        return command;
    }

    /// <summary>Both classifiers come from one build (loaded when saved): the "before" is the blend's own n-gram model.</summary>
    private static ActionReport EvaluateOn(string setPath, string modelsFolder)
    {
        var set = EvaluationSet.Load(setPath);
        var encoder = new MiniLmTextEncoder(new TextEncoderOptions());
        var store = new IntentClassifierStore(new IntentModelTrainer(TimeProvider.System), encoder);
        using var classifier = store.LoadOrTrain(modelsFolder, TrainingData.FindFolder());
        var thresholds = new UnderstandingOptions();
        var blend = classifier.Blend ?? throw new InvalidOperationException("The blend needs the sentence encoder.");
        var encoded = 0;
        var before = ActionEvaluation.Judge(set, classifier.Model.Predict, thresholds.ActThreshold, thresholds.ClarifyThreshold);
        var after = ActionEvaluation.Judge(set, text =>
        {
            var (prediction, usedEncoder) = classifier.Classify(text);
            if (usedEncoder) encoded++;
            return prediction;
        }, blend.ActThreshold, thresholds.ClarifyThreshold);
        return new ActionReport(Path.GetFileName(setPath), classifier.Model.Version, before, after, thresholds.ActThreshold, thresholds.ClarifyThreshold,
            blend, (double)encoded / set.Count, store.LastBuildSeconds, new IntentCalibratorOptions().WrongActionBudget, classifier.Risk,
            TrainingSet.Load(TrainingData.FindFolder()).Examples.Select(e => ActionReport.Comparable(e.Text)).ToHashSet(StringComparer.Ordinal));
    }

    private static string ModelsFolder(ParseResult parse) =>
        Path.GetFullPath(parse.GetValue(ModelsOption) ?? Path.Combine(parse.GetValue<string?>(StoreHost.DataOptionName) ?? "data", "models"));
}
