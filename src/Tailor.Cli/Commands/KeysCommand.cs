using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Cli.Commands;

/// <summary>`tailor keys rotate`: a new default Data Protection key for the data folder's key ring.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Manage the Data Protection key ring that encrypts personal fields and cookies.");
        command.Subcommands.Add(Rotate());
        return command;
    }

    private static Command Rotate()
    {
        var command = new Command("rotate",
            "Make a new key the default for new writes; older keys stay in the ring and still decrypt what they protected. " +
            "A running server picks the new key up when it restarts (or within a day).");
        command.SetAction(parse =>
        {
            using var host = StoreHost.Build(parse);
            var report = host.Services.GetRequiredService<KeyRotation>().Rotate();
            var folder = host.Services.GetRequiredService<IOptions<KeyRingSettings>>().Value
                .FolderFor(host.Services.GetRequiredService<IOptions<StoreOptions>>().Value);
            Console.WriteLine($"New default key {report.NewKey.Id}, active from {report.NewKey.Activation:u} until {report.NewKey.Expiration:u}.");
            Console.WriteLine($"The ring holds {report.Keys.Count} keys ({report.Keys.Count(k => !k.Revoked)} not revoked); back up {folder} again.");
            return 0;
        });
        return command;
    }
}
