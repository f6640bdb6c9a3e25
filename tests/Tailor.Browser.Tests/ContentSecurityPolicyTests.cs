using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>
/// The widget under a strict Content-Security-Policy, the storefront's own and a partner shop's that allows no inline
/// style: it answers, it is styled, and the browser reports no violation.
/// </summary>
[Collection(StorefrontCollection.Name)]
public sealed class ContentSecurityPolicyTests(StorefrontFixture store)
{
    [Fact]
    public async Task Widget_works_and_is_styled_on_a_partner_page_that_forbids_inline_styles()
    {
        var page = await store.NewPageAsync();
        var violations = Violations(page);
        await page.GotoAsync(store.AllowedSite.Origin + "/strict");
        var widget = new ChatWidget(page);
        await widget.OpenAsync();

        await widget.AskAsync("show me coats");

        await Expect(widget.AssistantMessages.Last).Not.ToBeEmptyAsync();
        Assert.Equal("58px", await widget.Launcher.EvaluateAsync<string>("el => getComputedStyle(el).width"));
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Storefront_pages_and_the_widget_break_no_rule_of_the_storefront_policy()
    {
        var page = await store.NewPageAsync();
        var violations = Violations(page);
        await page.GotoAsync(store.BaseUrl + "/collections/all");
        var widget = new ChatWidget(page);
        await widget.OpenAsync();

        await widget.AskAsync("black jeans");

        await Expect(widget.AssistantMessages.Last).Not.ToBeEmptyAsync();
        Assert.Equal("58px", await widget.Launcher.EvaluateAsync<string>("el => getComputedStyle(el).width"));
        Assert.Empty(violations);
    }

    // Chromium reports every blocked script, style or connection on the console.
    private static List<string> Violations(IPage page)
    {
        var seen = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (seen) seen.Add(message.Text);
        };
        return seen;
    }
}
