using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Tailor.Store.Persistence;

namespace Tailor.Store.Onboarding;

/// <summary>
/// The store's own settings, <c>settings.json</c> in its data folder: written by <c>tailor init</c>, read by the server and
/// the CLI over appsettings.json and under environment variables and the command line, so a store changes its terms
/// without touching the shipped files. Its presence marks a retailer's store, which is never filled with the demo.
/// </summary>
public static class StoreSettingsFile
{
    public const string FileName = "settings.json";

    public static string PathIn(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);

    /// <summary>True for a data folder that <c>tailor init</c> set up.</summary>
    public static bool IsInitialised(string dataDirectory) => File.Exists(PathIn(dataDirectory));

    /// <summary>Adds the data folder's settings after the shipped JSON files and before the environment and command line.</summary>
    public static IConfigurationManager AddStoreSettingsFile(this IConfigurationManager configuration)
    {
        var dataDirectory = configuration[$"{StoreOptions.Section}:DataDirectory"] ?? new StoreOptions().DataDirectory;
        var source = new JsonConfigurationSource { Path = PathIn(dataDirectory), Optional = true };
        source.ResolveFileProvider();
        var sources = configuration.Sources;
        var afterFiles = 0;
        for (var i = 0; i < sources.Count; i++)
            if (sources[i] is FileConfigurationSource) afterFiles = i + 1;
        sources.Insert(afterFiles, source);
        return configuration;
    }

    public static async Task WriteAsync(string dataDirectory, JsonObject settings, CancellationToken ct = default)
    {
        var path = PathIn(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct);
    }
}
