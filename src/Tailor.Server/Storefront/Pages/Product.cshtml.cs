using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Pricing;
using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;
using Tailor.Server.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront.Pages;

/// <summary>
/// A product page at <see cref="ProductLinks.UrlOf"/>: gallery, today's price, colour and size with stock per variant,
/// size guide, what reviewers say about the fit, and add to bag. The colour picked is in the address (?color=).
/// </summary>
public sealed class ProductModel(ProductSearch search, PromotionFinder promotions, TailorDbContext db) : StorefrontPage
{
    private const int ReviewsShown = 3;

    [FromRoute] public string Handle { get; set; } = "";
    [FromQuery] public string? Color { get; set; }

    public override string WidgetPage => "product";
    public override string? ProductHandle => Product?.Handle;

    public Product? Product { get; private set; }
    public IReadOnlyList<string> Colors { get; private set; } = [];
    public string SelectedColor { get; private set; } = "";
    /// <summary>Each size of the selected colour, with its stock and today's price.</summary>
    public IReadOnlyList<VariantPrice> Sizes { get; private set; } = [];
    public VariantPrice? Lead { get; private set; }
    public FitSummary Fit { get; private set; } = FitSummary.Of([]);
    public IReadOnlyList<Review> Reviews { get; private set; } = [];
    public SizeChartFacts? SizeGuide { get; private set; }
    public ProductImage? MainImage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Product = await search.FindAsync(Handle, ct);
        if (Product is null) return NotFound();
        Title = Product.Title;
        Colors = Product.Variants.OrderBy(v => v.Id).Select(v => v.Color).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        SelectedColor = Colors.FirstOrDefault(c => string.Equals(c, Color, StringComparison.OrdinalIgnoreCase))
            ?? Product.Variants.Where(v => v.Stock > 0).OrderBy(v => v.Id).Select(v => v.Color).FirstOrDefault()
            ?? Colors.FirstOrDefault() ?? "";

        var quote = SelectedColor == "" ? null : await promotions.QuoteAsync(Product.Handle, null, null, SelectedColor, ct);
        var order = Product.Variants.Select((v, i) => (v.Sku, i)).ToDictionary(x => x.Sku, x => x.i);
        Sizes = (quote?.Variants ?? []).OrderBy(v => order.GetValueOrDefault(v.Sku)).ToList();
        Lead = Sizes.Where(s => s.Stock > 0).MinBy(s => s.FinalPrice) ?? Sizes.MinBy(s => s.FinalPrice);

        Fit = FitSummary.Of(Product.Reviews);
        Reviews = Product.Reviews.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(ReviewsShown).ToList();
        var charts = await db.SizeCharts.AsNoTracking().Where(c => c.Category == Product.Category).ToListAsync(ct);
        SizeGuide = ProductFactsReader.ChartFor(charts, Product);
        var images = Product.Images.OrderBy(i => i.Position).ToList();
        MainImage = images.FirstOrDefault(i => string.Equals(i.Color, SelectedColor, StringComparison.OrdinalIgnoreCase)) ?? images.FirstOrDefault();
        return Page();
    }

    public IEnumerable<ProductImage> Gallery => Product is null ? [] : Product.Images.OrderBy(i => i.Position);

    /// <summary>Whether any row of the size guide has this measurement, so empty columns are left out.</summary>
    public bool GuideHas(Func<SizeChartRow, object?> column) => SizeGuide?.Rows.Any(r => column(r) is not null) == true;
}
