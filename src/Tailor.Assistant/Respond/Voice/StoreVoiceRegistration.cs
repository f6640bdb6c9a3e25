using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Respond.Voice;

/// <summary>Settings of the store's voice (configuration section <c>Tailor:Voice</c>).</summary>
public sealed class VoiceOptions
{
    public const string Section = "Tailor:Voice";
    /// <summary>The price quick replies suggest as a budget ("jeans under {budget}"), in the store's currency.</summary>
    public decimal QuickReplyBudget { get; set; } = 60m;
}

/// <summary>The wording answers use: the shipped templates and quick replies with the store's voice over them.</summary>
public sealed record VoicedWording(ResponseTemplates Templates, QuickReplyWording QuickReplies);

public static class StoreVoiceRegistration
{
    /// <summary>Registers the wording; a voice file that cannot be used stops the server when the wording is first built (at warm-up).</summary>
    public static IServiceCollection AddStoreVoice(this IServiceCollection services)
    {
        services.AddOptions<VoiceOptions>().BindConfiguration(VoiceOptions.Section);
        services.AddSingleton(sp => StoreVoice.LoadFrom(sp.GetRequiredService<IOptions<StoreOptions>>().Value.DataDirectory));
        services.AddSingleton(sp => Build(sp.GetRequiredService<StoreVoice>(), sp.GetRequiredService<StoreSettings>(), sp.GetRequiredService<IOptions<VoiceOptions>>().Value));
        services.AddSingleton(sp => sp.GetRequiredService<VoicedWording>().Templates);
        services.AddSingleton(sp => sp.GetRequiredService<VoicedWording>().QuickReplies);
        services.AddSingleton<VoicePreview>();
        return services;
    }

    public static VoicedWording Build(StoreVoice voice, StoreSettings settings, VoiceOptions options)
    {
        var problems = new List<string>();
        var templates = ResponseTemplates.LoadEmbedded().With(voice, problems);
        var quickReplies = QuickReplyWording.Create(voice, problems, options.QuickReplyBudget, StoreCulture.For(settings.Locale, settings.Currency));
        if (problems.Count > 0) throw new VoiceException(voice.Source, problems);
        return new VoicedWording(templates, quickReplies);
    }
}
