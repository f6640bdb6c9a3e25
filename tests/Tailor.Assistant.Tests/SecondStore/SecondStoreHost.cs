using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Dialogue;
using Tailor.Store;
using Tailor.Store.Import;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.SecondStore;

/// <summary>
/// The real assistant over a second, differently shaped store instead of the demo: no demo data, its products imported
/// from a Shopify CSV export (options Fit, Length, Colour), customers and orders from JSON with Shopify's "#1001"
/// numbers, and the store's number format configured as a store would (<c>Tailor:Orders:Prefix</c>).
/// </summary>
public sealed class SecondStoreHost : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "tailor-second-store", Guid.NewGuid().ToString("N"));
    private IHost? host;

    public FakeTimeProvider Time { get; } = new(Now);

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The second store has not started.");

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tailor:DataDirectory"] = dataDirectory,
            ["Tailor:ModelsDirectory"] = Path.Combine(Path.GetTempPath(), "tailor-convo-tests", "models"),
            ["Tailor:Demo:SeedOnFirstRun"] = "false",
            ["Tailor:Orders:Prefix"] = "#",
            ["Tailor:Orders:Example"] = "#1001",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTailorStore();
        builder.AddAssistant();
        builder.Services.AddSingleton<TimeProvider>(Time);
        host = builder.Build();
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var importer = new CatalogImporter(scope.ServiceProvider.GetRequiredService<TailorDbContext>(), Time);
            await ImportAsync("products.csv", s => importer.ImportProductsAsync(s, ProductFeedFormat.Shopify, CancellationToken.None));
            await ImportAsync("customers.json", s => importer.ImportCustomersAsync(s, CancellationToken.None));
            await ImportAsync("orders.json", s => importer.ImportOrdersAsync(s, CancellationToken.None));
        }
        await host.Services.WarmUpAssistantAsync(CancellationToken.None);
    }

    /// <summary>Starts a chat, signed in as the store's customer when given, and returns its id.</summary>
    public async Task<string> StartAsync(string? customerExternalId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var token = customerExternalId is null ? null : scope.ServiceProvider.GetRequiredService<CustomerTokens>().Issue(customerExternalId);
        return (await scope.ServiceProvider.GetRequiredService<ChatEngine>().StartAsync(new PageContext(), token, CancellationToken.None)).Id;
    }

    /// <summary>Sends one shopper message and returns the assistant's reply text.</summary>
    public async Task<string> SayAsync(string conversationId, string text)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ChatEngine>().SendAsync(conversationId, text, Guid.NewGuid().ToString("N"), CancellationToken.None)
            ?? throw new InvalidOperationException($"Conversation {conversationId} vanished.");
        return result.Messages.Single().Text;
    }

    public async Task<T> ReadAsync<T>(Func<TailorDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    public async Task DisposeAsync()
    {
        host?.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { }
    }

    private static async Task ImportAsync(string fixture, Func<Stream, Task<ImportReport>> import)
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "SecondStore", "Fixtures", fixture));
        var report = await import(file);
        if (report.Failed.Count > 0) throw new InvalidOperationException($"{fixture}: {string.Join("; ", report.Failed)}");
    }
}

[CollectionDefinition(Name)]
public sealed class SecondStoreCollection : ICollectionFixture<SecondStoreHost>
{
    public const string Name = "second store";
}
