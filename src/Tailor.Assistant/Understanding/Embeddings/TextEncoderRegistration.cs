using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tailor.Assistant.Understanding.Embeddings;

/// <summary>Registers <see cref="ITextEncoder"/>: MiniLM, or nothing when <c>Tailor:Encoder:Enabled</c> is false.</summary>
public static class TextEncoderRegistration
{
    public static IServiceCollection AddTextEncoder(this IServiceCollection services)
    {
        services.AddOptions<TextEncoderOptions>().BindConfiguration(TextEncoderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ITextEncoder>(sp => sp.GetRequiredService<IOptions<TextEncoderOptions>>().Value is { Enabled: true } options
            ? new MiniLmTextEncoder(options)
            : new NoTextEncoder());
        return services;
    }
}
