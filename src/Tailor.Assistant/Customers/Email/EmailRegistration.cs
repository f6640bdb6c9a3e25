using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MailKit.Security;

namespace Tailor.Assistant.Customers.Email;

/// <summary>Registers the e-mail sender chosen by <c>Tailor:Email:Sender</c>, checked at start.</summary>
public static class EmailRegistration
{
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.UsesSmtp || o.Sender.Equals("Development", StringComparison.OrdinalIgnoreCase),
                "Tailor:Email:Sender must be 'Development' or 'Smtp'.")
            .Validate(o => !o.UsesSmtp || !string.IsNullOrWhiteSpace(o.Smtp.Host), "Tailor:Email:Smtp:Host is required when the sender is Smtp.")
            .Validate(o => !o.UsesSmtp || Enum.TryParse<SecureSocketOptions>(o.Smtp.Security, ignoreCase: true, out _),
                "Tailor:Email:Smtp:Security must be StartTls, SslOnConnect or None.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value);
        services.AddSingleton<DevelopmentEmailSender>(sp => ActivatorUtilities.CreateInstance<DevelopmentEmailSender>(sp,
            sp.GetRequiredService<IOptions<Store.Persistence.StoreOptions>>().Value));
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<EmailOptions>().UsesSmtp
            ? sp.GetRequiredService<SmtpEmailSender>()
            : sp.GetRequiredService<DevelopmentEmailSender>());
        return services;
    }
}
