using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Search;

/// <summary>
/// The search constraints checked the slow, obvious way on entities loaded with EF Core, independently of the skill's
/// snapshot and codes. Colours and sizes compare exactly, so tests use plain values ("blue", "M").
/// </summary>
internal static class CatalogTruth
{
    public static Task<List<Product>> ProductsAsync(TailorDbContext db) =>
        db.Products.AsNoTracking().Include(p => p.Variants).Include(p => p.Reviews).AsSplitQuery().ToListAsync();

    public static bool Offers(Variant v, SearchConstraints c) =>
        v.Stock > 0
        && (c.Colors.Count == 0 || c.Colors.Any(x => Is(v.ColorFamily, x) || Is(v.Color, x)))
        && !c.ExcludedColors.Any(x => Is(v.ColorFamily, x) || Is(v.Color, x))
        && (c.Size is null || Is(v.Size, c.Size))
        && (c.MinPrice is null || v.Price >= c.MinPrice) && (c.MaxPrice is null || v.Price <= c.MaxPrice)
        && (!c.OnSaleOnly || v.OnSale);

    public static bool Fits(Product p, SearchConstraints c)
    {
        var material = p.Attributes.Material ?? "";
        return (c.Category is null || Is(p.Category, c.Category))
            && !c.ExcludedCategories.Any(x => Is(p.Category, x))
            && (c.Gender is null || p.Gender == c.Gender || (p.Gender == Gender.Unisex && c.Gender is Gender.Women or Gender.Men))
            && (c.Brands.Count == 0 || c.Brands.Any(b => Is(p.Brand, b)))
            && (c.Materials.Count == 0 || c.Materials.Any(m => material.Contains(m, StringComparison.OrdinalIgnoreCase)))
            && !c.ExcludedMaterials.Any(m => material.Contains(m, StringComparison.OrdinalIgnoreCase))
            && p.Variants.Any(v => Offers(v, c));
    }

    public static decimal CheapestOffer(Product p, SearchConstraints c) => p.Variants.Where(v => Offers(v, c)).Min(v => v.Price);

    private static bool Is(string value, string wanted) => string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase);
}
