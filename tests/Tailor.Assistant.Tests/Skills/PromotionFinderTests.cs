using Tailor.Assistant.Skills.Pricing;
using Tailor.Domain.Catalog;
using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Tests.Skills;

/// <summary>Offers, codes and prices on the demo store in mid-March: Coat Week and the winter collection run, spring codes too.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class PromotionFinderTests(DemoStoreDatabase demo)
{
    private DateTimeOffset Now => demo.Time.GetUtcNow();

    private IReadOnlyList<Promotion> Promotions => demo.Store.Promotions;

    private Promotion WithCode(Func<Promotion, bool> where) => Promotions.First(p => p.Code is not null && where(p));

    [Fact]
    public async Task A_running_code_is_valid_whatever_its_case_with_its_minimum_spend()
    {
        var welcome = WithCode(p => p.IsActiveAt(Now) && p.Scope == PromotionScope.All && p.MinimumSpend is not null);

        var check = await UseFinder(f => f.CheckCodeAsync($" {welcome.Code!.ToLowerInvariant()} ", CancellationToken.None));

        Assert.Equal(CodeStatus.Valid, check.Status);
        Assert.Equal(welcome.Id, check.Promotion?.Id);
        Assert.Equal(welcome.MinimumSpend, check.MinimumSpend);
        Assert.Equal(welcome.EndsAt, check.EndsAt);
    }

    [Fact]
    public async Task Codes_that_ended_have_not_started_or_never_existed_say_so()
    {
        var ended = WithCode(p => p.EndsAt <= Now && !Promotions.Any(o => o.Code == p.Code && o.IsActiveAt(Now)));
        var upcoming = WithCode(p => p.StartsAt > Now);

        var expired = await UseFinder(f => f.CheckCodeAsync(ended.Code!, CancellationToken.None));
        var early = await UseFinder(f => f.CheckCodeAsync(upcoming.Code!, CancellationToken.None));
        var unknown = await UseFinder(f => f.CheckCodeAsync("FREESTUFF99", CancellationToken.None));

        Assert.Equal((CodeStatus.Expired, ended.EndsAt), (expired.Status, expired.EndsAt));
        Assert.Equal((CodeStatus.NotStarted, upcoming.StartsAt), (early.Status, early.StartsAt));
        Assert.Equal(CodeStatus.Unknown, unknown.Status);
        Assert.Null(unknown.Promotion);
    }

    [Fact]
    public async Task Offers_for_a_category_are_the_running_ones_that_can_apply_to_it()
    {
        var coats = demo.Store.Products.Where(p => p.Category == "coats").ToList();
        var expected = Promotions
            .Where(p => p.IsActiveAt(Now) && coats.Any(p.AppliesTo))
            .Select(p => p.Id).Order();

        var offers = await UseFinder(f => f.ActiveAsync("Coats", CancellationToken.None));

        Assert.Equal(expected, offers.Select(o => o.Id).Order());
        Assert.Contains(offers, o => o.Automatic && o.Scope == PromotionScope.Category && o.ScopeValue == "coats");
        Assert.DoesNotContain(offers, o => o.Scope == PromotionScope.Category && o.ScopeValue != "coats");
        var dresses = await UseFinder(f => f.ActiveAsync("dresses", CancellationToken.None));
        Assert.DoesNotContain(dresses, o => o.Scope == PromotionScope.Category && o.ScopeValue == "coats");
        Assert.Contains(dresses, o => o.Scope == PromotionScope.All);
    }

    [Fact]
    public async Task A_quoted_price_is_what_the_price_calculator_says_for_the_cheapest_variant_in_stock()
    {
        var coat = demo.Store.Products.First(p => p.Category == "coats" && p.InStock);
        var cheapest = coat.Variants.Where(v => v.Stock > 0).OrderBy(v => v.Price).ThenBy(v => v.Id).First();
        var expected = PriceCalculator.Quote(coat, cheapest, Promotions, Now);

        var quote = await UseFinder(f => f.QuoteAsync(coat.Handle, null, null, null, CancellationToken.None));

        var price = Assert.Single(quote!.Variants);
        Assert.Equal(cheapest.Sku, price.Sku);
        Assert.Equal((expected.ListPrice, expected.CompareAtPrice, expected.FinalPrice), (price.ListPrice, price.CompareAtPrice, price.FinalPrice));
        Assert.Equal(expected.AppliedPromotion?.Id, price.AppliedPromotion?.Id);
        Assert.True(price.FinalPrice < price.ListPrice, "Coat Week takes 20% off every coat");
        Assert.Equal("GBP", quote.Currency);
    }

    [Fact]
    public async Task A_code_below_its_minimum_spend_says_how_much_more_to_spend()
    {
        var code = WithCode(p => p.IsActiveAt(Now) && p.Scope == PromotionScope.All && p.MinimumSpend is not null);
        var product = CheapestWhere(p => p.MinPrice < code.MinimumSpend && !Promotions.Any(a => a.Code is null && a.IsActiveAt(Now) && a.AppliesTo(p)));

        var quote = await UseFinder(f => f.QuoteAsync(product.Handle, code.Code, null, null, CancellationToken.None));

        var price = Assert.Single(quote!.Variants);
        Assert.Equal(CodeRefusalReason.MinimumSpendNotMet, price.CodeRefusal?.Reason);
        Assert.Equal(code.MinimumSpend - price.ListPrice, price.CodeRefusal?.AmountMissing);
        Assert.Equal(price.ListPrice, price.FinalPrice);
    }

    [Fact]
    public async Task A_code_over_its_minimum_spend_takes_its_discount()
    {
        var code = WithCode(p => p.IsActiveAt(Now) && p.Scope == PromotionScope.All && p.MinimumSpend is not null && p.Kind == DiscountKind.PercentOff);
        var product = CheapestWhere(p => p.Variants.Any(v => v.Stock > 0 && v.Price >= code.MinimumSpend)
            && !Promotions.Any(a => a.Code is null && a.IsActiveAt(Now) && a.AppliesTo(p)));
        var variant = product.Variants.Where(v => v.Stock > 0 && v.Price >= code.MinimumSpend).OrderBy(v => v.Id).First();

        var quote = await UseFinder(f => f.QuoteAsync(product.Handle, code.Code!.ToLowerInvariant(), variant.Size, variant.Color, CancellationToken.None));

        var price = Assert.Single(quote!.Variants, v => v.Sku == variant.Sku);
        Assert.Null(price.CodeRefusal);
        Assert.Equal(code.Id, price.AppliedPromotion?.Id);
        Assert.Equal(PriceCalculator.Quote(product, variant, Promotions, Now, code.Code).FinalPrice, price.FinalPrice);
        Assert.Equal(variant.Price - code.DiscountOn(variant.Price), price.FinalPrice);
    }

    [Fact]
    public async Task A_collection_code_does_not_apply_outside_its_collection()
    {
        var code = WithCode(p => p.IsActiveAt(Now) && p.Scope == PromotionScope.Collection);
        var product = CheapestWhere(p => !p.Collections.Contains(code.ScopeValue!));

        var quote = await UseFinder(f => f.QuoteAsync(product.Handle, code.Code, null, null, CancellationToken.None));

        Assert.All(quote!.Variants, v => Assert.Equal(CodeRefusalReason.NotValidForProduct, v.CodeRefusal?.Reason));
        Assert.Equal(code.ScopeValue, quote.Variants[0].CodeRefusal?.Promotion?.ScopeValue);
    }

    [Fact]
    public async Task A_smaller_code_gives_way_to_the_automatic_offer_it_cannot_be_combined_with()
    {
        var code = WithCode(p => p.IsActiveAt(Now) && p.Scope == PromotionScope.All && p.Kind == DiscountKind.PercentOff && p.Value < 20);
        var coat = demo.Store.Products.First(p => p.Category == "coats" && p.Variants.Any(v => v.Stock > 0 && v.Price >= (code.MinimumSpend ?? 0)));
        var variant = coat.Variants.First(v => v.Stock > 0 && v.Price >= (code.MinimumSpend ?? 0));

        var quote = await UseFinder(f => f.QuoteAsync(coat.Handle, code.Code, variant.Size, variant.Color, CancellationToken.None));

        var price = Assert.Single(quote!.Variants, v => v.Sku == variant.Sku);
        Assert.Equal(CodeRefusalReason.OtherOfferApplied, price.CodeRefusal?.Reason);
        Assert.True(price.AppliedPromotion?.Automatic);
        Assert.Equal(PriceCalculator.Quote(coat, variant, Promotions, Now, code.Code).FinalPrice, price.FinalPrice);
    }

    [Fact]
    public async Task An_expired_or_unknown_code_leaves_the_price_as_it_is()
    {
        var ended = WithCode(p => p.EndsAt <= Now && !Promotions.Any(o => o.Code == p.Code && o.IsActiveAt(Now)));
        var product = CheapestWhere(_ => true);
        var plain = await UseFinder(f => f.QuoteAsync(product.Handle, null, null, null, CancellationToken.None));

        var expired = await UseFinder(f => f.QuoteAsync(product.Handle, ended.Code, null, null, CancellationToken.None));
        var unknown = await UseFinder(f => f.QuoteAsync(product.Handle, "NOPE", null, null, CancellationToken.None));

        Assert.Equal(CodeRefusalReason.Expired, expired!.Variants[0].CodeRefusal?.Reason);
        Assert.Equal(CodeRefusalReason.Unknown, unknown!.Variants[0].CodeRefusal?.Reason);
        Assert.Equal(plain!.Variants[0].FinalPrice, expired.Variants[0].FinalPrice);
        Assert.Equal(plain.Variants[0].FinalPrice, unknown.Variants[0].FinalPrice);
    }

    [Fact]
    public async Task A_size_and_colour_family_pick_the_variants_and_an_unknown_size_falls_back_to_the_cheapest()
    {
        var product = demo.Store.Products.First(p => p.Variants.Select(v => v.Color).Distinct().Count() > 1 && p.Variants.Count > 4);
        var variant = product.Variants[^1];

        var exact = await UseFinder(f => f.QuoteAsync(product.Handle, null, variant.Size.ToLowerInvariant(), variant.ColorFamily, CancellationToken.None));
        var missing = await UseFinder(f => f.QuoteAsync(product.Handle, null, "XXXL", null, CancellationToken.None));

        Assert.True(exact!.RequestMatched);
        Assert.Contains(exact.Variants, v => v.Sku == variant.Sku);
        Assert.All(exact.Variants, v => Assert.Equal(variant.Size, v.Size));
        Assert.False(missing!.RequestMatched);
        Assert.Single(missing.Variants);
    }

    [Fact]
    public async Task An_unknown_product_has_no_quote()
    {
        Assert.Null(await UseFinder(f => f.QuoteAsync("no-such-handle", null, null, null, CancellationToken.None)));
    }

    [Fact]
    public async Task Items_on_sale_in_a_category_really_are_discounted_and_in_stock()
    {
        var sale = await UseFinder(f => f.OnSaleAsync("coats", 50, CancellationToken.None));

        Assert.NotEmpty(sale);
        Assert.Equal(demo.Store.Products.Count(p => p.Category == "coats" && p.InStock), sale.Count);
        foreach (var item in sale)
        {
            var product = demo.Store.Products.Single(p => p.Handle == item.Handle);
            Assert.Equal("coats", product.Category);
            Assert.True(item.Price < item.WasPrice);
            var cheapest = product.Variants.Where(v => v.Stock > 0).Select(v => PriceCalculator.Quote(product, v, Promotions, Now)).Min(q => q.FinalPrice);
            Assert.Equal(cheapest, item.Price);
        }
        Assert.Equal(sale.OrderByDescending(i => i.Saving / i.WasPrice).Select(i => i.Handle), sale.Select(i => i.Handle));
    }

    [Fact]
    public async Task Without_an_automatic_offer_only_marked_down_items_in_stock_are_on_sale()
    {
        var category = demo.Store.Products.Select(p => p.Category).Distinct()
            .First(c => !Promotions.Any(a => a.Code is null && a.IsActiveAt(Now) && demo.Store.Products.Any(p => p.Category == c && a.AppliesTo(p))));
        var markedDown = demo.Store.Products.Count(p => p.Category == category && p.Variants.Any(v => v.Stock > 0 && v.OnSale));

        var sale = await UseFinder(f => f.OnSaleAsync(category, 100, CancellationToken.None));

        Assert.Equal(markedDown, sale.Count);
        Assert.All(sale, item => Assert.Null(item.Promotion));
        Assert.All(sale, item => Assert.Contains(demo.Store.Products.Single(p => p.Handle == item.Handle).Variants,
            v => v.Stock > 0 && v.CompareAtPrice == item.WasPrice && v.Price == item.Price));
    }

    private Product CheapestWhere(Func<Product, bool> where) =>
        demo.Store.Products.Where(p => p.InStock && where(p)).OrderBy(p => p.MinPrice).ThenBy(p => p.Handle, StringComparer.Ordinal).First();

    private async Task<T> UseFinder<T>(Func<PromotionFinder, Task<T>> use)
    {
        await using var db = demo.Open();
        return await use(new PromotionFinder(db, demo.Catalog, demo.Settings, demo.Time));
    }
}
