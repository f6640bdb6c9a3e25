using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Search;

/// <summary>
/// A fixed, seeded mix of what shoppers ask for — words alone, filters alone, and both — built from the values the
/// catalog really has, so every catalog size gets the same shape of workload.
/// </summary>
public static class SearchWorkload
{
    // Words the understanding step leaves as free text: garment names, style names, details. A few are attribute words
    // (summer, linen, leather) that a recognizer would normally turn into filters; they are the expensive ones.
    private static readonly string[] Phrases =
    [
        "midi", "wrap dress", "chelsea", "puffer", "blazer", "cardigan", "maxi", "bomber", "trench", "parka", "tote",
        "crossbody", "sundress", "joggers", "chinos", "aurora", "margot", "oxford", "trainers", "jumper", "slip dress",
        "hoop earrings", "biker", "utility", "culottes", "summer", "linen", "dress", "party dress", "leather",
    ];

    private static readonly string[] Sizes = ["XS", "S", "M", "L", "XL", "8", "10", "12", "UK 6", "UK 8", "32"];
    private static readonly decimal[] Budgets = [30, 50, 80, 120, 200];

    public static async Task<List<SearchConstraints>> BuildAsync(TailorDbContext db, int count, int seed = 42)
    {
        var categories = await db.Products.Select(p => p.Category).Distinct().OrderBy(c => c).ToListAsync();
        var materials = await db.Products.Select(p => p.Attributes.Material).Where(m => m != null).Distinct().OrderBy(m => m).ToListAsync();
        var brands = await db.Products.Select(p => p.Brand).Distinct().OrderBy(b => b).Take(40).ToListAsync();
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        string Family() => Pick(ColorFamilies.All);

        var queries = new List<SearchConstraints>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 10) switch
            {
                0 => new SearchConstraints { Terms = [Pick(Phrases)] },
                1 => new SearchConstraints { Category = Pick(categories), Colors = [Family()], Size = Pick(Sizes), MaxPrice = Pick(Budgets) },
                2 => new SearchConstraints { Terms = [Pick(Phrases)], Category = Pick(categories), Colors = [Family()] },
                3 => new SearchConstraints { Gender = Pick<Gender>([Gender.Women, Gender.Men]), Category = Pick(categories), Sort = SearchSort.PriceLowToHigh },
                4 => new SearchConstraints { Category = Pick(categories), ExcludedColors = [Family(), Family()], ExcludedMaterials = ["polyester"] },
                5 => new SearchConstraints { OnSaleOnly = true, Category = Pick(categories), MaxPrice = Pick(Budgets) },
                6 => new SearchConstraints { Gender = Gender.Women, Occasions = [Pick<string>(["wedding", "party", "work", "beach", "casual"])], Size = Pick(Sizes) },
                7 => new SearchConstraints { Category = Pick(categories), Size = Pick(Sizes), Sort = SearchSort.BestRated },
                8 => new SearchConstraints { Terms = [Pick(Phrases), Pick(Phrases)], MaxPrice = Pick(Budgets) },
                _ => new SearchConstraints { Materials = [Pick(materials)!], Brands = random.Next(3) == 0 ? [Pick(brands).ToLowerInvariant()] : [], Colors = [Family()] },
            });
        }
        return queries;
    }

    /// <summary>
    /// What a plain full-text search would be sent for the same request: every word of it (free text, category,
    /// colours, materials, occasions), each as a quoted prefix, all required — no stock, size or price check.
    /// </summary>
    public static string BaselineMatch(SearchConstraints c)
    {
        var words = c.Terms.Concat(c.Colors).Concat(c.Materials).Concat(c.Occasions).Append(c.Category ?? "")
            .SelectMany(w => w.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 1).Distinct().ToList();
        return words.Count == 0 ? "\"a\"*" : string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
    }
}
