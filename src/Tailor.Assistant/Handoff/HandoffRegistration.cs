using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tailor.Assistant.Handoff;

/// <summary>Registers the handoff desk, its data file and the live relay between shoppers and agents.</summary>
public static class HandoffRegistration
{
    public static IServiceCollection AddHandoffDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HandoffOptions>().Bind(configuration.GetSection(HandoffOptions.Section))
            .Validate(o => o.DefaultWaitMinutes > 0 && o.WaitSample > 0, "Tailor:Handoff:DefaultWaitMinutes and WaitSample must be positive.")
            .ValidateOnStart();
        services.AddSingleton(_ => HandoffPhrases.LoadEmbedded());
        services.AddSingleton<ConversationFeed>();
        services.AddSingleton<AgentPresence>();
        services.AddScoped<HandoffDesk>();
        services.AddScoped<TicketDesk>();
        return services;
    }
}
