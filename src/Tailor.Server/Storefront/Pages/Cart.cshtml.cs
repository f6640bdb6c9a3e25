using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Settings;
using Tailor.Server.Storefront.Shopping;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront.Pages;

/// <summary>The bag: lines priced now, quantities, removal; also the add-to-bag endpoint used by product pages and the widget.</summary>
public sealed class CartModel(ShoppingCart cart, CartPricing pricing, TailorDbContext db, StoreSettings settings) : StorefrontPage
{
    /// <summary>Why an add failed, as a key the page words: unknown product, sold out, or the bag's limits.</summary>
    public enum AddFailure { UnknownProduct, SoldOut, Limit }

    public override string WidgetPage => "cart";
    public PricedCart Bag { get; private set; } = new([], "");
    public ShippingZone? HomeZone => settings.Shipping.FirstOrDefault();
    [TempData] public string? Failure { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "Your bag";
        Bag = await pricing.PriceAsync(ct);
    }

    /// <summary>
    /// Adds a SKU (product page), or a product by handle with an optional size and colour (the widget's add-to-cart event),
    /// taking the first variant in stock that fits. Answers JSON to script callers, else goes to the bag.
    /// </summary>
    public async Task<IActionResult> OnPostAddAsync(string? sku, string? handle, string? size, string? color, int? quantity, CancellationToken ct)
    {
        var candidates = db.Variants.AsNoTracking().Where(v => v.Stock > 0);
        candidates = sku is { Length: > 0 } ? candidates.Where(v => v.Sku == sku) : candidates.Where(v => v.Product!.Handle == handle);
        var variants = await candidates.OrderBy(v => v.Id).ToListAsync(ct);
        var variant = variants.FirstOrDefault(v => (string.IsNullOrWhiteSpace(size) || VariantMatch.SameSize(size, v.Size))
            && (string.IsNullOrWhiteSpace(color) || string.Equals(v.Color, color.Trim(), StringComparison.OrdinalIgnoreCase)));

        AddFailure? failure = variant is not null ? null
            : await db.Variants.AnyAsync(v => v.Sku == sku || v.Product!.Handle == handle, ct) ? AddFailure.SoldOut : AddFailure.UnknownProduct;
        if (variant is not null && !cart.Add(variant.Sku, quantity ?? 1, variant.Stock)) failure = AddFailure.Limit;

        if (!WantsJson)
        {
            Failure = failure?.ToString();
            return RedirectToPage();
        }
        if (failure is { } reason)
        {
            var status = reason == AddFailure.UnknownProduct ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return new ObjectResult(new ProblemDetails { Status = status, Title = "The bag was not changed.", Detail = reason.ToString() })
                { StatusCode = status, ContentTypes = { "application/problem+json" } };
        }
        var bag = await pricing.PriceAsync(ct);
        return new JsonResult(new { count = bag.Count, cart = bag.ForWidget, added = variant!.Sku });
    }

    public IActionResult OnPostUpdate(string sku, int quantity)
    {
        cart.Set(sku, Math.Clamp(quantity, 0, ShoppingCart.MaxQuantity));
        return RedirectToPage();
    }

    public IActionResult OnPostRemove(string sku)
    {
        cart.Remove(sku);
        return RedirectToPage();
    }

    private bool WantsJson => Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
}
