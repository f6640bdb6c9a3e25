using Microsoft.Playwright;

namespace Tailor.Browser.Tests;

/// <summary>
/// One server, two partner sites (one allowed to embed the widget, one not) and one headless Chromium for the whole
/// browser suite. Chromium is Debian's (/usr/bin/chromium): Playwright never downloads a browser here.
/// </summary>
public sealed class StorefrontFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public StorefrontServer Server { get; private set; } = null!;
    public PartnerSite AllowedSite { get; private set; } = null!;
    public PartnerSite RefusedSite { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => Server.BaseUrl;

    public async Task InitializeAsync()
    {
        AllowedSite = await PartnerSite.StartAsync("Allowed partner", () => Server.BaseUrl);
        RefusedSite = await PartnerSite.StartAsync("Unknown site", () => Server.BaseUrl);
        Server = new StorefrontServer(AllowedSite.Origin);
        await Task.Run(Server.Start);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox"],
            Headless = true,
        });
    }

    /// <summary>A fresh browser profile (cookies, storage) on a desktop or phone-sized screen.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(phone
            ? new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 }
            : new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        Server?.Dispose();
        if (AllowedSite is not null) await AllowedSite.DisposeAsync();
        if (RefusedSite is not null) await RefusedSite.DisposeAsync();
    }
}

/// <summary>All browser tests share one server and one browser, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class StorefrontCollection : ICollectionFixture<StorefrontFixture>
{
    public const string Name = "storefront";
}
