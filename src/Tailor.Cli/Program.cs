using System.CommandLine;
using Tailor.Cli.Commands;

var root = new RootCommand("Tailor: the open-source AI shopping assistant for fashion stores.");
root.Options.Add(StoreHost.DataOption);
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(RetrainingCommands.Train());
root.Subcommands.Add(RetrainingCommands.Model());
root.Subcommands.Add(ExportCommands.Create());
root.Subcommands.Add(ModelCommands.Evaluate());
root.Subcommands.Add(MaskingCommand.Create());
root.Subcommands.Add(PrivacyCommand.Create());
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(RecommendationCommand.Create());
return await root.Parse(args).InvokeAsync();
