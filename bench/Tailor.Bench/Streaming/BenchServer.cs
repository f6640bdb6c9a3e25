using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Server.Widget;

namespace Tailor.Bench.Streaming;

/// <summary>
/// The real Tailor server (Tailor.Server's Program, the same pipeline as <c>dotnet run</c>) on Kestrel on a free loopback
/// port, over the given demo store settings. Any type of the server's assembly names its entry point.
/// </summary>
internal sealed class BenchServer : WebApplicationFactory<WidgetAsset>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    public BenchServer(IReadOnlyDictionary<string, string?> settings)
    {
        this.settings = settings;
        // The factory finds the server's content root (for appsettings.json) through a manifest it reads from the current
        // folder; the benchmark runs from the repository root, so name the folder the build wrote into the manifest.
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json")))!;
        var server = typeof(WidgetAsset).Assembly.GetName().Name!;
        Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{server.ToUpperInvariant().Replace('.', '_')}",
            manifest.Single(entry => entry.Key.StartsWith(server + ",", StringComparison.Ordinal)).Value);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        // A fixed key, so the server doesn't generate and print one into the report's output.
        builder.UseSetting("Tailor:AdminApiKey", "bench-admin-key-0123456789");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }
}
