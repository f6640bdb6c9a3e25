namespace Tailor.Server.Webhooks;

/// <summary>Registers webhooks: incoming store updates, and the outbox delivered to the store with retries.</summary>
public static class WebhookRegistration
{
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().Bind(builder.Configuration.GetSection(WebhookOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Url is null or "" || Uri.TryCreate(o.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http",
                $"{WebhookOptions.Section}:Url must be an absolute http(s) URL.")
            .Validate(o => o.Url is null or "" || !string.IsNullOrEmpty(o.OutboundKey),
                $"{WebhookOptions.Section}:OutboundSecret (or Secret) is required when a Url is set: events are always signed.")
            .Validate(o => o.SecretsAreLongEnough,
                $"{WebhookOptions.Section}:Secret, InboundSecret and OutboundSecret must each be at least {WebhookOptions.MinSecretLength} characters.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(WebhookSender.ClientName);
        builder.Services.AddScoped<StoreUpdates>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }
}
