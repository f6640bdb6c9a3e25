using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Server.Catalog;

/// <summary>Runs a catalog query: every filter applies to the same variant, so "red, size M, in stock" means one real SKU.</summary>
public sealed class ProductSearch(TailorDbContext db, StoreSettings settings)
{
    public async Task<ProductPageDto> SearchAsync(ProductQuery query, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking();
        foreach (var term in query.Terms)
        {
            var pattern = $"%{term}%";
            products = products.Where(p => EF.Functions.Like(p.Title, pattern) || EF.Functions.Like(p.Brand, pattern)
                || EF.Functions.Like(p.Category, pattern) || EF.Functions.Like(p.Description, pattern));
        }
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = query.Category.Trim().ToLowerInvariant();
            products = products.Where(p => p.Category == category);
        }
        if (query.GenderValue is { } gender) products = products.Where(p => p.Gender == gender);

        var color = query.Color?.Trim().ToLowerInvariant();
        var size = query.Size?.Trim();
        var inStock = query.InStock == true;
        var (min, max) = (query.MinPrice, query.MaxPrice);
        var filtersVariants = color is { Length: > 0 } || size is { Length: > 0 } || inStock || min is not null || max is not null;
        if (filtersVariants)
            products = products.Where(p => p.Variants.Any(v =>
                (color == null || color == "" || v.ColorFamily == color || v.Color.ToLower() == color)
                && (size == null || size == "" || v.Size == size)
                && (!inStock || v.Stock > 0)
                && (min == null || v.Price >= min)
                && (max == null || v.Price <= max)));

        var total = await products.CountAsync(ct);
        var leadTerm = query.Terms.FirstOrDefault() ?? "";
        var ordered = query.SortOrder switch
        {
            "price-asc" => products.OrderBy(p => p.Variants.Min(v => v.Price)).ThenBy(p => p.Id),
            "price-desc" => products.OrderByDescending(p => p.Variants.Min(v => v.Price)).ThenBy(p => p.Id),
            "newest" => products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
            "rating" => products.OrderByDescending(p => p.Reviews.Average(r => (double?)r.Rating) ?? 0).ThenBy(p => p.Id),
            "title" => products.OrderBy(p => p.Title).ThenBy(p => p.Id),
            // Relevance until the BM25 index arrives: title matches first, then best rated.
            _ => products.OrderByDescending(p => leadTerm != "" && p.Title.ToLower().Contains(leadTerm))
                .ThenByDescending(p => p.Reviews.Average(r => (double?)r.Rating) ?? 0).ThenBy(p => p.Id),
        };

        var page = await ordered
            .Skip((query.PageNumber - 1) * query.ItemsPerPage).Take(query.ItemsPerPage)
            .Select(p => new
            {
                Product = p,
                Rating = p.Reviews.Average(r => (double?)r.Rating) ?? 0,
                ReviewCount = p.Reviews.Count,
            })
            .ToListAsync(ct);

        var ids = page.Select(p => p.Product.Id).ToList();
        var variants = await db.Variants.AsNoTracking().Where(v => ids.Contains(v.ProductId)).ToListAsync(ct);
        var images = await db.ProductImages.AsNoTracking().Where(i => ids.Contains(i.ProductId)).ToListAsync(ct);
        var items = page.Select(row =>
        {
            row.Product.Variants = variants.Where(v => v.ProductId == row.Product.Id).ToList();
            row.Product.Images = images.Where(i => i.ProductId == row.Product.Id).ToList();
            return ProductMapping.ToSummary(row.Product, settings.Currency, Math.Round(row.Rating, 1), row.ReviewCount);
        }).ToList();
        return new ProductPageDto(items, query.PageNumber, query.ItemsPerPage, total);
    }

    public Task<Product?> FindAsync(string handle, CancellationToken ct) =>
        db.Products.AsNoTracking().AsSplitQuery()
            .Include(p => p.Variants).Include(p => p.Images).Include(p => p.Reviews)
            .FirstOrDefaultAsync(p => p.Handle == handle, ct);

    public async Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct)
    {
        var rows = await db.Products.AsNoTracking()
            .GroupBy(p => new { p.Category, p.CategoryPath, p.Gender })
            .Select(g => new { g.Key.Category, g.Key.CategoryPath, g.Key.Gender, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Category).OrderBy(g => g.Key)
            .Select(g => new CategoryDto(g.Key, Titleize(g.Key),
                g.Select(r => r.CategoryPath).Distinct().Order().ToList(),
                g.Select(r => r.Gender.ToString().ToLowerInvariant()).Distinct().Order().ToList(),
                g.Sum(r => r.Count)))
            .ToList();
    }

    private static string Titleize(string slug) =>
        slug.Length == 0 ? slug : char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');
}
