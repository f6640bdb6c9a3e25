using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Tailor.Assistant.Customers;
using Tailor.Domain.Catalog;
using Tailor.Domain.Settings;
using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>The storefront on its own: pages show the store's data, the bag and checkout price from the database, demo sign-in.</summary>
[Collection(StorefrontCollection.Name)]
public sealed class StorefrontTests(StorefrontFixture store)
{
    [Fact]
    public async Task Product_page_shows_prices_stock_and_fit_from_the_database()
    {
        var handle = await store.Server.MostReviewedHandleAsync();
        var product = await store.Server.ProductAsync(handle);
        var page = await store.NewPageAsync();

        await page.GotoAsync(store.BaseUrl + ProductLinks.UrlOf(handle));

        await Expect(page.Locator("[data-testid=product] [data-testid=product-title]")).ToHaveTextAsync(product.Title);
        var color = product.Variants.OrderBy(v => v.Id).First(v => v.Stock > 0).Color;
        var variants = product.Variants.Where(v => v.Color == color).ToList();
        var options = page.Locator("[data-testid=size-option]");
        await Expect(options).ToHaveCountAsync(variants.Count);
        foreach (var option in await options.AllAsync())
        {
            var sku = await option.GetAttributeAsync("data-sku");
            var variant = variants.Single(v => v.Sku == sku);
            Assert.Equal(variant.Stock.ToString(), await option.GetAttributeAsync("data-stock"));
            Assert.Contains(variant.Size, await option.InnerTextAsync());
        }

        var prices = new List<decimal>();
        foreach (var variant in variants.Where(v => v.Stock > 0)) prices.Add(await store.Server.TodayPriceAsync(product, variant));
        Assert.Equal(prices.Min(), ChatWidget.Amount(await page.Locator("[data-testid=final-price]").InnerTextAsync()));

        var fit = FitSummary.Of(product.Reviews);
        var share = fit.Verdict switch { FitFeedback.Small => fit.PercentSmall, FitFeedback.Large => fit.PercentLarge, _ => fit.PercentTrueToSize };
        await Expect(page.Locator("[data-testid=fit-summary]")).ToContainTextAsync($"{share}% of {fit.Reviews} review");
        await page.Locator("[data-testid=size-guide] summary").ClickAsync();
        await Expect(page.Locator("[data-testid=size-guide] tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=gallery] img")).ToHaveCountAsync(product.Images.Count + 1);
        await Screenshots.SaveAsync(page, "desktop-product-page", fullPage: true);
    }

    [Fact]
    public async Task Listing_filters_show_what_the_catalog_holds()
    {
        var family = await store.Server.QueryAsync(db => db.Variants.AsNoTracking()
            .Where(v => v.Stock > 0 && v.Product!.Gender == Gender.Women)
            .GroupBy(v => v.ColorFamily).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        var expected = await store.Server.QueryAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Gender == Gender.Women && p.Variants.Any(v => v.Stock > 0 && v.ColorFamily == family))
            .Select(p => p.Handle).ToListAsync());
        var page = await store.NewPageAsync();

        await page.GotoAsync(store.BaseUrl + "/collections/all");
        await page.Locator("[data-testid=filter-gender]").SelectOptionAsync("women");
        await page.Locator("[data-testid=filter-color]").SelectOptionAsync(family);
        await page.Locator("[data-testid=filter-in-stock]").CheckAsync();
        await page.Locator("[data-testid=sort]").SelectOptionAsync("price-asc");
        await page.Locator("[data-testid=apply-filters]").ClickAsync();

        await Expect(page.Locator("[data-testid=result-count]")).ToHaveTextAsync($"{expected.Count} product{(expected.Count == 1 ? "" : "s")}");
        var tiles = page.Locator("[data-testid=product-tile]");
        await Expect(tiles).ToHaveCountAsync(Math.Min(expected.Count, 24));
        var shown = new List<decimal>();
        foreach (var tile in await tiles.AllAsync())
        {
            Assert.Contains(await tile.GetAttributeAsync("data-handle"), expected);
            shown.Add(ChatWidget.Amount(await tile.Locator(".amount").InnerTextAsync()));
        }
        Assert.Equal(shown.Order().ToList(), shown);
        await Screenshots.SaveAsync(page, "desktop-category-filtered");
    }

    [Fact]
    public async Task Bag_and_checkout_are_priced_from_the_database()
    {
        var handle = await store.Server.MostReviewedHandleAsync();
        var product = await store.Server.ProductAsync(handle);
        var settings = store.Server.Service<StoreSettings>();
        var page = await store.NewPageAsync();

        await page.GotoAsync(store.BaseUrl + ProductLinks.UrlOf(handle));
        var sku = await page.Locator("[data-testid=size-option] input:checked").GetAttributeAsync("value");
        await page.Locator("[data-testid=add-to-bag]").ClickAsync();

        await Expect(page).ToHaveURLAsync(store.BaseUrl + "/cart");
        await Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync("1");
        var variant = product.Variants.Single(v => v.Sku == sku);
        var price = await store.Server.TodayPriceAsync(product, variant);
        var line = page.Locator($"[data-testid=cart-line][data-sku='{sku}']");
        Assert.Equal(price, ChatWidget.Amount(await line.Locator("[data-testid=line-price]").InnerTextAsync()));

        await line.Locator("[data-testid=line-quantity]").FillAsync("2");
        await line.Locator("button:text('Update')").ClickAsync();
        await Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync(Math.Min(2, variant.Stock).ToString());
        var quantity = Math.Min(2, variant.Stock);
        Assert.Equal(price * quantity, ChatWidget.Amount(await line.Locator("[data-testid=line-total]").InnerTextAsync()));

        await page.Locator("[data-testid=checkout-link]").ClickAsync();
        var subtotal = price * quantity;
        Assert.Equal(subtotal, ChatWidget.Amount(await page.Locator("[data-testid=checkout-subtotal]").InnerTextAsync()));
        var abroad = settings.Shipping.Last();
        await page.Locator("[data-testid=checkout-country]").SelectOptionAsync(abroad.Country);
        await page.Locator("#d-express").CheckAsync();
        await page.Locator("[data-testid=update-totals]").ClickAsync();
        await Expect(page.Locator("[data-testid=checkout-delivery]")).ToContainTextAsync(ChatWidgetMoney(abroad.ExpressCost));
        Assert.Equal(subtotal + abroad.ExpressCost, ChatWidget.Amount(await page.Locator("[data-testid=checkout-total]").InnerTextAsync()));
        await Screenshots.SaveAsync(page, "desktop-checkout");

        await page.GotoAsync(store.BaseUrl + "/cart");
        await page.Locator("[data-testid=line-remove]").ClickAsync();
        await Expect(page.Locator("[data-testid=cart-empty]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task Demo_customer_signs_in_sees_her_orders_and_the_widget_gets_her_token()
    {
        var orders = await store.Server.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Customer!.ExternalId == "cus_000001").Select(o => new { o.Number, o.Status }).ToListAsync());
        var page = await store.NewPageAsync();

        await page.GotoAsync(store.BaseUrl + "/account");
        await page.Locator("[data-testid=demo-sign-in]").ClickAsync();

        await Expect(page.Locator("[data-testid=account-details]")).ToHaveAttributeAsync("data-customer", "cus_000001");
        await Expect(page.Locator("[data-testid=account-link]")).ToHaveTextAsync("Emma Clarke");
        var rows = page.Locator("[data-testid=order-row]");
        await Expect(rows).ToHaveCountAsync(orders.Count);
        foreach (var row in await rows.AllAsync())
        {
            var number = await row.GetAttributeAsync("data-number");
            var order = orders.Single(o => o.Number == number);
            Assert.Equal(order.Status.ToString(), await row.GetAttributeAsync("data-status"));
        }
        var token = await page.Locator("script[src$='/widget.js']").GetAttributeAsync("data-customer-token");
        Assert.Equal("cus_000001", await store.Server.Service<CustomerTokens>().ValidateAsync(token));
        await Screenshots.SaveAsync(page, "desktop-account", fullPage: true);

        await page.Locator("[data-testid=sign-out]").ClickAsync();
        await Expect(page.Locator("[data-testid=demo-sign-in]")).ToBeVisibleAsync();
        Assert.Null(await page.Locator("script[src$='/widget.js']").GetAttributeAsync("data-customer-token"));
    }

    private string ChatWidgetMoney(decimal amount) => store.Server.Service<Tailor.Server.Storefront.StoreFormatting>().Money(amount);
}
