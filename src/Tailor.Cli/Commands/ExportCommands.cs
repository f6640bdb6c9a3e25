using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Improvement.Exports;
using Tailor.Assistant.Llm;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Cli.Commands;

/// <summary>`tailor export finetune|intents`, and `tailor import transcripts` (added to the import command).</summary>
internal static class ExportCommands
{
    private static readonly Option<FileInfo> OutOption = new("--out") { Description = "The file to write.", Required = true };
    private static readonly Option<string> StoreNameOption = new("--store-name") { Description = "The store's name in the system message.", DefaultValueFactory = _ => "the store" };

    public static Command Create()
    {
        var export = new Command("export", "Export training data from the store's conversations.");
        var finetune = new Command("finetune",
            "Chat fine-tuning JSONL (OpenAI chat format) from resolved conversations with no thumbs-down and no handoff, personal data masked, each line validated.")
        {
            OutOption, StoreNameOption,
        };
        finetune.SetAction(async (parse, ct) =>
        {
            var system = LlmPrompts.Load(null).System(parse.GetValue(StoreNameOption)!);
            var report = await WithStoreAsync(parse, parse.GetValue(OutOption)!, (db, writer) => FineTuneExport.WriteAsync(db, system, writer, ct));
            Console.WriteLine($"{report.Written} of {report.Conversations} conversations written; left out: {report.NotResolved} not resolved, " +
                $"{report.RatedDown} rated down, {report.HandedOver} handed to a person, {report.Invalid} failing validation.");
            return 0;
        });
        export.Subcommands.Add(finetune);

        var intents = new Command("intents", "The labelled intent set from the review queue and imported transcripts, as CSV.") { OutOption };
        intents.SetAction(async (parse, ct) =>
        {
            var count = await WithStoreAsync(parse, parse.GetValue(OutOption)!, (db, writer) => IntentLabelsCsv.WriteAsync(db, writer, ct));
            Console.WriteLine($"{count} labelled messages written to {parse.GetValue(OutOption)!.FullName}.");
            return 0;
        });
        export.Subcommands.Add(intents);
        return export;
    }

    /// <summary>`tailor import transcripts FILE.jsonl`: one past chat a line (see <see cref="TranscriptLine"/>), reported line by line.</summary>
    public static Command ImportTranscripts()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSONL, one chat a line: {\"id\",\"channel\",\"started_at\",\"csat\",\"messages\":[{\"role\",\"text\",\"intent\",\"at\"}]}." };
        var command = new Command("transcripts", "Load past chats to bootstrap analytics and training; masked on the way in, idempotent by id.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"{path.FullName} does not exist.");
                return 2;
            }

            var intents = TrainingSet.Load(TrainingData.FindFolder()).Intents.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            using var host = StoreHost.Build(parse, new Dictionary<string, string?> { ["Tailor:Demo:SeedOnFirstRun"] = "false" });
            await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
            var report = await host.WithScopeAsync(async services =>
            {
                using var reader = path.OpenText();
                return await TranscriptImport.ImportAsync(services.GetRequiredService<TailorDbContext>(), reader, intents, TimeProvider.System, ct);
            });
            Console.WriteLine($"imported {report.Imported}, skipped {report.Skipped}, failed {report.Failed}");
            foreach (var line in report.Lines.Where(l => l.Status != "imported")) Console.WriteLine($"  line {line.Line}, {line.Status}: {line.Message}");
            return report.Failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<T> WithStoreAsync<T>(ParseResult parse, FileInfo output, Func<TailorDbContext, TextWriter, Task<T>> write)
    {
        using var host = StoreHost.Build(parse, new Dictionary<string, string?> { ["Tailor:Demo:SeedOnFirstRun"] = "false" });
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
        return await host.WithScopeAsync(async services =>
        {
            await using var writer = new StreamWriter(output.FullName);
            return await write(services.GetRequiredService<TailorDbContext>(), writer);
        });
    }
}
