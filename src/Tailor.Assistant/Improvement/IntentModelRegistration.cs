using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Improvement;

/// <summary>
/// Registers the intent classifier behind a hot-swap: at start the promoted model (shipped data plus the labels it
/// learned), else the shipped one; later promotions and rollbacks replace it without a restart.
/// </summary>
public static class IntentModelRegistration
{
    public static IServiceCollection AddSwappableIntentClassifier(this IServiceCollection services)
    {
        services.AddSingleton(sp => new IntentClassifierStore(new IntentModelTrainer(sp.GetRequiredService<TimeProvider>()), sp.GetRequiredService<ITextEncoder>()));
        services.AddSingleton(sp => new ModelVersions(ModelsFolder(sp)));
        services.AddSingleton(sp => new LiveIntentClassifier(sp.GetRequiredService<IntentClassifierStore>()
            .LoadOrTrain(ModelsFolder(sp), sp.GetRequiredService<ModelVersions>().CurrentTrainingSet(TrainingData.FindFolder()))));
        // The classifier loaded at start, for what reads it once (the LLM understander's fallback, the warm-up).
        services.AddSingleton(sp => sp.GetRequiredService<LiveIntentClassifier>().Current);
        services.AddSingleton(sp => new IntentRetrainer(sp.GetRequiredService<IntentClassifierStore>(), sp.GetRequiredService<ModelVersions>(),
            sp.GetRequiredService<UnderstandingOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ModelPromotions>();
        services.AddHostedService<PromotedModelWatcher>();
        return services;
    }

    /// <summary>Tailor:ModelsDirectory, else models/ in the data folder. Trained models are keyed by the training data's hash.</summary>
    public static string ModelsFolder(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>()["Tailor:ModelsDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetFullPath(sp.GetRequiredService<IOptions<StoreOptions>>().Value.DataDirectory), "models");
}
