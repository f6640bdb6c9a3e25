using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Server.Hosting;

namespace Tailor.Server.Agents;

/// <summary>The console's page, script, styles, the SignalR browser client and Chart.js, read once from the assembly.</summary>
public sealed class AgentConsoleAssets
{
    private readonly EmbeddedAssets files;

    private AgentConsoleAssets(EmbeddedAssets files) => this.files = files;

    public static AgentConsoleAssets Load()
    {
        var files = EmbeddedAssets.Load("Tailor.Server.Agents.");
        if (!files.Contains("signalr.min.js") || !files.Contains("chart.umd.min.js"))
            throw new InvalidOperationException("The SignalR client or Chart.js is not embedded: build Tailor.Server with npm available (it runs npm ci in Agents/Console).");
        return new AgentConsoleAssets(files);
    }

    public Results<FileContentHttpResult, NotFound> Serve(string file) => files.Serve(file);
}
