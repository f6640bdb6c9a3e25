using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Customers;
using Tailor.Domain.Customers;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront.Shopping;

/// <summary>Whether the one-click demo sign-in is offered (<c>Tailor:Demo:Storefront</c>; on in Development only by default).</summary>
public sealed record DemoSignIn(bool Enabled)
{
    public const string Setting = "Tailor:Demo:Storefront";
}

/// <summary>
/// The demo sign-in: one click signs the browser in as a demo customer (a protected cookie holds the customer id), and
/// the widget gets a signed customer token for her. There is no password, so it exists only where <see cref="DemoSignIn"/>
/// is on: elsewhere nobody is signed in, whatever cookie the browser sends.
/// </summary>
public sealed class DemoShopper(IHttpContextAccessor http, IDataProtectionProvider protection, TailorDbContext db, CustomerTokens tokens, DemoSignIn demo)
{
    /// <summary>The demo store's longest-standing customer, who has an order in every status.</summary>
    public const string DemoCustomerId = "cus_000001";
    private const string CookieName = "tailor_shopper";
    private readonly IDataProtector protector = protection.CreateProtector("Tailor.Storefront.Shopper");
    private Customer? customer;
    private bool loaded;

    /// <summary>The signed-in customer, or null.</summary>
    public async Task<Customer?> CustomerAsync(CancellationToken ct)
    {
        if (loaded) return customer;
        loaded = true;
        if (SignedInId() is { } id) customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.ExternalId == id, ct);
        return customer;
    }

    /// <summary>A customer token for the widget, or null when nobody is signed in.</summary>
    public async Task<string?> WidgetTokenAsync(CancellationToken ct) =>
        await CustomerAsync(ct) is { } signedIn ? tokens.Issue(signedIn.ExternalId) : null;

    /// <summary>Signs the browser in as the demo customer; false when the store has no such customer (e.g. an imported catalog).</summary>
    public async Task<bool> SignInDemoCustomerAsync(CancellationToken ct)
    {
        if (!demo.Enabled || !await db.Customers.AnyAsync(c => c.ExternalId == DemoCustomerId, ct)) return false;
        Response.Cookies.Append(CookieName, protector.Protect(DemoCustomerId), new CookieOptions
        {
            HttpOnly = true,
            Secure = Response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromHours(12),
        });
        (customer, loaded) = (null, false);
        return true;
    }

    public void SignOut() => Response.Cookies.Delete(CookieName);

    private HttpResponse Response => http.HttpContext?.Response ?? throw new InvalidOperationException("Signing in needs a request.");

    private string? SignedInId()
    {
        var cookie = http.HttpContext?.Request.Cookies[CookieName];
        if (!demo.Enabled || string.IsNullOrEmpty(cookie)) return null;
        try { return protector.Unprotect(cookie); }
        catch (CryptographicException) { return null; }
    }
}
