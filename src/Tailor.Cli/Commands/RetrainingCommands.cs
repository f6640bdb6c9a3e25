using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tailor.Assistant.Improvement;
using UnderstandingOptions = Tailor.Assistant.Understanding.UnderstandingOptions;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor train` (shipped data plus the operators' labels, judged on the held-out set, promoted only if not worse)
/// and `tailor model list|rollback`. A running server picks up a promotion or a rollback within seconds.
/// </summary>
internal static class RetrainingCommands
{
    private static readonly Option<string?> ModelsOption = new("--models") { Description = "Folder for trained models (default: models/ in the data folder)." };
    private static readonly Option<string?> EvalOption = new("--eval") { Description = "The held-out set the candidate is judged on (default: training/eval/intents-heldout.yaml, else bench/understanding/intents-heldout.yaml)." };
    private static readonly Option<double> ToleranceOption = new("--tolerance") { Description = "How far (a share: 0.01 is one point) acted accuracy may fall or wrong actions rise and still promote; default 0." };
    private static readonly Option<string?> OutOption = new("--out") { Description = "Also write the Markdown report to this file." };

    public static Command Train()
    {
        var command = new Command("train",
            "Train a candidate intent model on training/intents plus the labels from the review queue, compare it with the model in use on the held-out set per intent, and promote it only if it is not worse (exit 1 when refused).")
        {
            ModelsOption, EvalOption, ToleranceOption, OutOption,
        };
        command.SetAction(async (parse, ct) =>
        {
            var training = TrainingData.FindFolder();
            string heldOut;
            try
            {
                heldOut = parse.GetValue(EvalOption) ?? HeldOutSet.Find(training);
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            using var host = BuildHost(parse);
            await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
            var versions = Versions(parse, host);
            var store = new IntentClassifierStore(new IntentModelTrainer(TimeProvider.System), host.Services.GetRequiredService<ITextEncoder>());
            using var current = store.LoadOrTrain(versions.ModelsFolder, versions.CurrentTrainingSet(training));
            var labels = await host.WithScopeAsync(services => ModelPromotions.LabelsAsync(services.GetRequiredService<TailorDbContext>(), ct));
            var retrainer = new IntentRetrainer(store, versions, new UnderstandingOptions(), TimeProvider.System, new RetrainingOptions(parse.GetValue(ToleranceOption)));
            var outcome = retrainer.Retrain(current, labels, training, heldOut, Environment.UserName);
            outcome.Promoted?.Dispose();
            var report = outcome.Report.ToMarkdown();
            Console.WriteLine(report);
            if (parse.GetValue(OutOption) is { } path) await File.WriteAllTextAsync(path, report, ct);
            return outcome.Report.Promoted ? 0 : 1;
        });
        return command;
    }

    public static Command Model()
    {
        var model = new Command("model", "The promoted intent model versions.");
        var list = new Command("list", "Promotions, oldest first; the last is in use.") { ModelsOption };
        list.SetAction(parse =>
        {
            using var host = BuildHost(parse);
            var history = Versions(parse, host).History();
            if (history.Count == 0) Console.WriteLine("No promotions: the model trained from the shipped data is in use.");
            foreach (var p in history)
                Console.WriteLine($"{p.Version}  {p.PromotedAt:u}  {p.LabelCount} labels  acted {p.ActedAccuracy:P1}  wrong {p.WrongActions:P1}  by {p.PromotedBy}");
            return 0;
        });
        model.Subcommands.Add(list);

        var rollback = new Command("rollback", "Put the previously promoted model (or the shipped one) back in use.") { ModelsOption };
        rollback.SetAction(parse =>
        {
            using var host = BuildHost(parse);
            var versions = Versions(parse, host);
            if (!versions.TryRollback(out var now))
            {
                Console.Error.WriteLine("Nothing to roll back: the model trained from the shipped data is in use.");
                return 1;
            }

            // The model files of every version stay in the folder, so this loads (or, if they were removed, retrains) it now.
            var store = new IntentClassifierStore(new IntentModelTrainer(TimeProvider.System), host.Services.GetRequiredService<ITextEncoder>());
            using var classifier = store.LoadOrTrain(versions.ModelsFolder, versions.CurrentTrainingSet(TrainingData.FindFolder()));
            Console.WriteLine($"Rolled back: {(now is null ? "the shipped model" : $"the promotion of {now.PromotedAt:u}")} ({classifier.Model.Version}) is in use.");
            return 0;
        });
        model.Subcommands.Add(rollback);
        return model;
    }

    private static IHost BuildHost(ParseResult parse)
    {
        var host = StoreHost.Build(parse, new Dictionary<string, string?> { ["Tailor:Demo:SeedOnFirstRun"] = "false" }, services => services.AddTextEncoder());
        return host;
    }

    private static ModelVersions Versions(ParseResult parse, IHost host) =>
        new(parse.GetValue(ModelsOption) is { } folder ? Path.GetFullPath(folder) : IntentModelRegistration.ModelsFolder(host.Services));
}
