using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;

namespace Tailor.Tests.Domain;

public sealed class PricingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static (Product, Variant) Coat(decimal price = 200m, decimal? was = null)
    {
        var variant = new Variant { Sku = "C-1", Size = "M", Color = "Navy", ColorFamily = "blue", Price = price, CompareAtPrice = was, Stock = 3 };
        var product = new Product { Handle = "wool-coat", Title = "Wool coat", Category = "coats", Collections = ["winter-edit"], Variants = [variant] };
        return (product, variant);
    }

    private static Promotion Promo(DiscountKind kind, decimal value, PromotionScope scope = PromotionScope.All, string? scopeValue = null,
        string? code = null, decimal? minimum = null, int startsDaysAgo = 1, int? endsInDays = 10) => new()
    {
        Name = "promo", Kind = kind, Value = value, Scope = scope, ScopeValue = scopeValue, Code = code, MinimumSpend = minimum,
        StartsAt = Now.AddDays(-startsDaysAgo), EndsAt = endsInDays is { } days ? Now.AddDays(days) : null,
    };

    [Fact]
    public void Category_promotion_discounts_products_of_that_category_only()
    {
        var (coat, variant) = Coat();
        var quote = PriceCalculator.Quote(coat, variant, [Promo(DiscountKind.PercentOff, 20, PromotionScope.Category, "coats")], Now);
        Assert.Equal(160m, quote.FinalPrice);

        var other = PriceCalculator.Quote(coat, variant, [Promo(DiscountKind.PercentOff, 20, PromotionScope.Category, "dresses")], Now);
        Assert.Equal(200m, other.FinalPrice);
        Assert.Null(other.AppliedPromotion);
    }

    [Fact]
    public void Code_promotion_applies_only_when_the_code_is_given_in_any_case()
    {
        var (coat, variant) = Coat();
        Promotion[] promotions = [Promo(DiscountKind.PercentOff, 10, code: "SPRING10")];
        Assert.Equal(200m, PriceCalculator.Quote(coat, variant, promotions, Now).FinalPrice);
        Assert.Equal(180m, PriceCalculator.Quote(coat, variant, promotions, Now, code: "spring10").FinalPrice);
    }

    [Fact]
    public void Expired_and_upcoming_promotions_do_not_apply()
    {
        var (coat, variant) = Coat();
        Promotion[] promotions = [Promo(DiscountKind.PercentOff, 50, startsDaysAgo: 30, endsInDays: -1), Promo(DiscountKind.PercentOff, 50, startsDaysAgo: -2)];
        Assert.Equal(200m, PriceCalculator.Quote(coat, variant, promotions, Now).FinalPrice);
    }

    [Fact]
    public void Minimum_spend_is_checked_against_the_basket()
    {
        var (coat, variant) = Coat(price: 40m);
        Promotion[] promotions = [Promo(DiscountKind.AmountOff, 10, minimum: 75m)];
        Assert.Equal(40m, PriceCalculator.Quote(coat, variant, promotions, Now).FinalPrice);
        Assert.Equal(30m, PriceCalculator.Quote(coat, variant, promotions, Now, basketTotal: 80m).FinalPrice);
    }

    [Fact]
    public void The_best_promotion_wins_and_amount_off_never_goes_below_zero()
    {
        var (coat, variant) = Coat(price: 8m);
        var quote = PriceCalculator.Quote(coat, variant,
            [Promo(DiscountKind.PercentOff, 25), Promo(DiscountKind.AmountOff, 15, PromotionScope.Collection, "winter-edit")], Now);
        Assert.Equal(0m, quote.FinalPrice);
        Assert.Equal(PromotionScope.Collection, quote.AppliedPromotion!.Scope);
    }

    [Fact]
    public void Compare_at_price_counts_only_when_higher_than_the_price()
    {
        var (coat, variant) = Coat(price: 150m, was: 200m);
        Assert.Equal(200m, PriceCalculator.Quote(coat, variant, [], Now).CompareAtPrice);
        Assert.Equal(50m, PriceCalculator.Quote(coat, variant, [], Now).Saving);
        variant.CompareAtPrice = 100m;
        Assert.Null(PriceCalculator.Quote(coat, variant, [], Now).CompareAtPrice);
        Assert.False(variant.OnSale);
    }

    [Fact]
    public void Percent_discount_is_rounded_to_the_penny()
    {
        var (coat, variant) = Coat(price: 19.99m);
        Assert.Equal(17.99m, PriceCalculator.Quote(coat, variant, [Promo(DiscountKind.PercentOff, 10)], Now).FinalPrice);
    }
}
