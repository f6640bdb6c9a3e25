using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Store.Demo.Catalog;
using Tailor.Store.Demo.People;

namespace Tailor.Store.Demo.Orders;

/// <summary>A line of a generated order together with the product profile it was drawn from.</summary>
internal sealed record BasketLine(OrderLine Line, ProductProfile Product);

/// <summary>
/// Fills baskets the way shoppers do: popular products more often, mostly for the shopper's own department,
/// in their own size when we know it, at the price the variant had on the day.
/// </summary>
/// <param name="tastes">Registered shoppers' lasting tastes; null for none (every line drawn by popularity).</param>
internal sealed class BasketBuilder(Random random, IReadOnlyList<ProductProfile> products, ShopperTastes? tastes = null)
{
    private static readonly IReadOnlyList<(int, double)> LineCounts = [(1, 55), (2, 28), (3, 12), (4, 5)];
    private static readonly IReadOnlyList<(Gender, double)> WomenShopFor = [(Gender.Women, 84), (Gender.Kids, 10), (Gender.Unisex, 3), (Gender.Men, 3)];
    private static readonly IReadOnlyList<(Gender, double)> MenShopFor = [(Gender.Men, 78), (Gender.Unisex, 8), (Gender.Kids, 7), (Gender.Women, 7)];

    private readonly Dictionary<Gender, PopularityPicker<ProductProfile>> pickers = Enum.GetValues<Gender>().ToDictionary(
        gender => gender,
        gender => new PopularityPicker<ProductProfile>(products.Where(p => p.Range.Gender == gender), p => p.Product.CreatedAt, p => p.Popularity));

    private readonly PopularityPicker<ProductProfile> anyProduct = new(products, p => p.Product.CreatedAt, p => p.Popularity);

    public List<BasketLine> Fill(CustomerProfile? shopper, DateTimeOffset at, Func<ProductProfile, bool>? wanted = null, int? lineCount = null)
    {
        var count = lineCount ?? random.PickWeighted(LineCounts);
        var basket = new List<BasketLine>(count);
        for (var attempt = 0; basket.Count < count && attempt < count * 8; attempt++)
        {
            var gender = random.PickWeighted(shopper is null || shopper.ShopsWomen ? WomenShopFor : MenShopFor);
            var drawn = pickers[gender].Pick(random, at) ?? anyProduct.Pick(random, at) ?? products[0];
            var profile = tastes?.Steer(shopper, drawn, at) ?? drawn;
            if (wanted is not null && !wanted(profile)) continue;
            var variant = ChooseVariant(profile.Product, shopper);
            if (basket.Any(b => b.Line.Sku == variant.Sku)) continue;
            basket.Add(new BasketLine(new OrderLine
            {
                Sku = variant.Sku,
                ProductHandle = profile.Product.Handle,
                Title = profile.Product.Title,
                Size = variant.Size,
                Color = variant.Color,
                Category = profile.Product.Category,
                Quantity = random.Chance(0.92) ? 1 : random.Chance(0.85) ? 2 : 3,
                UnitPrice = PriceOn(profile, variant, at),
            }, profile));
        }
        return basket;
    }

    // Before a markdown the variant sold at its "was" price.
    private static decimal PriceOn(ProductProfile profile, Variant variant, DateTimeOffset at) =>
        profile.MarkdownAt is { } markdown && at < markdown && variant.CompareAtPrice is { } was ? was : variant.Price;

    private Variant ChooseVariant(Product product, CustomerProfile? shopper)
    {
        var variants = product.Variants;
        var sizes = shopper?.Customer.Preferences.Sizes;
        if (sizes is { Count: > 0 } && random.Chance(0.8))
        {
            var mine = variants.Where(v => sizes.Contains(v.Size)).ToList();
            if (mine.Count > 0) return random.Pick(mine);
        }
        return random.Pick(variants);
    }
}
