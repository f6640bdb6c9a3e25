using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;
using Tailor.Store.Privacy;

namespace Tailor.Cli.Commands;

/// <summary>`tailor privacy export|erase|sweep`: a customer's or a conversation's data, and the retention job, from the shell.</summary>
internal static class PrivacyCommand
{
    private const string Actor = "admin:cli";

    private static readonly Option<string?> CustomerOption = new("--customer") { Description = "The customer's id (cus_000001) or e-mail address." };
    private static readonly Option<string?> ConversationOption = new("--conversation") { Description = "A conversation id." };

    public static Command Create()
    {
        var command = new Command("privacy", "Export or erase a customer's or a conversation's personal data; run the retention job now.");
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Erase());
        command.Subcommands.Add(Sweep());
        return command;
    }

    private static Command Export()
    {
        var output = new Option<string?>("--out") { Description = "Write the JSON document to this file instead of the console." };
        var command = new Command("export", "Everything held about a customer or a conversation, as JSON (audited).") { CustomerOption, ConversationOption, output };
        command.SetAction(async (parse, ct) => await RunAsync(parse, async services =>
        {
            var export = services.GetRequiredService<PersonalDataExport>();
            var document = parse.GetValue(CustomerOption) is { } customer ? await export.CustomerAsync(customer, Actor, ct)
                : await export.ConversationAsync(parse.GetValue(ConversationOption)!, Actor, ct);
            if (document is null) return NotFound(parse);
            var json = document.ToJsonString(PersonalDataExport.Json);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, json, ct);
                // The export is personal data: readable by its owner only, like the data folder's secrets.
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                Console.WriteLine($"Wrote {path}.");
            }
            else Console.WriteLine(json);
            return 0;
        }));
        return command;
    }

    private static Command Erase()
    {
        var yes = new Option<bool>("--yes") { Description = "Confirm: erasure cannot be undone." };
        var command = new Command("erase", "Erase a customer's personal data (orders keep their financial facts) or delete a conversation (audited).")
        {
            CustomerOption, ConversationOption, yes,
        };
        command.SetAction(async (parse, ct) => await RunAsync(parse, async services =>
        {
            if (!parse.GetValue(yes))
            {
                Console.Error.WriteLine("Erasure cannot be undone: pass --yes to go ahead.");
                return 2;
            }
            var erasure = services.GetRequiredService<PersonalDataErasure>();
            var report = parse.GetValue(CustomerOption) is { } customer ? await erasure.EraseCustomerAsync(customer, Actor, ct)
                : await erasure.EraseConversationAsync(parse.GetValue(ConversationOption)!, Actor, ct);
            if (report is null) return NotFound(parse);
            Console.WriteLine($"Erased {report.Subject}: {report.Conversations} conversations deleted, {report.Orders} orders anonymised, " +
                $"{report.SupportTickets} tickets, {report.OrderActions} order actions, {report.Events} events and {report.AuditRows} audit rows redacted.");
            return 0;
        }));
        return command;
    }

    private static Command Sweep()
    {
        var command = new Command("sweep", "Apply the retention periods (Tailor:Retention) now, as the server does every hour.");
        command.SetAction(async (parse, ct) => await RunAsync(parse, async services =>
        {
            var report = await services.GetRequiredService<RetentionSweep>().RunAsync(ct);
            Console.WriteLine(JsonSerializer.Serialize(report, PersonalDataExport.Json));
            return 0;
        }, needsSubject: false));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Task<int>> work, bool needsSubject = true)
    {
        if (needsSubject && (parse.GetValue(CustomerOption) is null) == (parse.GetValue(ConversationOption) is null))
        {
            Console.Error.WriteLine("Name exactly one of --customer or --conversation.");
            return 2;
        }
        using var host = StoreHost.Build(parse);
        var connection = host.Services.GetRequiredService<IOptions<StoreOptions>>().Value.ResolveConnectionString();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"No database at {file}; pass --data with the server's data folder.");
            return 1;
        }
        return await host.WithScopeAsync(async services =>
        {
            // A database from an older version gets this version's columns first, as the server would at start.
            var db = services.GetRequiredService<TailorDbContext>();
            await db.Database.MigrateAsync();
            // ...and its plain personal fields encrypted and hashed, or look-ups by e-mail would miss them.
            await PlaintextRowEncryption.RunAsync(db, CancellationToken.None);
            return await work(services);
        });
    }

    private static int NotFound(ParseResult parse)
    {
        Console.Error.WriteLine(parse.GetValue(CustomerOption) is { } customer ? $"No customer {customer}." : $"No conversation {parse.GetValue(ConversationOption)}.");
        return 1;
    }
}
