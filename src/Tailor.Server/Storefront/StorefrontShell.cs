using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Settings;
using Tailor.Server.Storefront.Shopping;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront;

/// <summary>What the shared layout shows around every page: header counts, the signed-in shopper, policy links and the widget.</summary>
public sealed record ShellView(
    string StoreName, int CartCount, string? ShopperName, string? CustomerToken, string RequestToken,
    IReadOnlyList<PolicyLink> Policies, string WidgetPage, string? ProductHandle, string WidgetSettingsJson);

public sealed record PolicyLink(string Title, string Url);

/// <summary>Gathers the layout's data once per request.</summary>
public sealed class StorefrontShell(
    StoreSettings settings, CartPricing pricing, DemoShopper shopper, TailorDbContext db, IAntiforgery antiforgery,
    IHttpContextAccessor http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ShellView> LoadAsync(StorefrontPage? page, CancellationToken ct)
    {
        var cart = await pricing.PriceAsync(ct);
        var customer = await shopper.CustomerAsync(ct);
        var token = await shopper.WidgetTokenAsync(ct);
        var policies = await db.Policies.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Title)
            .Select(p => new PolicyLink(p.Title, p.Url)).ToListAsync(ct);
        var kind = page?.WidgetPage ?? "home";
        var handle = page?.ProductHandle;
        // Read by the page's script before the widget loads (the contract's window.tailorSettings); System.Text.Json
        // escapes <, > and & so the JSON cannot close the script element it sits in.
        var widgetSettings = JsonSerializer.Serialize(new
        {
            customerToken = token,
            context = new { page = kind, productHandle = handle, cart = cart.ForWidget },
        }, Json);
        var requestToken = antiforgery.GetAndStoreTokens(http.HttpContext!).RequestToken ?? "";
        return new ShellView(settings.Name, cart.Count, customer?.FullName, token, requestToken, policies, kind, handle, widgetSettings);
    }
}
