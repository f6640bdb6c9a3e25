using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Tailor.Domain.Catalog;
using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>Shopping through the widget embedded in the storefront: search, refine, add to bag, product questions, streaming.</summary>
[Collection(StorefrontCollection.Name)]
public sealed class WidgetShoppingTests(StorefrontFixture store)
{
    [Fact]
    public async Task Search_and_refine_show_cards_that_match_the_database()
    {
        // The colour with the most dresses in stock, and a budget that leaves some of them out.
        var offers = await store.Server.QueryAsync(db => db.Variants.AsNoTracking()
            .Where(v => v.Stock > 0 && v.Product!.Category == "dresses" && v.ColorFamily != "multi" && v.ColorFamily != "metallic")
            .Select(v => new { v.ColorFamily, v.Price, v.ProductId }).ToListAsync());
        var family = offers.GroupBy(o => o.ColorFamily).OrderByDescending(g => g.Select(o => o.ProductId).Distinct().Count()).First().Key;
        var cheapest = offers.Where(o => o.ColorFamily == family).GroupBy(o => o.ProductId).Select(g => g.Min(o => o.Price)).Order().ToList();
        var budget = Math.Ceiling(cheapest[cheapest.Count / 2] / 10) * 10;
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/");
        await widget.OpenAsync();
        await Expect(widget.Part("disclosure")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "desktop-home-widget-open");

        var search = await widget.AskAsync("show me dresses");
        await Expect(widget.Cards.Nth(search.Cards)).ToBeVisibleAsync();
        var refine = await widget.AskAsync($"in {family} under {budget}");
        await Expect(widget.Cards.Nth(refine.Cards)).ToBeVisibleAsync();

        var cards = (await widget.Cards.AllAsync()).Skip(refine.Cards).ToList();
        foreach (var card in cards)
        {
            var handle = await card.GetAttributeAsync("data-handle");
            var product = await store.Server.ProductAsync(handle!);
            Assert.Equal("dresses", product.Category);
            var satisfying = product.Variants.Where(v => v.Stock > 0 && v.ColorFamily == family && v.Price <= budget).ToList();
            Assert.NotEmpty(satisfying);
            var best = satisfying.MinBy(v => v.Price)!;
            Assert.Equal(best.Price, ChatWidget.Amount(await card.Locator("[data-testid=product-price]").InnerTextAsync()));
            var compareAt = card.Locator("[data-testid=product-compare-at]");
            if (best.OnSale) Assert.Equal(best.CompareAtPrice, ChatWidget.Amount(await compareAt.InnerTextAsync()));
            else await Expect(compareAt).ToHaveCountAsync(0);
            await Expect(card.Locator("[data-testid=product-title]")).ToHaveTextAsync(product.Title);
            Assert.EndsWith(ProductLinks.UrlOf(product.Handle), await card.Locator("[data-testid=product-link]").GetAttributeAsync("href"));

            var image = card.Locator("img");
            var source = await image.GetAttributeAsync("src");
            Assert.Contains(product.Images, i => source!.EndsWith(i.Url, StringComparison.Ordinal));
            await image.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
        }
        await Screenshots.SaveAsync(page, "desktop-search-refined");
    }

    [Fact]
    public async Task Add_to_cart_from_a_card_updates_the_bag_without_a_reload()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/collections/all");
        await page.EvaluateAsync("window.__sameDocument = true");
        await widget.OpenAsync();

        var before = await widget.AskAsync("show me jeans");
        var card = widget.Cards.Nth(before.Cards);
        await Expect(card).ToBeVisibleAsync();
        var handle = await card.GetAttributeAsync("data-handle");
        await card.Locator("[data-testid=add-to-cart]").ClickAsync();

        await Expect(page.Locator("[data-testid=cart-count]")).ToHaveTextAsync("1");
        await Expect(page.Locator("[data-testid=store-notice]")).ToContainTextAsync("Added to your bag");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"));
        await Screenshots.SaveAsync(page, "desktop-added-to-bag");

        await page.GotoAsync(store.BaseUrl + "/cart");
        var line = page.Locator("[data-testid=cart-line]");
        await Expect(line).ToHaveCountAsync(1);
        await Expect(line).ToHaveAttributeAsync("data-handle", handle!);
        var sku = await line.GetAttributeAsync("data-sku");
        var product = await store.Server.ProductAsync(handle!);
        Assert.True(product.Variants.Single(v => v.Sku == sku).Stock > 0);
    }

    [Fact]
    public async Task Question_on_a_product_page_is_answered_about_that_product()
    {
        var handle = await store.Server.MostReviewedHandleAsync();
        var product = await store.Server.ProductAsync(handle);
        var fit = FitSummary.Of(product.Reviews);
        var share = fit.Verdict switch { FitFeedback.Small => fit.PercentSmall, FitFeedback.Large => fit.PercentLarge, _ => fit.PercentTrueToSize };
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + ProductLinks.UrlOf(handle));
        await widget.OpenAsync();

        await widget.AskAsync("does this run small?");

        var answer = await widget.LastAnswerTextAsync();
        Assert.Contains(product.Title, answer);
        Assert.Contains($"{share}% of {fit.Reviews} reviews", answer);
        await Screenshots.SaveAsync(page, "desktop-product-question");
    }

    [Fact]
    public async Task First_text_delta_is_shown_while_the_answer_still_streams()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/");
        await widget.OpenAsync();
        await Expect(widget.AssistantMessages.First).ToBeVisibleAsync();

        // Every change inside the widget is recorded with the latest assistant bubble's text and whether the answer's
        // stream is still open (the log is aria-busy from sending until the stream has ended).
        await page.EvaluateAsync("""
            () => {
              const root = document.querySelector("tailor-chat").shadowRoot;
              const log = root.querySelector("[data-testid=messages]");
              const start = root.querySelectorAll("[data-testid=message][data-role=assistant]").length;
              window.__snapshots = [];
              new MutationObserver(() => {
                const answers = root.querySelectorAll("[data-testid=message][data-role=assistant]");
                if (answers.length <= start) return;
                window.__snapshots.push({ text: answers[answers.length - 1].textContent, open: log.getAttribute("aria-busy") === "true",
                  typing: !!root.querySelector("[data-testid=typing]") });
              }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
            }
            """);
        var before = await widget.CountsAsync();
        await widget.Input.FillAsync("what is your returns policy?");
        await widget.Part("send").ClickAsync();
        await widget.WaitForAnswerAsync(before);

        var snapshots = JsonSerializer.Deserialize<Snapshot[]>(await page.EvaluateAsync<string>("JSON.stringify(window.__snapshots)"), Json)!;
        var final = snapshots[^1].Text;
        Assert.True(snapshots.Any(s => s.Open && s.Text.Length > 0 && s.Text.Length < final.Length),
            $"No partial answer was shown while the stream was open. Snapshots (open, length): " +
            string.Join(", ", snapshots.Select(s => $"({s.Open}, {s.Text.Length})")) + $"; final length {final.Length}.");
        Assert.DoesNotContain(snapshots, s => s.Typing && s.Text.Length > 0);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Snapshot(string Text, bool Open, bool Typing);
}
