using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Customers.Email;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Guard;
using Tailor.Assistant.Handoff;
using Tailor.Assistant.Llm;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Respond.Voice;
using Tailor.Assistant.Skills.Policies;
using Tailor.Assistant.Skills.Pricing;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Recommendations;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Skills.Styling;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Assistant.Understanding.Feelings;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Assistant.Improvement;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant;

/// <summary>Registers the assistant: guard, understanding, dialogue, skills and the chat engine.</summary>
public static class AssistantRegistration
{
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(new GuardOptions());
        services.AddSingleton<MessageGuard>();
        services.AddSingleton(new UnderstandingOptions());
        services.AddTextEncoder();
        // Promotions from the review console and `tailor train` swap the classifier in while the server runs.
        services.AddSwappableIntentClassifier();
        services.AddSingleton(sp => sp.GetRequiredService<IntentClassifier>().Model);
        services.AddSingleton(sp => ColorWords.Load(TrainingData.File(ColorWords.FileName), sp.GetRequiredService<ITextEncoder>()));
        services.AddSingleton<EntityRecognizerProvider>();
        // emotion.yaml is read once: the feeling of one message and the frustration across turns come from the same words.
        services.AddSingleton(_ => EmotionWords.Load(TrainingData.File("emotion.yaml")));
        services.AddSingleton<FeelingReader>();
        services.AddSingleton(_ => RequestSplitter.Load(TrainingData.File(RequestSplitter.FileName)));
        services.AddSingleton<IUnderstander, SwappableUnderstander>();
        services.AddSingleton(_ => OutfitPlanner.Load(TrainingData.File("outfits.yaml")));
        services.AddSingleton(_ => StyleKnowledge.Default);
        services.AddSingleton<OutfitBuilder>();
        services.AddStoreVoice();
        services.AddSingleton<RecommendationWording>();
        services.AddSingleton<ConversationLocks>();
        services.AddOptions<CustomerTokenOptions>().BindConfiguration(CustomerTokenOptions.Section);
        services.AddSingleton<CustomerTokens>();

        services.AddSingleton<CatalogSnapshotCache>();
        services.AddSingleton<ProductVectorIndex>();
        services.AddHostedService<ProductVectorBuilder>();
        services.AddSingleton<ProductSearchSkill>();
        services.AddSingleton<RecommenderCache>();
        services.AddSingleton<RecommendationSkill>();
        services.AddSingleton<PolicyLibrary>();
        services.AddScoped<PolicyAnswerer>();
        services.AddScoped<PromotionFinder>();
        services.AddScoped<ProductFactsReader>();
        services.AddSingleton<DeliveryEstimator>();

        services.AddScoped<ShoppingFlow>();
        services.AddScoped<Customers.Profile.CustomerProfiles>();
        services.AddScoped<ProfileDesk>();
        services.AddScoped<TryOnDesk>();
        services.AddScoped<ProductReferences>();
        services.AddScoped<Stylist>();
        services.AddSingleton<FittingRoom>();
        services.AddScoped<RecommendationDesk>();
        services.AddScoped<ProductAdvice>();
        services.AddScoped<ProductQuestionFlow>();
        services.AddScoped<PolicyDesk>();
        services.AddEmail();
        services.AddOrderCare(builder.Configuration);
        services.AddScoped<ConversationReplies>();
        services.AddScoped<DialogueManager>();
        services.AddHandoffDesk(builder.Configuration);
        services.AddSingleton(_ => ContentSafety.Shared);
        services.AddScoped<ContentSafetyResponder>();
        services.AddScoped<ChatEngine>();
        // Last, so that LLM mode (when configured) replaces the embedded understander and the template wording.
        services.AddLlm(builder.Configuration);
        return builder;
    }

    /// <summary>Loads (or on first run trains) the intent model, builds the search index and the catalog snapshot.</summary>
    public static async Task WarmUpAssistantAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
            await ProductSearchIndex.EnsureAsync(scope.ServiceProvider.GetRequiredService<TailorDbContext>(), ct);
        services.GetRequiredService<IntentClassifier>();
        // A store's voice file is checked here, so wording that cannot be used stops the start, not a shopper's chat.
        services.GetRequiredService<VoicedWording>();
        // The first encode loads the model (about a second): pay it here, not on a shopper's first message.
        if (services.GetRequiredService<ITextEncoder>() is { IsAvailable: true } encoder) encoder.Encode("warm up");
        await services.GetRequiredService<EntityRecognizerProvider>().EnsureLoadedAsync(ct);
        await services.GetRequiredService<CatalogSnapshotCache>().WarmUpAsync(ct);
    }
}
