using Tailor.Assistant.Dialogue;

namespace Tailor.Server.Chat;

/// <summary>Turns the page context a client sent into the assistant's <see cref="PageContext"/>.</summary>
internal static class PageContextMapping
{
    /// <summary>Null when the client sent no context: the conversation keeps the page it knew.</summary>
    public static PageContext? ToPage(this ChatApi.PageContextDto? context) =>
        context is null ? null : new PageContext(context.Page, context.ProductHandle);
}
