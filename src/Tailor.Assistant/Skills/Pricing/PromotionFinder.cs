using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Pricing;

/// <summary>
/// Answers "what offers are on", "does my code work", "how much is it" and "what is on sale" from the catalog and the
/// promotions running now. Every price comes from <see cref="PriceCalculator"/>, the same rule checkout uses.
/// </summary>
public sealed class PromotionFinder(TailorDbContext db, StoreSettings settings, TimeProvider time)
{
    /// <summary>Promotions running now (automatic and code) that can apply to something in the category; all of them without one.</summary>
    public async Task<IReadOnlyList<PromotionOffer>> ActiveAsync(string? category, CancellationToken ct)
    {
        var active = await ActivePromotionsAsync(ct);
        if (string.IsNullOrWhiteSpace(category)) return active.Select(PromotionOffer.From).ToList();

        var slug = category.Trim().ToLowerInvariant();
        var relevant = new List<PromotionOffer>();
        foreach (var promotion in active)
        {
            var value = promotion.ScopeValue ?? "";
            var applies = promotion.Scope switch
            {
                PromotionScope.All => true,
                PromotionScope.Category => string.Equals(value, slug, StringComparison.OrdinalIgnoreCase),
                PromotionScope.Collection => await db.Products.AnyAsync(p => p.Category == slug && p.Collections.Contains(value), ct),
                PromotionScope.Product => await db.Products.AnyAsync(p => p.Category == slug && p.Handle == value, ct),
                _ => false,
            };
            if (applies) relevant.Add(PromotionOffer.From(promotion));
        }
        return relevant;
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

        var query = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(category))
        {
            var slug = category.Trim().ToLowerInvariant();
            query = query.Where(p => p.Category == slug);
        }
        // Narrow in SQL to what can be discounted, unless an automatic promotion covers the whole store anyway.
        if (!automatic.Any(p => p.Scope == PromotionScope.All))
        {
            var handles = ScopeValues(automatic, PromotionScope.Product);
            var categories = ScopeValues(automatic, PromotionScope.Category);
            var collections = ScopeValues(automatic, PromotionScope.Collection);
            query = query.Where(p => p.Variants.Any(v => v.Stock > 0 && v.CompareAtPrice > v.Price)
                || handles.Contains(p.Handle) || categories.Contains(p.Category) || p.Collections.Any(c => collections.Contains(c)));
        }
        // Only the columns a price needs: materialising whole products (attributes, tags, copy) would cost more than the query.
        var candidates = await query
            .Select(p => new
            {
                Product = new Product { Id = p.Id, Handle = p.Handle, Title = p.Title, Brand = p.Brand, Category = p.Category, Collections = p.Collections },
                Image = p.Images.OrderBy(i => i.Position).Select(i => i.Url).FirstOrDefault(),
                InStock = p.Variants.Where(v => v.Stock > 0)
                    .Select(v => new Variant { Id = v.Id, Sku = v.Sku, Price = v.Price, CompareAtPrice = v.CompareAtPrice, Stock = v.Stock })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        return candidates
            .Select(c => BestSalePrice(c.Product, c.InStock, c.Image, automatic, now))
            .OfType<SaleItem>()
            .OrderByDescending(item => item.Saving / item.WasPrice).ThenBy(item => item.Price).ThenBy(item => item.Handle, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    private static SaleItem? BestSalePrice(Product product, IReadOnlyList<Variant> inStock, string? image, IReadOnlyList<Promotion> automatic,
        DateTimeOffset now)
    {
        var best = inStock
            .Select(v => (Variant: v, Quote: PriceCalculator.Quote(product, v, automatic, now)))
            .Where(q => q.Quote.Saving > 0)
            .OrderBy(q => q.Quote.FinalPrice).ThenByDescending(q => q.Quote.Saving).ThenBy(q => q.Variant.Id)
            .FirstOrDefault();
        if (best.Quote is not { } quote) return null;
        return new SaleItem(product.Handle, product.Title, product.Brand, product.Category, ProductLinks.UrlOf(product.Handle), image,
            quote.FinalPrice, quote.CompareAtPrice ?? quote.ListPrice, quote.AppliedPromotion is { } p ? PromotionOffer.From(p) : null);
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

    // SQL compares case-sensitively where the domain rule does not; slugs are lower case, so both spellings are asked for.
    private static List<string> ScopeValues(IEnumerable<Promotion> promotions, PromotionScope scope) =>
        promotions.Where(p => p.Scope == scope && p.ScopeValue is not null)
            .SelectMany(p => new[] { p.ScopeValue!, p.ScopeValue!.ToLowerInvariant() })
            .Distinct()
            .ToList();

    private async Task<List<Promotion>> ActivePromotionsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.Promotions.AsNoTracking()
            .Where(p => p.StartsAt <= now && (p.EndsAt == null || p.EndsAt > now))
            .OrderBy(p => p.Code != null).ThenBy(p => p.StartsAt).ThenBy(p => p.Id)
            .ToListAsync(ct);
    }
}
