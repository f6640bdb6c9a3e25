using Tailor.Domain.Settings;
using Tailor.Store.Demo.Catalog;
using Tailor.Store.Demo.Orders;
using Tailor.Store.Demo.People;
using Tailor.Store.Demo.Policies;
using Tailor.Store.Demo.Promotions;

namespace Tailor.Store.Demo;

/// <summary>
/// Builds a believable fashion store from a seed: catalog, size charts, customers, 18 months of orders with
/// shipments and returns, promotions and policy pages. Same seed on the same day ⇒ the same store.
/// </summary>
public sealed class DemoStoreGenerator(DemoStoreOptions options, StoreSettings settings, TimeProvider time)
{
    public DemoStore Generate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Products);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Customers);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Orders);

        // "Now" is today at midnight UTC, so a store generated at 9:00 equals one generated at 17:00.
        var utc = time.GetUtcNow();
        var now = new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero);

        // Each section draws from its own seeded stream: more customers must not reshuffle the catalog.
        var seeds = new Random(options.Seed);
        var (catalogSeed, customerSeed, promotionSeed, orderSeed) = (seeds.Next(), seeds.Next(), seeds.Next(), seeds.Next());
        // Drawn after the others so that adding shoppers' tastes moved none of them.
        var tasteSeed = seeds.Next();
        var walletSeed = seeds.Next();

        var products = new ProductGenerator(new Random(catalogSeed), now).Generate(options.Products);
        var sizeCharts = SizeChartBuilder.Build();
        var customers = new CustomerGenerator(new Random(customerSeed), settings, now).Generate(options.Customers);
        new WalletGenerator(new Random(walletSeed), now).Fill(customers.Select(c => c.Customer));
        var promotions = new PromotionGenerator(new Random(promotionSeed), now, settings.Currency).Generate(products);
        var (orders, returns) = products.Count == 0
            ? ([], [])
            : new OrderGenerator(new Random(orderSeed), settings, now, products, customers, promotions, new Random(tasteSeed)).Generate(options.Orders);
        var policies = PolicyWriter.Write(settings, sizeCharts, now.AddDays(-14));

        return new DemoStore(
            products.Select(p => p.Product).ToList(),
            sizeCharts,
            customers.Select(c => c.Customer).ToList(),
            orders,
            returns,
            promotions,
            policies);
    }
}
