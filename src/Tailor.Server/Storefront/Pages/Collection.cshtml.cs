using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Server.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront.Pages;

/// <summary>A category listing (/collections/{category}, "all" for everything) and search results (/search?q=), through the catalog API's query.</summary>
public sealed class CollectionModel(ProductSearch search, TailorDbContext db) : StorefrontPage
{
    public const string AllProducts = "all";
    private const int PageSize = 24;

    public override string WidgetPage => "category";

    [FromRoute] public string? Category { get; set; }
    [FromQuery] public string? Q { get; set; }
    [FromQuery] public string? Gender { get; set; }
    [FromQuery] public string? Color { get; set; }
    [FromQuery] public string? Size { get; set; }
    [FromQuery] public decimal? MinPrice { get; set; }
    [FromQuery] public decimal? MaxPrice { get; set; }
    [FromQuery] public bool InStock { get; set; }
    [FromQuery] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public ProductPageDto Results { get; private set; } = new([], 1, PageSize, 0);
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public IReadOnlyList<string> Sizes { get; private set; } = [];
    public CategoryDto? Current { get; private set; }
    public bool IsSearch => Category is null;
    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var category = Category is null || Category.Equals(AllProducts, StringComparison.OrdinalIgnoreCase) ? null : Category.ToLowerInvariant();
        Categories = await search.CategoriesAsync(ct);
        Current = Categories.FirstOrDefault(c => c.Slug == category);
        if (category is not null && Current is null) return NotFound();
        var gender = Enum.TryParse<Gender>(Gender, ignoreCase: true, out var g) ? g : (Gender?)null;
        if (gender is not null) Categories = Categories.Where(c => c.Genders.Contains(Gender!.ToLowerInvariant())).ToList();
        Title = Current?.Name ?? (string.IsNullOrWhiteSpace(Q) ? "Shop all" : Q);

        var query = new ProductQuery(Q, category, Color, Size, MinPrice, MaxPrice, InStock ? true : null, Sort, PageNumber, PageSize, Gender);
        var problems = query.Validate();
        Problems = problems.SelectMany(p => p.Value).ToList();
        if (Problems.Count == 0) Results = await ShowColorAsync(await search.SearchAsync(query, ct), Color, ct);
        Sizes = await SizesAsync(category, gender, ct);
        return Page();
    }

    /// <summary>This listing's address with one parameter changed, for paging and sort links.</summary>
    public string LinkWith(string name, string? value)
    {
        var parameters = Request.Query.Where(p => p.Key != name && p.Key != "page" && !string.IsNullOrEmpty(p.Value))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())).ToList();
        if (!string.IsNullOrEmpty(value)) parameters.Add(KeyValuePair.Create(name, (string?)value));
        return QueryHelpers.AddQueryString(Request.Path, parameters);
    }

    // A shopper who filtered by colour sees each product in that colour, not in whichever colour it was photographed first.
    private async Task<ProductPageDto> ShowColorAsync(ProductPageDto results, string? color, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(color) || results.Items.Count == 0) return results;
        var handles = results.Items.Select(i => i.Handle).ToList();
        var images = await db.ProductImages.AsNoTracking()
            .Join(db.Products.Where(p => handles.Contains(p.Handle)), i => i.ProductId, p => p.Id, (i, p) => new { p.Handle, i.Url, i.Color, i.Position })
            .ToListAsync(ct);
        var wanted = color.Trim();
        return results with
        {
            Items = results.Items.Select(item => images
                .Where(i => i.Handle == item.Handle && i.Color is not null
                    && (string.Equals(i.Color, wanted, StringComparison.OrdinalIgnoreCase) || ColorFamilies.FamilyOf(i.Color) == wanted.ToLowerInvariant()))
                .OrderBy(i => i.Position).FirstOrDefault() is { } image ? item with { ImageUrl = image.Url } : item).ToList(),
        };
    }

    // The sizes the listing's products come in, in the catalog's own order (XS before S, 6 before 8).
    private async Task<IReadOnlyList<string>> SizesAsync(string? category, Gender? gender, CancellationToken ct) =>
        await db.Variants.AsNoTracking()
            .Where(v => (category == null || v.Product!.Category == category) && (gender == null || v.Product!.Gender == gender))
            .GroupBy(v => v.Size)
            .Select(s => new { Size = s.Key, First = s.Min(v => v.Id) })
            .OrderBy(s => s.First)
            .Select(s => s.Size)
            .ToListAsync(ct);
}
