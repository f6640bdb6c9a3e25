using Tailor.Domain.Promotions;
using Tailor.Store.Demo;

namespace Tailor.Tests.Demo;

public sealed class DemoPromotionTests(DemoStoreFixture fixture) : IClassFixture<DemoStoreFixture>
{
    private DemoStore Store => fixture.Store;
    private static DateTimeOffset Now => DemoStoreFixture.Today;

    [Fact]
    public void Some_promotions_run_now_some_have_ended_and_some_are_coming()
    {
        var active = Store.Promotions.Where(p => p.IsActiveAt(Now)).ToList();

        Assert.Contains(active, p => p.Code is null && p.Scope == PromotionScope.Category);
        Assert.Contains(active, p => p.Code is null && p.Scope == PromotionScope.Collection);
        Assert.Contains(active, p => p.Code is not null && p.MinimumSpend is not null);
        Assert.Contains(Store.Promotions, p => p.EndsAt < Now);
        Assert.Contains(Store.Promotions, p => p.StartsAt > Now);
    }

    [Fact]
    public void Promotions_use_both_kinds_of_discount_and_every_scope()
    {
        Assert.Equal(Enum.GetValues<DiscountKind>(), Store.Promotions.Select(p => p.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<PromotionScope>(), Store.Promotions.Select(p => p.Scope).Distinct().Order());
    }

    [Fact]
    public void Every_scoped_promotion_applies_to_something_in_the_catalog()
    {
        Assert.All(Store.Promotions.Where(p => p.Scope is PromotionScope.Product or PromotionScope.Category), p =>
            Assert.Contains(Store.Products, product => p.AppliesTo(product)));
        Assert.Distinct(Store.Promotions.Where(p => p.Code is not null).Select(p => p.Code!.ToUpperInvariant()));
    }

    [Fact]
    public void Codes_used_on_orders_were_live_when_the_order_was_placed()
    {
        var codes = Store.Promotions.Where(p => p.Code is not null).ToDictionary(p => p.Code!);

        Assert.All(Store.Orders.Where(o => o.PromotionCode is not null), o =>
        {
            var promotion = codes[o.PromotionCode!];
            Assert.True(promotion.IsActiveAt(o.PlacedAt));
            Assert.True(promotion.MinimumSpend is null || o.Subtotal >= promotion.MinimumSpend);
        });
    }

    [Theory]
    [InlineData(7, "dresses")]
    [InlineData(12, "coats")]
    public void Offers_running_now_follow_the_season(int month, string category)
    {
        var at = new DateTimeOffset(2025, month, 10, 9, 0, 0, TimeSpan.Zero);
        var store = DemoStoreFixture.Generate(seed: 5, at: at, products: 50, customers: 20, orders: 50);

        Assert.Contains(store.Promotions, p => p.IsActiveAt(at) && p.Scope == PromotionScope.Category && p.ScopeValue == category);
    }
}
