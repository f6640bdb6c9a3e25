using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;
using Tailor.Store.Persistence;

namespace Tailor.Browser.Tests;

/// <summary>What the tests compare the pages with, read straight from the server's database.</summary>
public static class StoreData
{
    public static Task<Product> ProductAsync(this StorefrontServer server, string handle) =>
        server.QueryAsync(db => db.Products.AsNoTracking().AsSplitQuery()
            .Include(p => p.Variants).Include(p => p.Images).Include(p => p.Reviews)
            .FirstAsync(p => p.Handle == handle));

    /// <summary>The in-stock product with the most reviews: its fit summary has something to say.</summary>
    public static Task<string> MostReviewedHandleAsync(this StorefrontServer server) =>
        server.QueryAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Variants.Any(v => v.Stock > 0))
            .OrderByDescending(p => p.Reviews.Count).ThenBy(p => p.Id)
            .Select(p => p.Handle).FirstAsync());

    /// <summary>Today's price of a variant: the list price less the best automatic promotion running now.</summary>
    public static async Task<decimal> TodayPriceAsync(this StorefrontServer server, Product product, Variant variant)
    {
        var now = server.Service<TimeProvider>().GetUtcNow();
        var promotions = await server.QueryAsync(db => db.Promotions.AsNoTracking().ToListAsync());
        return PriceCalculator.Quote(product, variant, promotions, now).FinalPrice;
    }
}
