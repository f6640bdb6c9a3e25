using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tailor.Server.Storefront;

/// <summary>What every storefront page tells the shared layout: which kind of page it is for the widget, and its product.</summary>
public abstract class StorefrontPage : PageModel
{
    /// <summary>The widget's page kind: home, category, product, cart, checkout or account.</summary>
    public abstract string WidgetPage { get; }

    public virtual string? ProductHandle => null;

    /// <summary>The document title before the store name.</summary>
    public string Title { get; protected set; } = "";
}
