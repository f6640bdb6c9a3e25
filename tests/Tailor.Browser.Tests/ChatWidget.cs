using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tailor.Browser.Tests;

/// <summary>Drives the embedded chat widget through its contract: the &lt;tailor-chat&gt; element and its data-testid names.</summary>
public sealed partial class ChatWidget(IPage page)
{
    private ILocator Root => page.Locator("tailor-chat");

    public ILocator Part(string testId) => Root.Locator($"[data-testid={testId}]");
    public ILocator Launcher => Part("launcher");
    public ILocator Panel => Part("panel");
    public ILocator Input => Part("input");
    public ILocator Messages => Part("message");
    public ILocator AssistantMessages => Root.Locator("[data-testid=message][data-role=assistant]");
    public ILocator UserMessages => Root.Locator("[data-testid=message][data-role=user]");
    public ILocator Cards => Part("product-card");
    public ILocator OrderCards => Part("order-card");
    public ILocator Error => Part("error");

    public async Task OpenAsync()
    {
        await Launcher.ClickAsync();
        await Assertions.Expect(Panel).ToBeVisibleAsync();
    }

    /// <summary>Sends a message and waits for the whole answer: a new assistant message, and the log no longer busy.</summary>
    public async Task<Answer> AskAsync(string text)
    {
        var before = await CountsAsync();
        await Input.FillAsync(text);
        await Part("send").ClickAsync();
        return await WaitForAnswerAsync(before);
    }

    /// <summary>Counts of what is on screen now, taken before sending so the answer's new items can be told apart.</summary>
    public async Task<Answer> CountsAsync() =>
        new(await AssistantMessages.CountAsync(), await Cards.CountAsync(), await OrderCards.CountAsync());

    public async Task<Answer> WaitForAnswerAsync(Answer before)
    {
        await page.WaitForFunctionAsync("""
            before => {
              const root = document.querySelector("tailor-chat")?.shadowRoot;
              const log = root?.querySelector("[data-testid=messages]");
              return !!log && log.getAttribute("aria-busy") !== "true"
                && root.querySelectorAll("[data-testid=message][data-role=assistant]").length > before;
            }
            """, before.AssistantMessages, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return before;
    }

    /// <summary>The text of the latest assistant message.</summary>
    public Task<string> LastAnswerTextAsync() => AssistantMessages.Last.InnerTextAsync();

    /// <summary>The first amount in a price text such as "£1,049.50" or "£49".</summary>
    public static decimal Amount(string text) =>
        decimal.Parse(AmountPattern().Match(text).Value.Replace(",", ""), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex AmountPattern();
}

/// <summary>How many assistant messages, product cards and order cards were on screen; new ones come after these indexes.</summary>
public sealed record Answer(int AssistantMessages, int Cards, int OrderCards);
