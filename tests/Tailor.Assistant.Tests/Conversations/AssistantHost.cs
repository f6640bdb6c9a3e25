using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Tailor.Domain.Settings;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// The real assistant, wired exactly as the server wires it (AddTailorStore + AddAssistant, store initialisation,
/// warm-up), on a demo store generated into a temporary SQLite database. The clock stands still on a Wednesday
/// morning before the dispatch cut-off, so promotions, codes and delivery dates are the same on every run.
/// </summary>
public sealed class AssistantHost : IAsyncLifetime
{
    /// <summary>Wednesday 25 November 2026, 10:00 UTC (10:00 in London): Coat Week, AUTUMN10, TAKE10 and WORK25 run; VIP25 starts on 9 December.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "tailor-convo-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> settings;
    private IHost? host;

    public AssistantHost() : this(new Dictionary<string, string?>()) { }

    /// <summary>A host with extra configuration on top of the demo store's (LLM mode pointed at a fake model, for one). Internal: xUnit wants one public constructor on a fixture.</summary>
    internal AssistantHost(IReadOnlyDictionary<string, string?> settings) => this.settings = settings;

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>The data folder of this host: its database, keys and development mailbox.</summary>
    public string DataDirectory => dataDirectory;

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The assistant host has not started.");

    public StoreSettings Settings => Services.GetRequiredService<StoreSettings>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tailor:DataDirectory"] = dataDirectory,
            // Trained intent models are keyed by the training data's hash: one folder serves every run until the data changes.
            ["Tailor:ModelsDirectory"] = Path.Combine(Path.GetTempPath(), "tailor-convo-tests", "models"),
            ["Tailor:Demo:Products"] = "600",
            ["Tailor:Demo:Customers"] = "100",
            ["Tailor:Demo:Orders"] = "300",
            ["Tailor:Demo:Seed"] = "42",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTailorStore();
        builder.AddAssistant();
        // After AddTailorStore, so it replaces TimeProvider.System for the generator, promotions and delivery dates.
        builder.Services.AddSingleton<TimeProvider>(Time);

        host = builder.Build();
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await host.Services.WarmUpAssistantAsync(CancellationToken.None);
    }

    /// <summary>A scope per request, as the chat API gets one.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>A fresh database context for checking answers, outside the engine's own scope.</summary>
    public async Task<T> ReadAsync<T>(Func<TailorDbContext, Task<T>> read)
    {
        await using var scope = Scope();
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
}

[CollectionDefinition(Name)]
public sealed class AssistantHostCollection : ICollectionFixture<AssistantHost>
{
    public const string Name = "assistant host";
}
