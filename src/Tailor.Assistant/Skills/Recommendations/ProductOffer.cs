using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// Whether a product can be offered to a shopper, from the snapshot: in stock in one of their sizes (when the product
/// comes in any of them; a bag in "one size" is not held against a size 12), not only in colours they dislike, within
/// their budget, in a department that fits theirs. And how much their tastes lift it.
/// </summary>
internal sealed class ProductOffer(CatalogSnapshot snapshot)
{
    /// <summary>The cheapest in-stock price of the product in the shopper's sizes; NaN when it cannot be offered.</summary>
    public double PriceFor(int index, ShopperSignals shopper)
    {
        ref readonly var product = ref snapshot.Products[index];
        double cheapest = double.NaN, cheapestAnySize = double.NaN;
        for (var v = product.FirstVariant; v < product.FirstVariant + product.VariantCount; v++)
        {
            if (snapshot.VariantStock[v] <= 0) continue;
            var family = snapshot.ShadeFamily[snapshot.VariantShade[v]];
            if ((shopper.DislikedFamilies & SnapshotProduct.FamilyBit(family)) != 0) continue;
            var price = snapshot.VariantPrice[v];
            if (!(price >= cheapestAnySize)) cheapestAnySize = price;
            if (shopper.Sizes.Contains(snapshot.VariantSize[v]) && !(price >= cheapest)) cheapest = price;
        }
        var offered = shopper.Sizes.Count == 0 || !ComesIn(index, shopper) ? cheapestAnySize : cheapest;
        if (shopper.Budget is { } budget && offered > budget * 1.1) return double.NaN;
        return offered;
    }

    /// <summary>The cheapest in-stock price; NaN when sold out.</summary>
    public double Price(int index) => PriceFor(index, ShopperSignals.None);

    /// <summary>How much the shopper's stated colours and spending lift or lower a product that can be offered.</summary>
    public double Lift(int index, double price, ShopperSignals shopper)
    {
        ref readonly var product = ref snapshot.Products[index];
        var lift = 1.0;
        if ((product.FamiliesInStock & shopper.LikedFamilies) != 0) lift *= 1.2;
        // Spending well beyond what they usually pay is unlikely; a little cheaper is welcome.
        if (shopper.TypicalPrice is { } typical && typical > 0)
        {
            var ratio = price / typical;
            if (ratio > 2.5) lift *= 0.6;
            else if (ratio < 0.3) lift *= 0.8;
        }
        return lift;
    }

    /// <summary>Whether a product's department suits the shopper's: kids' items are not offered to an adult, nor the reverse.</summary>
    public bool SuitsDepartment(int index, Gender? department)
    {
        if (department is null) return true;
        var gender = snapshot.Products[index].Gender;
        return gender == department || (gender == Gender.Unisex && department != Gender.Kids) || (department == Gender.Unisex && gender != Gender.Kids);
    }

    private bool ComesIn(int index, ShopperSignals shopper)
    {
        ref readonly var product = ref snapshot.Products[index];
        for (var v = product.FirstVariant; v < product.FirstVariant + product.VariantCount; v++)
            if (shopper.Sizes.Contains(snapshot.VariantSize[v])) return true;
        return false;
    }
}
