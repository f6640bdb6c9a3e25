using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>The widget's "My preferences" panel: what the shopper told the assistant, forgotten one part or all at once.</summary>
[Collection(StorefrontCollection.Name)]
public sealed class WidgetPreferencesTests(StorefrontFixture store)
{
    [Fact]
    public async Task The_panel_lists_what_was_said_and_forgets_one_part_then_everything()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/");
        await widget.OpenAsync();
        await widget.AskAsync("I'm a size 12");
        await widget.AskAsync("I hate orange");

        await widget.Part("preferences-open").ClickAsync();
        var list = widget.Part("preferences");
        await Expect(list.Locator("dd[data-part=sizes]")).ToContainTextAsync("12");
        await Expect(list.Locator("dd[data-part=colors]")).ToContainTextAsync("orange");
        await Screenshots.SaveAsync(page, "desktop-widget-preferences");

        await list.Locator("[data-testid=forget-part][data-part=sizes]").ClickAsync();
        await Expect(widget.Part("preferences").Locator("dd[data-part=sizes]")).ToHaveCountAsync(0);
        await Expect(widget.Part("preferences").Locator("dd[data-part=colors]")).ToContainTextAsync("orange");

        await widget.Part("forget-all").ClickAsync();
        await Expect(widget.Part("preferences-empty")).ToBeVisibleAsync();
        await widget.Part("sheet-close").ClickAsync();
        var answer = await widget.AskAsync("what do you know about me?");
        Assert.Contains("haven't told me anything", await widget.LastAnswerTextAsync());
        Assert.True(answer.AssistantMessages > 0);
    }
}
