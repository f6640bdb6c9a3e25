using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;

namespace Tailor.Server.Catalog;

/// <summary>
/// Runs a catalog query through the assistant's product search (<see cref="ProductSearchSkill"/>), so the API, the
/// shop and the chat agree about the same catalog: every filter applies to the same variant, so "red, size M, in
/// stock" means one real SKU, and words are matched as words (BM25 and meaning), not as substrings.
/// </summary>
public sealed class ProductSearch(TailorDbContext db, StoreSettings settings, ProductSearchSkill skill, EntityRecognizerProvider recognizers)
{
    public async Task<ProductPageDto> SearchAsync(ProductQuery query, CancellationToken ct)
    {
        EntityRecognizer? recognizer = null;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            await recognizers.EnsureLoadedAsync(ct);
            recognizer = recognizers.Current;
        }
        var constraints = ShopperQuery.Constraints(query, recognizer);
        var result = await skill.SearchAsync(constraints, ShopperQuery.Options(query),
            (query.PageNumber - 1) * query.ItemsPerPage, query.ItemsPerPage, ct);
        var items = result.Products.Select(p => new ProductSummaryDto(
            p.Handle, p.Title, p.Brand, p.Category, p.Gender.ToString().ToLowerInvariant(), p.Price, p.CompareAtPrice,
            settings.Currency, p.ImageUrl, ProductLinks.UrlOf(p.Handle), p.Colors, p.SizesInStock, p.Rating, p.ReviewCount)).ToList();
        return new ProductPageDto(items, query.PageNumber, query.ItemsPerPage, result.Total);
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
