using System.CommandLine;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Respond.Voice;
using Tailor.Store;
using Tailor.Store.Onboarding;
using Tailor.Store.Persistence;
using StoreOptions = Tailor.Store.Persistence.StoreOptions;

namespace Tailor.Cli.Commands.Init;

/// <summary>
/// `tailor init`: sets up a new, empty store in the data folder (settings, voice, database, first admin, admin API key)
/// and prints the next steps. Interactive by default; `--yes` takes the flags and defaults, for scripts.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextReader? input = null)
    {
        var options = new InitOptions();
        var command = new Command("init", "Set up a new store of your own: settings, voice, first admin, an empty database.");
        foreach (var option in options.All) command.Options.Add(option);
        command.SetAction((parse, ct) => RunAsync(parse, options, input ?? Console.In, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, InitOptions options, TextReader input, CancellationToken ct)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var (setup, adminEmail, errors) = new InitQuestions(parse, options, input, output).Ask();
        if (errors.Count > 0)
        {
            foreach (var problem in errors) error.WriteLine(problem);
            return 2;
        }

        using var host = StoreHost.Build(parse, services: services =>
        {
            services.AddIdentityCore<AgentAccount>(AgentIdentityRules.Apply).AddRoles<IdentityRole>().AddEntityFrameworkStores<TailorDbContext>();
            services.AddScoped<FirstAdminAccount>();
        });
        var store = host.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var data = Path.GetFullPath(store.DataDirectory);
        if (await AlreadyAStoreAsync(host.Services, store, ct) is { } reason)
        {
            error.WriteLine($"{data} already holds a store ({reason}); choose another --data folder, or edit {StoreSettingsFile.FileName} there.");
            return 1;
        }

        await StoreSettingsFile.WriteAsync(data, setup.ToSettings(), ct);
        var voice = Path.Combine(data, VoicePresets.FileName);
        if (!File.Exists(voice)) await File.WriteAllTextAsync(voice, VoicePresets.Read(setup.Voice), ct);
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync(ct);
        DataFolderSecret.LoadOrCreate(store, DataFolderSecret.AdminApiKeyFile, DataFolderSecret.AdminApiKeyBytes, out _);

        var admin = await host.WithScopeAsync(s => s.GetRequiredService<FirstAdminAccount>().CreateAsync(adminEmail, null, setup.Name));
        if (!admin.Created)
        {
            error.WriteLine($"The first admin {adminEmail} was not created: {admin.Problem}");
            return 1;
        }
        string passwordNote;
        if (parse.GetValue(options.ShowPassword))
        {
            // Shown once, on the terminal only: it is stored nowhere but as a hash.
            output.WriteLine($"Password of {adminEmail}, shown once: {admin.GeneratedPassword}");
            passwordNote = "the password printed above, shown once";
        }
        else
        {
            var file = DataFolderSecret.PathOf(store, DataFolderSecret.FirstAdminPasswordFile);
            FirstAdminAccount.WriteOwnerOnly(file, admin.GeneratedPassword!);
            passwordNote = $"password in {file}, readable by you only; delete it after signing in at /agent";
        }
        output.Write(NextSteps(new Dictionary<string, string>
        {
            ["store"] = setup.Name, ["data"] = data, ["admin"] = adminEmail, ["password"] = passwordNote,
            ["url"] = setup.BaseUrl.TrimEnd('/'), ["site_key"] = setup.SiteOrigins.Count > 0 ? setup.SiteKey : "demo",
        }));
        return 0;
    }

    private static async Task<string?> AlreadyAStoreAsync(IServiceProvider services, StoreOptions store, CancellationToken ct)
    {
        if (StoreSettingsFile.IsInitialised(store.DataDirectory)) return $"{StoreSettingsFile.FileName} exists";
        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ResolveConnectionString()).DataSource;
        if (!File.Exists(database)) return null;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = 'Products'").ToListAsync(ct);
        return tables.Count > 0 && await db.Products.AnyAsync(ct) ? "its database has products" : null;
    }

    private static string NextSteps(IReadOnlyDictionary<string, string> values)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tailor.Cli.Commands.Init.next-steps.txt")!;
        var text = new StreamReader(stream).ReadToEnd();
        return values.Aggregate(text, (current, value) => current.Replace($"{{{value.Key}}}", value.Value, StringComparison.Ordinal));
    }
}
