using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Pricing;

/// <summary>
/// Answers "what offers are on", "does my code work", "how much is it" and "what is on sale" from the catalog and the
/// promotions running now. Every price comes from <see cref="PriceCalculator"/>, the same rule checkout uses.
/// </summary>
public sealed class PromotionFinder(TailorDbContext db, CatalogSnapshotCache catalog, StoreSettings settings, TimeProvider time)
{
    /// <summary>Promotions running now (automatic and code) that can apply to something in the category; all of them without one.</summary>
    public async Task<IReadOnlyList<PromotionOffer>> ActiveAsync(string? category, CancellationToken ct)
    {
        var active = await ActivePromotionsAsync(ct);
        if (string.IsNullOrWhiteSpace(category)) return active.Select(PromotionOffer.From).ToList();

        var snapshot = await catalog.GetAsync(ct);
        var slug = category.Trim().ToLowerInvariant();
        return active.Where(p => SaleScan.ReachesCategory(snapshot, p, slug)).Select(PromotionOffer.From).ToList();
    }

    /// <summary>Whether a discount code can be used today, and if not, why: unknown, expired or not started yet.</summary>
    public async Task<CodeCheck> CheckCodeAsync(string code, CancellationToken ct) => (await CheckAsync(code, ct)).Check;

    private async Task<(CodeCheck Check, Promotion? Promotion)> CheckAsync(string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(code);
        var typed = code.Trim();
        var upper = typed.ToUpperInvariant();
        var candidates = await db.Promotions.AsNoTracking()
            .Where(p => p.Code != null && p.Code.ToUpper() == upper)
            .ToListAsync(ct);
        return PromotionCodes.Check(typed, candidates, time.GetUtcNow());
    }

    /// <summary>
    /// The price of a product today: each variant in the size and colour asked for (or the cheapest in stock when none is
    /// given or none matches), with the code applied when it can be, and the reason when it cannot. Null for an unknown handle.
    /// </summary>
    public async Task<ProductPriceQuote?> QuoteAsync(string handle, string? code, string? size, string? color, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).FirstOrDefaultAsync(p => p.Handle == handle, ct);
        if (product is null) return null;

        var now = time.GetUtcNow();
        var active = await ActivePromotionsAsync(ct);
        var (check, codePromotion) = string.IsNullOrWhiteSpace(code) ? (null, null) : await CheckAsync(code, ct);
        // Only a code that is running reaches the calculator, in the promotion's own spelling (the shopper's may carry spaces).
        var usableCode = check is { Status: CodeStatus.Valid } ? codePromotion!.Code : null;

        var (variants, matched) = Choose(product.Variants, size, color);
        var prices = variants.Select(variant =>
        {
            var quote = PriceCalculator.Quote(product, variant, active, now, usableCode);
            var applied = quote.AppliedPromotion is { } promotion ? PromotionOffer.From(promotion) : null;
            return new VariantPrice(variant.Sku, variant.Size, variant.Color, variant.Stock, quote.ListPrice, quote.CompareAtPrice,
                quote.FinalPrice, applied, check is null ? null : PromotionCodes.Refusal(check, codePromotion, product, variant, applied));
        }).ToList();
        return new ProductPriceQuote(product.Handle, product.Title, product.Category, settings.Currency, matched, prices, check);
    }

    /// <summary>
    /// Products in the category (or anywhere) on sale right now, marked down or under an automatic promotion, each at its
    /// lowest discounted in-stock price; the deepest reductions first.
    /// </summary>
    public async Task<IReadOnlyList<SaleItem>> OnSaleAsync(string? category, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var now = time.GetUtcNow();
        var automatic = (await ActivePromotionsAsync(ct)).Where(p => p.Code is null).ToList();
        var slug = string.IsNullOrWhiteSpace(category) ? null : category.Trim().ToLowerInvariant();

        // The snapshot picks the candidates (twice the page, in case stock moved since it was read); their prices are then
        // re-read from the database, so what is shown is priced from the catalog as it is now.
        var candidates = SaleScan.DeepestSavings(await catalog.GetAsync(ct), slug, automatic, now, take * 2);
        var products = await db.Products.AsNoTracking()
            .Where(p => candidates.Contains(p.Id))
            .Select(p => new Product { Id = p.Id, Handle = p.Handle, Title = p.Title, Brand = p.Brand, Category = p.Category, Collections = p.Collections })
            .ToDictionaryAsync(p => p.Id, ct);
        // A product's sizes mostly share one price: its distinct in-stock price points are all a sale price needs.
        var pricePoints = await db.Variants.AsNoTracking()
            .Where(v => v.Stock > 0 && candidates.Contains(v.ProductId))
            .Select(v => new { v.ProductId, v.Price, v.CompareAtPrice })
            .Distinct()
            .ToListAsync(ct);

        var best = pricePoints
            .GroupBy(v => v.ProductId)
            .Where(g => products.ContainsKey(g.Key))
            .Select(g => BestSalePrice(products[g.Key],
                g.Select(v => new Variant { Sku = "", Price = v.Price, CompareAtPrice = v.CompareAtPrice }), automatic, now))
            .OfType<(Product Product, PriceQuote Quote)>()
            .OrderByDescending(s => s.Quote.Saving / (s.Quote.CompareAtPrice ?? s.Quote.ListPrice)).ThenBy(s => s.Quote.FinalPrice)
            .ThenBy(s => s.Product.Handle, StringComparer.Ordinal)
            .Take(take)
            .ToList();

        var ids = best.Select(s => s.Product.Id).ToList();
        var images = await db.ProductImages.AsNoTracking()
            .Where(i => ids.Contains(i.ProductId))
            .OrderBy(i => i.Position)
            .Select(i => new { i.ProductId, i.Url })
            .ToListAsync(ct);
        return best.Select(s => new SaleItem(s.Product.Handle, s.Product.Title, s.Product.Brand, s.Product.Category,
                ProductLinks.UrlOf(s.Product.Handle), images.FirstOrDefault(i => i.ProductId == s.Product.Id)?.Url,
                s.Quote.FinalPrice, s.Quote.CompareAtPrice ?? s.Quote.ListPrice,
                s.Quote.AppliedPromotion is { } promotion ? PromotionOffer.From(promotion) : null))
            .ToList();
    }

    // The lowest payable price among the product's in-stock price points, when it is a saving at all.
    private static (Product Product, PriceQuote Quote)? BestSalePrice(Product product, IEnumerable<Variant> pricePoints,
        IReadOnlyList<Promotion> automatic, DateTimeOffset now)
    {
        var best = pricePoints
            .Select(v => PriceCalculator.Quote(product, v, automatic, now))
            .Where(q => q.Saving > 0)
            .OrderBy(q => q.FinalPrice).ThenByDescending(q => q.Saving)
            .FirstOrDefault();
        return best is null ? null : (product, best);
    }

    // Variants asked for by size and colour; without a request, or when nothing matches, the cheapest in stock.
    private static (IReadOnlyList<Variant> Variants, bool Matched) Choose(IReadOnlyList<Variant> variants, string? size, string? color)
    {
        var cheapestFirst = variants.OrderByDescending(v => v.Stock > 0).ThenBy(v => v.Price).ThenBy(v => v.Id).ToList();
        if (string.IsNullOrWhiteSpace(size) && string.IsNullOrWhiteSpace(color)) return (cheapestFirst.Take(1).ToList(), true);

        var colors = string.IsNullOrWhiteSpace(color) ? null : VariantMatch.Colors(variants.Select(v => v.Color), color);
        var matching = cheapestFirst
            .Where(v => string.IsNullOrWhiteSpace(size) || VariantMatch.SameSize(size, v.Size))
            .Where(v => colors is null || colors.Contains(v.Color, StringComparer.OrdinalIgnoreCase))
            .ToList();
        return matching.Count > 0 ? (matching, true) : (cheapestFirst.Take(1).ToList(), false);
    }

    private async Task<List<Promotion>> ActivePromotionsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.Promotions.AsNoTracking()
            .Where(p => p.StartsAt <= now && (p.EndsAt == null || p.EndsAt > now))
            .OrderBy(p => p.Code != null).ThenBy(p => p.StartsAt).ThenBy(p => p.Id)
            .ToListAsync(ct);
    }
}
