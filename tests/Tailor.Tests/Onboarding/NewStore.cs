using System.CommandLine;
using Tailor.Cli;
using Tailor.Tests.Api;

namespace Tailor.Tests.Onboarding;

/// <summary>A store made the way a retailer makes one: `tailor init` in a temporary folder, then the real server on it.</summary>
public sealed class NewStore : IDisposable
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "tailor-tests", "init-" + Guid.NewGuid().ToString("N"));

    public static readonly string[] MaisonRouge =
    [
        "--name", "Maison Rouge", "--currency", "EUR", "--locale", "fr-FR", "--time-zone", "Europe/Paris",
        "--delivery", "FR|Colissimo|4.90|2-3|9.90|1|60", "--delivery", "BE|DPD|7.90|3-5",
        "--return-days", "14", "--return-fee", "3.50", "--hours", "Monday to Saturday=10:00-19:00",
        "--voice", "polished", "--site-origin", "https://maison-rouge.example", "--admin-email", "owner@maison-rouge.example",
    ];

    /// <summary>Runs `tailor ARGS --data FOLDER` in-process; the exit code and what it printed.</summary>
    public Task<(int Exit, string Output)> RunAsync(params string[] args) => AnswerAsync("", args);

    /// <summary>The same, with <paramref name="typed"/> as what a person types at the prompts.</summary>
    public async Task<(int Exit, string Output)> AnswerAsync(string typed, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        // Exceptions propagate so a failing command shows why, not only exit code 1.
        var invocation = new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false };
        var exit = await TailorCli.Create(new StringReader(typed)).Parse([.. args, "--data", DataDirectory]).InvokeAsync(invocation);
        return (exit, output + errors.ToString());
    }

    public Server Start() => new(DataDirectory);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }

    /// <summary>The real server on the initialised folder, which the store owns and cleans up.</summary>
    public sealed class Server(string dataDirectory) : TailorServerFactory(dataDirectory);
}
