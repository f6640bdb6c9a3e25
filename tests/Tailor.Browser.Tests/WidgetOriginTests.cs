using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>The widget embedded on other sites: an origin listed in Tailor:Chat:Sites works, any other is refused.</summary>
[Collection(StorefrontCollection.Name)]
public sealed class WidgetOriginTests(StorefrontFixture store)
{
    [Fact]
    public async Task Widget_on_an_allowed_partner_site_answers()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.AllowedSite.Origin + "/");
        await widget.OpenAsync();

        await widget.AskAsync("show me coats");

        await Expect(widget.AssistantMessages.Last).Not.ToBeEmptyAsync();
        await Expect(widget.Error).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, "desktop-partner-site");
    }

    [Fact]
    public async Task Widget_on_a_site_that_is_not_allowed_shows_its_error_state()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.RefusedSite.Origin + "/");

        await widget.OpenAsync();

        await Expect(widget.Error).ToBeVisibleAsync();
        await Expect(widget.AssistantMessages).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "desktop-refused-site");
    }
}
