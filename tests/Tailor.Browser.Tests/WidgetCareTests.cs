using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>The widget as a shopper lives with it: order help when signed in, reloads, phones, keyboards, hostile text.</summary>
[Collection(StorefrontCollection.Name)]
public sealed class WidgetCareTests(StorefrontFixture store)
{
    [Fact]
    public async Task Order_tracking_as_the_demo_customer_shows_one_of_her_orders()
    {
        var hers = await store.Server.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Customer!.ExternalId == "cus_000001").Select(o => o.Number).ToListAsync());
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/account");
        await page.Locator("[data-testid=demo-sign-in]").ClickAsync();
        await Expect(page.Locator("[data-testid=account-details]")).ToBeVisibleAsync();
        await widget.OpenAsync();

        var before = await widget.AskAsync("where is my order?");

        // With several recent orders the assistant asks which one; she picks one of the numbers it offers.
        string? picked = null;
        if (await widget.OrderCards.CountAsync() == before.OrderCards)
        {
            var offered = widget.Part("quick-reply").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^TL-\d+$") });
            await Expect(offered.First).ToBeVisibleAsync();
            picked = (await offered.First.InnerTextAsync()).Trim();
            before = await widget.CountsAsync();
            await offered.First.ClickAsync();
            await widget.WaitForAnswerAsync(before);
        }

        var card = widget.OrderCards.Nth(before.OrderCards);
        await Expect(card).ToBeVisibleAsync();
        var number = await card.GetAttributeAsync("data-number");
        Assert.Contains(number, hers);
        if (picked is not null) Assert.Equal(picked, number);
        await Screenshots.SaveAsync(page, "desktop-order-tracking");
    }

    [Fact]
    public async Task Reload_keeps_the_conversation()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/collections/all");
        await widget.OpenAsync();
        await widget.AskAsync("show me boots");
        var answers = await widget.AssistantMessages.CountAsync();

        await page.ReloadAsync();
        if (!await widget.Panel.IsVisibleAsync()) await widget.OpenAsync();

        await Expect(widget.UserMessages.Filter(new() { HasText = "show me boots" })).ToHaveCountAsync(1);
        await Expect(widget.AssistantMessages).ToHaveCountAsync(answers);
    }

    [Fact]
    public async Task Panel_is_full_screen_on_a_phone()
    {
        var page = await store.NewPageAsync(phone: true);
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/");
        await Expect(widget.Launcher).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "mobile-home");

        await widget.OpenAsync();
        var box = await widget.Panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.X, -1, 1);
        Assert.InRange(box.Y, -1, 1);
        Assert.InRange(box.Width, 389, 391);
        Assert.InRange(box.Height, 843, 845);

        await widget.AskAsync("show me sneakers");
        await Screenshots.SaveAsync(page, "mobile-conversation");
    }

    [Fact]
    public async Task Conversation_works_with_the_keyboard_alone()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/cart");
        await Expect(widget.Launcher).ToBeVisibleAsync();

        const string focusedPart = "() => document.activeElement?.shadowRoot?.activeElement?.dataset.testid ?? null";
        for (var presses = 0; presses < 80 && await page.EvaluateAsync<string?>(focusedPart) != "launcher"; presses++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("launcher", await page.EvaluateAsync<string?>(focusedPart));

        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Panel).ToBeVisibleAsync();
        Assert.Equal("input", await page.EvaluateAsync<string?>(focusedPart));
        var before = await widget.CountsAsync();
        await page.Keyboard.TypeAsync("do you deliver to Ireland?");
        await page.Keyboard.PressAsync("Enter");
        await widget.WaitForAnswerAsync(before);
        await Expect(widget.UserMessages.Last).ToHaveTextAsync("do you deliver to Ireland?");

        await page.Keyboard.PressAsync("Escape");
        await Expect(widget.Panel).ToBeHiddenAsync();
        Assert.Equal("launcher", await page.EvaluateAsync<string?>(focusedPart));
    }

    [Fact]
    public async Task Script_typed_by_the_shopper_is_shown_as_text_and_not_run()
    {
        const string hostile = """<script>window.__injected = 1</script><img src="x" onerror="window.__injected = 2">""";
        var page = await store.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/");
        await widget.OpenAsync();

        await widget.AskAsync(hostile);

        await Expect(widget.UserMessages.Last).ToContainTextAsync("<script>window.__injected = 1</script>");
        await Expect(widget.Part("messages").Locator("script, img[src='x']")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("window.__injected === undefined"));
        await page.ReloadAsync();
        if (!await widget.Panel.IsVisibleAsync()) await widget.OpenAsync();
        await Expect(widget.UserMessages.Last).ToBeVisibleAsync();
        await Expect(widget.Part("messages").Locator("script, img[src='x']")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("window.__injected === undefined"));
        Assert.Equal(0, dialogs);
    }

    // The WCAG 2.1 A and AA rules, reporting violations only: best-practice rules and passing nodes only slow the scan.
    private static readonly Deque.AxeCore.Commons.AxeRunOptions WcagRules = new()
    {
        RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [Deque.AxeCore.Commons.ResultType.Violations],
    };

    [Fact]
    public async Task Storefront_pages_with_the_widget_open_have_no_serious_accessibility_violations()
    {
        var handle = await store.Server.MostReviewedHandleAsync();
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + Tailor.Domain.Catalog.ProductLinks.UrlOf(handle));
        await page.Locator("[data-testid=add-to-bag]").ClickAsync();
        await page.GotoAsync(store.BaseUrl + "/account");
        await page.Locator("[data-testid=demo-sign-in]").ClickAsync();
        await Expect(page.Locator("[data-testid=account-details]")).ToBeVisibleAsync();

        var problems = new List<string>();
        // Search results are the category listing's page, so the listing stands for both.
        foreach (var path in new[] { "/", "/collections/dresses?gender=women", Tailor.Domain.Catalog.ProductLinks.UrlOf(handle), "/cart", "/checkout", "/account" })
        {
            await page.GotoAsync(store.BaseUrl + path);
            if (!await widget.Panel.IsVisibleAsync()) await widget.OpenAsync();
            await Expect(widget.AssistantMessages.First).ToBeVisibleAsync();
            var result = await page.RunAxe(WcagRules);
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
