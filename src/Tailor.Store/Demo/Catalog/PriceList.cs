namespace Tailor.Store.Demo.Catalog;

/// <summary>Believable shop prices: a band per category, scaled by label and fabric, ending in .00, .99 or .95.</summary>
internal static class PriceList
{
    public static decimal ListPrice(CategoryRange range, BrandSpec brand, MaterialSpec material, Random random)
    {
        var (min, max) = (range.Category.MinPrice, range.Category.MaxPrice);
        // Most of a category sells near the bottom of its band; a few pieces sit at the top.
        var position = (decimal)Math.Pow(random.NextDouble(), 1.6);
        var raw = (min + (max - min) * position) * brand.PriceFactor * material.PriceFactor;
        if (range.Gender == Tailor.Domain.Catalog.Gender.Kids) raw *= 0.55m;
        return PricePoint(Math.Clamp(raw, min * 0.5m, max * 1.6m), random);
    }

    /// <summary>The sale price after a markdown, always below the list price.</summary>
    public static decimal SalePrice(decimal listPrice, decimal markdown, Random random)
    {
        var sale = PricePoint(listPrice * (1 - markdown), random);
        return sale < listPrice ? sale : listPrice - 1m;
    }

    public static decimal PricePoint(decimal raw, Random random)
    {
        var step = raw < 20 ? 1m : raw < 100 ? 5m : 10m;
        var whole = Math.Max(step, Math.Round(raw / step, MidpointRounding.AwayFromZero) * step);
        return random.Next(4) switch
        {
            0 => whole,
            1 => whole - 0.01m,
            2 => whole - 0.05m,
            _ => whole > 10 ? whole - 1m : whole,
        };
    }
}
