using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tailor.Store.Privacy;

/// <summary>Retention periods, the retention sweep, export and erasure: shared by the server and the CLI.</summary>
public static class PrivacyRegistration
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.Periods().All(p => p.Days > 0), $"Every {RetentionOptions.Section} period must be at least one day.")
            .Validate(o => o.Interval > TimeSpan.Zero, $"{RetentionOptions.Section}:Interval must be positive.")
            .ValidateOnStart();
        services.AddScoped<RetentionSweep>();
        services.AddScoped<PrivacyAudit>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonalDataErasure>();
        return services;
    }
}
