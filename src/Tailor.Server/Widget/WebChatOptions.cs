namespace Tailor.Server.Widget;

/// <summary>Web chat settings (section <c>Tailor:Chat</c>): the sites that embed the widget, proactive prompts and the widget's looks.</summary>
public sealed class WebChatOptions
{
    public const string Section = "Tailor:Chat";

    /// <summary>Sites allowed to embed the widget: a key each page's script tag names, and the origins its pages come from.</summary>
    public List<ChatSite> Sites { get; set; } = [];

    /// <summary>Prompts the launcher shows after the shopper idles on a page type ("product", "checkout"…).</summary>
    public Dictionary<string, ProactivePrompt> Proactive { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public WidgetLook Ui { get; set; } = new();

    /// <summary>Streamed turns run at once; more wait their turn after <c>message.start</c>. Default: one per processor.</summary>
    public int? ConcurrentTurns { get; set; }
    /// <summary>Largest chat request body accepted, in bytes; refused before it is read or parsed.</summary>
    public int MaxRequestBytes { get; set; } = 16 * 1024;

    public ChatSite? Site(string key) => Sites.Find(s => string.Equals(s.Key, key, StringComparison.Ordinal));
}

/// <summary>A site that embeds the widget: its key (<c>data-site-key</c>) and the origins allowed to call the chat API with it.</summary>
public sealed class ChatSite
{
    public string Key { get; set; } = "";
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Whether a request's Origin header is one of this site's origins (compared in normalised form).</summary>
    public bool Allows(string origin) =>
        WebOrigin.Normalize(origin) is { } normalized && AllowedOrigins.Any(o => WebOrigin.Normalize(o) == normalized);
}

/// <summary>A nudge shown by the launcher once per page view after <see cref="IdleSeconds"/> without a keystroke.</summary>
public sealed class ProactivePrompt
{
    public int IdleSeconds { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>How the widget looks: title (default: the store's name), accent colour, side of the screen and theme.</summary>
public sealed class WidgetLook
{
    public string? Title { get; set; }
    public string? Accent { get; set; }
    public string Position { get; set; } = "right";
    public string Theme { get; set; } = "light";
}

/// <summary>Web origins ("https://shop.example:8443") in the one form browsers send in the Origin header.</summary>
public static class WebOrigin
{
    /// <summary>scheme://host[:port] in lower case without a default port, or null when the value is not an http(s) origin.</summary>
    public static string? Normalize(string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0) return null;
        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    /// <summary>The origin this request was addressed to: a page served by this server calls it without needing a site's permission.</summary>
    public static string Own(HttpRequest request)
    {
        var own = $"{request.Scheme}://{request.Host.Value}";
        return Normalize(own) ?? own.ToLowerInvariant();
    }
}
