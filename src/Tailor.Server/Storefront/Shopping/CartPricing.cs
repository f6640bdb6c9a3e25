using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Pricing;
using Tailor.Domain.Catalog;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront.Shopping;

/// <summary>A bag line as shown: the variant read from the catalog now, priced today with the promotions running now.</summary>
public sealed record PricedCartLine(
    string Sku, string Handle, string Title, string Size, string Color, string? ImageUrl, int Quantity, int Stock,
    decimal ListPrice, decimal? CompareAtPrice, decimal UnitPrice, string? PromotionName)
{
    public string Url => ProductLinks.UrlOf(Handle);
    public decimal Total => UnitPrice * Quantity;
    /// <summary>The price before today's reductions, when there are any: the "was" price, else the list price under a promotion.</summary>
    public decimal? WasPrice => CompareAtPrice ?? (UnitPrice < ListPrice ? ListPrice : null);
}

/// <summary>The bag priced now; lines whose SKU no longer exists are dropped.</summary>
public sealed record PricedCart(IReadOnlyList<PricedCartLine> Lines, string Currency)
{
    public int Count => Lines.Sum(l => l.Quantity);
    public decimal Subtotal => Lines.Sum(l => l.Total);
    public bool IsEmpty => Lines.Count == 0;

    /// <summary>What the widget is told about the bag: handle, SKU and quantity of each line.</summary>
    public IReadOnlyList<WidgetCartLine> ForWidget => Lines.Select(l => new WidgetCartLine(l.Handle, l.Sku, l.Quantity)).ToList();
}

/// <summary>One bag line in the widget's page context.</summary>
public sealed record WidgetCartLine(string Handle, string Sku, int Quantity);

/// <summary>Prices the bag from the database at every render, through the same quote the assistant gives.</summary>
public sealed class CartPricing(ShoppingCart cart, TailorDbContext db, PromotionFinder promotions, StoreSettings settings)
{
    private IReadOnlyList<CartLine>? pricedLines;
    private PricedCart? priced;

    /// <summary>The bag priced now; priced once per request unless the bag changed since (the layout and the page both ask).</summary>
    public async Task<PricedCart> PriceAsync(CancellationToken ct)
    {
        if (priced is not null && ReferenceEquals(pricedLines, cart.Lines)) return priced;
        pricedLines = cart.Lines;
        return priced = await ReadAsync(ct);
    }

    private async Task<PricedCart> ReadAsync(CancellationToken ct)
    {
        var skus = cart.Lines.Select(l => l.Sku).ToList();
        var variants = await db.Variants.AsNoTracking().Where(v => skus.Contains(v.Sku))
            .Select(v => new
            {
                v.Sku, v.Size, v.Color, v.Stock, v.ProductId, v.Product!.Handle, v.Product.Title,
                Image = db.ProductImages.Where(i => i.ProductId == v.ProductId && i.Color == v.Color).Select(i => i.Url).FirstOrDefault()
                    ?? db.ProductImages.Where(i => i.ProductId == v.ProductId).OrderBy(i => i.Position).Select(i => i.Url).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var lines = new List<PricedCartLine>();
        foreach (var line in cart.Lines)
        {
            var variant = variants.FirstOrDefault(v => v.Sku == line.Sku);
            if (variant is null) continue;
            var quote = await promotions.QuoteAsync(variant.Handle, null, variant.Size, variant.Color, ct);
            var price = quote?.Variants.FirstOrDefault(p => p.Sku == variant.Sku);
            if (price is null) continue;
            lines.Add(new PricedCartLine(variant.Sku, variant.Handle, variant.Title, variant.Size, variant.Color, variant.Image,
                line.Quantity, variant.Stock, price.ListPrice, price.CompareAtPrice, price.FinalPrice, price.AppliedPromotion?.Name));
        }
        return new PricedCart(lines, settings.Currency);
    }
}
