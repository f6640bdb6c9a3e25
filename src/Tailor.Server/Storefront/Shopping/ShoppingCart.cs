using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Tailor.Server.Storefront.Shopping;

/// <summary>One line of the bag: a SKU and how many. Prices are never kept here; they are read again at every render.</summary>
public sealed record CartLine(string Sku, int Quantity);

/// <summary>
/// The shopper's bag, kept in a signed and encrypted cookie so the server stays stateless and a shopper cannot
/// tamper with it; holds SKUs and quantities only.
/// </summary>
public sealed class ShoppingCart(IHttpContextAccessor http, IDataProtectionProvider protection)
{
    public const int MaxQuantity = 10;
    public const int MaxLines = 30;
    private const string CookieName = "tailor_cart";
    private readonly IDataProtector protector = protection.CreateProtector("Tailor.Storefront.Cart");
    private List<CartLine>? lines;

    public IReadOnlyList<CartLine> Lines => lines ??= Read();

    public int Count => Lines.Sum(l => l.Quantity);

    public int QuantityOf(string sku) => Lines.FirstOrDefault(l => l.Sku == sku)?.Quantity ?? 0;

    /// <summary>Adds units of a SKU, capped at <paramref name="available"/> and <see cref="MaxQuantity"/>; false when nothing could be added.</summary>
    public bool Add(string sku, int quantity, int available)
    {
        var current = QuantityOf(sku);
        var wanted = Math.Min(Math.Min(current + Math.Max(quantity, 1), MaxQuantity), available);
        if (wanted <= current || (current == 0 && Lines.Count >= MaxLines)) return false;
        Set(sku, wanted);
        return true;
    }

    /// <summary>Sets the quantity of a line; zero or less removes it.</summary>
    public void Set(string sku, int quantity)
    {
        var updated = Lines.Where(l => l.Sku != sku).ToList();
        var index = Lines.ToList().FindIndex(l => l.Sku == sku);
        if (quantity > 0)
            updated.Insert(index < 0 ? updated.Count : index, new CartLine(sku, Math.Min(quantity, MaxQuantity)));
        lines = updated;
        Save();
    }

    public void Remove(string sku) => Set(sku, 0);

    private List<CartLine> Read()
    {
        var cookie = http.HttpContext?.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(cookie)) return [];
        try
        {
            return (JsonSerializer.Deserialize<List<CartLine>>(protector.Unprotect(cookie)) ?? [])
                .Where(l => !string.IsNullOrWhiteSpace(l.Sku) && l.Quantity > 0).Take(MaxLines).ToList();
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            // A cookie from another key ring (e.g. a reset data folder) is an empty bag, not an error page.
            return [];
        }
    }

    private void Save()
    {
        var response = http.HttpContext?.Response ?? throw new InvalidOperationException("The cart is only saved during a request.");
        if (Lines.Count == 0)
        {
            response.Cookies.Delete(CookieName);
            return;
        }
        response.Cookies.Append(CookieName, protector.Protect(JsonSerializer.Serialize(Lines)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(30),
        });
    }
}
