using System.CommandLine;
using Tailor.Cli.Commands;
using Tailor.Cli.Commands.Init;

namespace Tailor.Cli;

/// <summary>The `tailor` command line; tests run it in-process with their own input (and output, through the invocation).</summary>
public static class TailorCli
{
    public static RootCommand Create(TextReader? input = null)
    {
        var root = new RootCommand("Tailor: the open-source AI shopping assistant for fashion stores.");
        root.Options.Add(StoreHost.DataOption());
        root.Subcommands.Add(InitCommand.Create(input));
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(BackupCommand.Backup());
        root.Subcommands.Add(BackupCommand.Restore());
        root.Subcommands.Add(RetrainingCommands.Train());
        root.Subcommands.Add(RetrainingCommands.Model());
        root.Subcommands.Add(ExportCommands.Create());
        root.Subcommands.Add(ModelCommands.Evaluate());
        root.Subcommands.Add(MaskingCommand.Create());
        root.Subcommands.Add(PrivacyCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(RecommendationCommand.Create());
        return root;
    }
}
