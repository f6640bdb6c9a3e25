using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Tailor.Domain.Settings;

namespace Tailor.Server.Widget;

/// <summary><c>GET /api/chat/config</c>: what the widget needs before the first message (looks, store locale, proactive prompts).</summary>
public static class ChatConfigApi
{
    public sealed record WidgetConfig(string SiteKey, string Title, string StoreName, string Locale, string Currency, WidgetLookView Ui,
        IReadOnlyDictionary<string, ProactivePromptView> Proactive);
    public sealed record WidgetLookView(string? Accent, string Position, string Theme);
    public sealed record ProactivePromptView(int IdleSeconds, string Text);

    public static WebApplication MapChatConfig(this WebApplication app)
    {
        app.MapGet("/api/chat/config", Get).WithName("GetChatConfig").WithTags("Chat")
            .WithSummary("The widget's settings for a site key: title, accent colour, position, theme, store locale and currency, " +
                "and the proactive prompt per page type (idle seconds and text).");
        return app;
    }

    private static Results<Ok<WidgetConfig>, ValidationProblem> Get(string? siteKey, HttpResponse response, IOptions<WebChatOptions> options,
        StoreSettings store)
    {
        // Unknown keys never get here: the site gate refuses them first.
        if (string.IsNullOrEmpty(siteKey))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["siteKey"] = ["Pass the site key of the page's script tag, e.g. /api/chat/config?siteKey=demo."],
            });
        var chat = options.Value;
        response.Headers.CacheControl = "public, max-age=60";
        return TypedResults.Ok(new WidgetConfig(siteKey, chat.Ui.Title ?? store.Name, store.Name, store.Locale, store.Currency,
            new WidgetLookView(chat.Ui.Accent, chat.Ui.Position, chat.Ui.Theme),
            chat.Proactive.ToDictionary(p => p.Key.ToLowerInvariant(), p => new ProactivePromptView(p.Value.IdleSeconds, p.Value.Text))));
    }
}
