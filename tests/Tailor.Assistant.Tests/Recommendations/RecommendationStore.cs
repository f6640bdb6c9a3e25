using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Skills.Recommendations;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Tests.Skills;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Recommendations;

/// <summary>
/// A small demo store with enough orders per customer for their tastes to show (300 products, 300 customers, 3,000
/// orders), with the recommendation skill wired as the server wires it; words only, the clock standing still.
/// </summary>
public sealed class RecommendationStore : IAsyncLifetime
{
    public static readonly DateTimeOffset Today = new(2025, 3, 14, 15, 30, 0, TimeSpan.Zero);

    private ScratchDatabase? database;
    private ServiceProvider? services;

    public FakeTimeProvider Clock { get; } = new(Today);
    public DemoStore Store { get; private set; } = null!;
    public RecommendationSkill Skill => services!.GetRequiredService<RecommendationSkill>();

    public async Task InitializeAsync()
    {
        Store = new DemoStoreGenerator(new DemoStoreOptions { Products = 300, Customers = 300, Orders = 3000 }, new StoreSettings(), Clock).Generate();
        database = await ScratchDatabase.CreateAsync();
        await using (var db = database.Open()) await DemoStoreWriter.WriteAsync(db, Store, CancellationToken.None);
        var collection = new ServiceCollection();
        collection.AddDbContext<TailorDbContext>(options => options.UseSqlite(database.ConnectionString));
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton<CatalogSnapshotCache>();
        collection.AddSingleton<ITextEncoder>(new NoTextEncoder());
        collection.AddSingleton<ProductVectorIndex>();
        collection.AddSingleton<RecommenderCache>();
        collection.AddSingleton<RecommendationSkill>();
        services = collection.BuildServiceProvider();
    }

    public TailorDbContext Open() => database!.Open();

    public Task<RecommendationResult> RecommendAsync(RecommendationRequest request) => Skill.RecommendAsync(request, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class RecommendationStoreCollection : ICollectionFixture<RecommendationStore>
{
    public const string Name = "recommendation store";
}
