using Tailor.Domain.Catalog;
using Tailor.Store.Demo.Catalog;
using Tailor.Store.Demo.People;

namespace Tailor.Store.Demo.Orders;

/// <summary>
/// Each registered shopper's lasting taste: two labels and two categories of their own department that they come back
/// to, so that what a shopper bought before says something about what they buy next, as in a real store, and a
/// recommender can be measured against popularity on the demo orders.
/// </summary>
/// <remarks>
/// Drawn from a stream of its own: the main order stream makes the same draws with or without tastes, so order numbers,
/// dates, statuses and the demo customer's fixed history do not move.
/// </remarks>
internal sealed class ShopperTastes
{
    /// <summary>Share of a shopper's basket lines drawn from their taste rather than from the whole department: fashion
    /// shoppers come back to the labels that fit them.</summary>
    private const double Loyalty = 0.75;

    private readonly Random random;
    private readonly Dictionary<string, List<(PopularityPicker<ProductProfile> Picker, double Weight)>?> tastes = new(StringComparer.Ordinal);
    // Pickers shared by every shopper with the same favourite: one per (department, label) and (department, category).
    private readonly Dictionary<(Gender, string), PopularityPicker<ProductProfile>> byBrand;
    private readonly Dictionary<(Gender, string), PopularityPicker<ProductProfile>> byCategory;
    private readonly Dictionary<Gender, (List<string> Brands, List<string> Categories)> choices;

    public ShopperTastes(Random random, IReadOnlyList<ProductProfile> products)
    {
        this.random = random;
        byBrand = products.GroupBy(p => (p.Range.Gender, p.Product.Brand))
            .ToDictionary(g => g.Key, g => new PopularityPicker<ProductProfile>(g, p => p.Product.CreatedAt, p => p.Popularity));
        byCategory = products.GroupBy(p => (p.Range.Gender, p.Product.Category))
            .ToDictionary(g => g.Key, g => new PopularityPicker<ProductProfile>(g, p => p.Product.CreatedAt, p => p.Popularity));
        choices = products.GroupBy(p => p.Range.Gender).ToDictionary(g => g.Key, g => (
            g.Select(p => p.Product.Brand).Distinct().Order(StringComparer.Ordinal).ToList(),
            g.Select(p => p.Product.Category).Distinct().Order(StringComparer.Ordinal).ToList()));
    }

    /// <summary>
    /// The product this shopper picks instead of <paramref name="drawn"/> when their taste leads, else
    /// <paramref name="drawn"/> itself. Guests and the demo customer (whose history is fixed) have no taste.
    /// </summary>
    public ProductProfile Steer(CustomerProfile? shopper, ProductProfile drawn, DateTimeOffset at)
    {
        if (shopper is null || shopper.Customer.ExternalId == CustomerGenerator.DemoCustomerId) return drawn;
        if (TasteOf(shopper) is not { } taste || !random.Chance(Loyalty)) return drawn;
        return random.PickWeighted(taste).Pick(random, at) ?? drawn;
    }

    // A favourite label counts for more than a favourite category.
    private List<(PopularityPicker<ProductProfile>, double)>? TasteOf(CustomerProfile shopper)
    {
        if (tastes.TryGetValue(shopper.Customer.ExternalId, out var taste)) return taste;
        var gender = shopper.ShopsWomen ? Gender.Women : Gender.Men;
        taste = null;
        if (choices.TryGetValue(gender, out var department))
        {
            taste = [];
            foreach (var brand in random.PickDistinct(department.Brands, 2)) taste.Add((byBrand[(gender, brand)], 2.0));
            foreach (var category in random.PickDistinct(department.Categories, 2)) taste.Add((byCategory[(gender, category)], 1.0));
        }
        tastes[shopper.Customer.ExternalId] = taste;
        return taste;
    }
}
