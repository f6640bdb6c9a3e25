using Microsoft.AspNetCore.Http.HttpResults;

namespace Tailor.Server.Agents;

/// <summary>The console's page, script, styles and the SignalR browser client, read once from the assembly.</summary>
public sealed class AgentConsoleAssets
{
    private const string Prefix = "Tailor.Server.Agents.";
    private readonly IReadOnlyDictionary<string, byte[]> files;

    private AgentConsoleAssets(IReadOnlyDictionary<string, byte[]> files) => this.files = files;

    public static AgentConsoleAssets Load()
    {
        var assembly = typeof(AgentConsoleAssets).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(
            n => n[Prefix.Length..],
            n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
        if (!files.ContainsKey("signalr.min.js"))
            throw new InvalidOperationException("The SignalR browser client is not embedded: build Tailor.Server with npm available (it runs npm ci in Agents/Console).");
        return new AgentConsoleAssets(files);
    }

    public Results<FileContentHttpResult, NotFound> Serve(string file) =>
        files.TryGetValue(file, out var content)
            ? TypedResults.File(content, Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                _ => "text/javascript; charset=utf-8",
            })
            : TypedResults.NotFound();
}
