using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Store.Persistence;

namespace Tailor.Browser.Tests;

/// <summary>
/// The real server on Kestrel (127.0.0.1, a free port) over a temporary data folder with a small demo store, with one
/// extra origin allowed to embed the widget.
/// </summary>
public sealed class StorefrontServer(string allowedOrigin) : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "tailor-tests", "browser-" + Guid.NewGuid().ToString("N"));

    /// <summary>The server's own origin, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    /// <summary>Runs a query on the store's database, the same file the server reads.</summary>
    public async Task<T> QueryAsync<T>(Func<TailorDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TailorDbContext>());
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Tailor:DataDirectory", dataDirectory);
        builder.UseSetting("Tailor:AdminApiKey", "browser-tests-admin-key-0123456789");
        // Trained intent models are keyed by the training data, so all test servers share one.
        builder.UseSetting("Tailor:ModelsDirectory", Path.Combine(Path.GetTempPath(), "tailor-tests", "models"));
        builder.UseSetting("Tailor:Demo:Seed", "42");
        // The browser tests sign in as the demo customer, which only Development offers by default.
        builder.UseSetting("Tailor:Demo:Storefront", "true");
        // Every page of every browser test comes from 127.0.0.1: one client as far as the rate limiter can tell.
        builder.UseSetting("Tailor:RateLimits:ChatPerClient", "100000");
        builder.UseSetting("Tailor:RateLimits:ConversationsPerClient", "100000");
        builder.UseSetting("Tailor:Demo:Products", "300");
        builder.UseSetting("Tailor:Demo:Customers", "50");
        builder.UseSetting("Tailor:Demo:Orders", "150");
        // Three weeks of past conversations from the engine's own answers, for the console's dashboard.
        builder.UseSetting("Tailor:Demo:HistoryDays", "21");
        builder.UseSetting("Tailor:Chat:Sites:0:Key", "demo");
        builder.UseSetting("Tailor:Chat:Sites:0:AllowedOrigins:0", allowedOrigin);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
