using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Policies;
using Tailor.Domain.Catalog;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Products;

/// <summary>Reads one product's facts for product questions, size advice and comparisons.</summary>
public sealed class ProductFactsReader(TailorDbContext db, StoreSettings settings)
{
    /// <summary>Snippets come from this many of the latest reviews, so they describe the product as it is sold now.</summary>
    private const int RecentReviews = 10;
    private const int Snippets = 3;
    private const int SnippetLength = 200;

    /// <summary>The product's facts, or null when no product has the handle.</summary>
    public async Task<ProductFacts?> GetAsync(string handle, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking()
            .Include(p => p.Variants)
            .Include(p => p.Images)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Handle == handle, ct);
        if (product is null) return null;

        // Only the two numbers per review that the fit summary needs; a bestseller's text stays in the database.
        var fits = await db.Reviews.Where(r => r.ProductId == product.Id).Select(r => new { r.Rating, r.Fit }).ToListAsync(ct);
        var recent = await db.Reviews.AsNoTracking().Where(r => r.ProductId == product.Id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(RecentReviews).ToListAsync(ct);
        var charts = await db.SizeCharts.AsNoTracking().Where(c => c.Category == product.Category).ToListAsync(ct);

        var variants = product.Variants.OrderBy(v => v.Id)
            .Select(v => new VariantFact(v.Sku, v.Size, v.Color, v.ColorFamily, v.Price, v.CompareAtPrice, v.Stock))
            .ToList();
        var byColor = variants.Where(v => v.InStock).GroupBy(v => v.Color)
            .Select(g => new ColorSizes(g.Key, g.Select(v => v.Size).Distinct().ToList()))
            .ToList();

        return new ProductFacts(
            product.Handle, product.Title, product.Brand, product.Category, product.CategoryPath, product.Gender,
            product.Description, product.Care, product.Attributes, product.Collections,
            ProductLinks.UrlOf(product.Handle), product.Images.OrderBy(i => i.Position).FirstOrDefault()?.Url, settings.Currency,
            product.FinalSale, variants, byColor.Select(c => c.Color).ToList(), byColor,
            FitSummary.Of(fits.Select(f => new Review { Rating = f.Rating, Fit = f.Fit }).ToList()),
            SnippetsOf(recent), ChartFor(charts, product));
    }

    /// <summary>
    /// The first of <paramref name="handles"/> with a variant in stock in <paramref name="color"/> (a colour family or a
    /// colour name): "the red one" among the products shown, in one query rather than each product's facts.
    /// </summary>
    public async Task<string?> FirstInColorAsync(IReadOnlyList<string> handles, string color, CancellationToken ct)
    {
        var lower = color.ToLowerInvariant();
        var matching = await db.Variants.AsNoTracking()
            .Where(v => handles.Contains(v.Product!.Handle) && v.Stock > 0 && (v.ColorFamily == color || v.Color.ToLower() == lower))
            .Select(v => v.Product!.Handle).Distinct().ToListAsync(ct);
        return handles.FirstOrDefault(matching.Contains);
    }

    // "Most helpful" without votes: the longest of the recent reviews say the most; ties go to the newer one.
    private static List<ReviewSnippet> SnippetsOf(IEnumerable<Review> recent) => recent
        .OrderByDescending(r => r.Text.Length).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
        .Take(Snippets)
        .Select(r => new ReviewSnippet(r.Rating, r.Title, Excerpt.Shorten(r.Text, SnippetLength), r.Fit, r.ReviewerSize, r.AuthorName, r.CreatedAt))
        .ToList();

    /// <summary>The brand's own chart for the category and gender, else the store's; unisex products fall back to any gender.</summary>
    public static SizeChartFacts? ChartFor(IReadOnlyList<SizeChart> charts, Product product)
    {
        var chart = charts.FirstOrDefault(c => c.Gender == product.Gender && string.Equals(c.Brand, product.Brand, StringComparison.OrdinalIgnoreCase))
            ?? charts.FirstOrDefault(c => c.Gender == product.Gender && c.Brand is null)
            ?? (product.Gender == Gender.Unisex ? charts.OrderBy(c => c.Gender).FirstOrDefault(c => c.Brand is null) : null);
        return chart is null ? null : new SizeChartFacts(chart.Category, chart.Brand, chart.Gender, chart.Rows);
    }
}
