using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tailor.Store;

namespace Tailor.Cli.Commands;

/// <summary>Builds the same store services the server uses, configured from appsettings, TAILOR__ env vars and --data.</summary>
internal static class StoreHost
{
    public const string DataOptionName = "--data";

    // A new option per root command: one option instance shared by two command trees confuses the parser of the second.
    public static Option<string?> DataOption() => new(DataOptionName)
    {
        Description = "Data folder holding tailor.db (default: ./data, or Tailor:DataDirectory).",
        Recursive = true,
    };

    public static IHost Build(ParseResult parse, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Tailor", LogLevel.Information);
        var settings = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>());
        if (parse.GetValue<string?>(DataOptionName) is { } data) settings["Tailor:DataDirectory"] = data;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTailorStore();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public static async Task<T> WithScopeAsync<T>(this IHost host, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
