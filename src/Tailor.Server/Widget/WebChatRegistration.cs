using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tailor.Server.Chat;

namespace Tailor.Server.Widget;

/// <summary>Registers the web chat channel: site keys and CORS for <c>/api/chat/*</c>, the widget script and shopper feedback.</summary>
public static class WebChatRegistration
{
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>();
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, SiteCorsPolicies>());
        services.AddSingleton(_ => WidgetAsset.Load());
        services.AddScoped<FeedbackRecorder>();
        services.AddSingleton<TurnGate>();
        return builder;
    }

    /// <summary>The site gate then CORS, on the chat API only: the rest of the API and /widget.js are unaffected.</summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api/chat"), chat =>
        {
            chat.UseMiddleware<ChatBodyLimit>();
            chat.UseMiddleware<SiteGate>();
            chat.UseCors(SiteCorsPolicies.PolicyName);
        });
        return app;
    }
}
