using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Improvement;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// Keeps an entity recognizer built from the live catalog's vocabulary. It is rebuilt in the background whenever the
/// catalog snapshot sees products change (an import, an edit), so new brands or colours become recognisable without a
/// restart, and no shopper's turn waits for the rebuild: turns use the previous recognizer meanwhile.
/// </summary>
public sealed class EntityRecognizerProvider
{
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<EntityRecognizerProvider> logger;
    private readonly ColorWords colors;
    private readonly OrderNumberFinder? orderNumbers;
    private readonly SemaphoreSlim building = new(1, 1);
    private EntityRecognizer? current;
    private Task rebuild = Task.CompletedTask;

    /// <param name="colors">Colour names beyond the catalog's (<c>training/colors.yaml</c>); without them only catalog colours are read.</param>
    public EntityRecognizerProvider(IServiceScopeFactory scopes, CatalogSnapshotCache catalog, ILogger<EntityRecognizerProvider> logger, ColorWords? colors = null,
        OrderNumberFinder? orderNumbers = null)
    {
        (this.scopes, this.logger, this.colors, this.orderNumbers) = (scopes, logger, colors ?? ColorWords.None, orderNumbers);
        catalog.ProductsChanged += () => rebuild = Task.Run(RebuildInBackgroundAsync);
    }

    public EntityRecognizer Current => Volatile.Read(ref current) ?? throw new InvalidOperationException("The entity recognizer has not been loaded yet.");

    public static string SynonymsFile => TrainingData.File("synonyms.yaml");

    /// <summary>The rebuild started by the latest catalog change (completed when there is none).</summary>
    public Task Rebuilding => rebuild;

    /// <summary>Rebuilds the recognizer in the background, as after a catalog change (an operator added a synonym).</summary>
    public Task RefreshAsync() => rebuild = Task.Run(RebuildInBackgroundAsync);

    /// <summary>Builds the recognizer if it has not been built yet (at start-up).</summary>
    public async Task EnsureLoadedAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref current) is null) await BuildAsync(ct);
    }

    private async Task BuildAsync(CancellationToken ct)
    {
        await building.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            // The store's own phrases, added by operators from the review queue, join the shipped ones.
            var dataFolder = scope.ServiceProvider.GetService<IOptions<StoreOptions>>()?.Value.DataDirectory;
            var synonyms = ShopperSynonymsFile.Read(SynonymsFile);
            if (dataFolder is not null) synonyms = new SynonymOverlay(dataFolder).MergeInto(synonyms);
            Volatile.Write(ref current, new EntityRecognizer(await CatalogVocabularyLoader.LoadAsync(db, synonyms, ct), colors, orderNumbers));
        }
        finally
        {
            building.Release();
        }
    }

    private async Task RebuildInBackgroundAsync()
    {
        try
        {
            await BuildAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Understanding goes on with the words it knew; the next catalog change tries again.
            logger.LogWarning(ex, "Rebuilding the entity recognizer after a catalog change failed");
        }
    }
}
