using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// Keeps an entity recognizer built from the live catalog's vocabulary, rebuilt when it is older than
/// <see cref="MaxAge"/> so new brands or colours from an import become recognisable without a restart.
/// </summary>
public sealed class EntityRecognizerProvider(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim refresh = new(1, 1);
    private EntityRecognizer? current;
    private DateTimeOffset loadedAt;

    public EntityRecognizer Current => current ?? throw new InvalidOperationException("The entity recognizer has not been loaded yet.");

    public static string SynonymsFile => TrainingData.File("synonyms.yaml");

    public async Task EnsureFreshAsync(CancellationToken ct)
    {
        if (current is not null && time.GetUtcNow() - loadedAt < MaxAge) return;
        await refresh.WaitAsync(ct);
        try
        {
            if (current is not null && time.GetUtcNow() - loadedAt < MaxAge) return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
            current = new EntityRecognizer(await CatalogVocabularyLoader.LoadAsync(db, SynonymsFile, ct));
            loadedAt = time.GetUtcNow();
        }
        finally
        {
            refresh.Release();
        }
    }
}
