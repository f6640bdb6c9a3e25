using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Registers LLM mode. Without <c>Tailor:Llm:Model</c> nothing changes: the templates word every answer and the embedded
/// understander reads every message. With it, the stages switched on get their model-backed implementations, each of
/// which falls back to the embedded engine on its own.
/// </summary>
public static class LlmRegistration
{
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IReplyWording, TemplateWording>();
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations()
            .Validate(o => LlmProviders.All.Contains(o.Provider), $"Tailor:Llm:Provider must be one of {string.Join(", ", LlmProviders.All)}.")
            .Validate(o => LlmRecordingModes.All.Contains(o.Recording), $"Tailor:Llm:Recording must be one of {string.Join(", ", LlmRecordingModes.All)}.")
            .Validate(o => !o.IsConfigured || o.Provider == LlmProviders.OpenAI || o.Endpoint is not null || o.Recording == LlmRecordingModes.Replay,
                "Tailor:Llm:Endpoint is required unless the provider is openai.")
            .ValidateOnStart();
        var options = configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() ?? new LlmOptions();
        if (!options.IsConfigured) return services;

        services.AddMetrics();
        services.TryAddSingleton<LlmMetrics>();
        services.TryAddSingleton(_ => LlmPrompts.Load(options.PromptsFile));
        services.TryAddSingleton(sp => new LlmChat(
            LlmClientFactory.Create(options, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>()), options));
        if (options.Understand)
        {
            services.TryAddSingleton<EmbeddedUnderstander>();
            services.RemoveAll<IUnderstander>();
            services.AddSingleton<IUnderstander, LlmUnderstander>();
        }
        if (options.Respond)
        {
            services.TryAddSingleton(sp => new GroundingCheck(GroundingWords.LoadEmbedded(),
                CultureInfo.GetCultureInfo(sp.GetRequiredService<StoreSettings>().Locale)));
            services.TryAddScoped<LlmTools>();
            services.RemoveAll<IReplyWording>();
            services.AddScoped<IReplyWording, LlmReplyWording>();
        }
        if (options.Summarize) services.TryAddSingleton<IHandoffNotes, LlmHandoffNotes>();
        return services;
    }
}
