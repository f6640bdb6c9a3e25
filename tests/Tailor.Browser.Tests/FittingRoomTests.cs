using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>Virtual try-on: the fit preview on the product page and in the widget, and the photo try-on that keeps the photo on the device.</summary>
[Collection(StorefrontCollection.Name)]
public sealed class FittingRoomTests(StorefrontFixture store)
{
    // A women's dress whose category has a size chart with bust, waist and hips.
    private Task<string> DressAsync() => store.Server.QueryAsync(db => db.Products.AsNoTracking()
        .Where(p => p.Category == "dresses" && p.Gender == Domain.Catalog.Gender.Women && p.Variants.Any(v => v.Stock > 0))
        .OrderBy(p => p.Id).Select(p => p.Handle).FirstAsync());

    [Fact]
    public async Task The_product_page_draws_the_fit_of_each_size_from_typed_measurements()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync($"{store.BaseUrl}/products/{await DressAsync()}");
        var section = page.Locator("[data-testid=fit-preview-section]");
        await Expect(section).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.Tailor && window.Tailor.fitView");

        var form = section.Locator("form");
        var sizes = await form.Locator("select[name=size] option").AllInnerTextsAsync();
        await form.Locator("select[name=size]").SelectOptionAsync(sizes[0]);
        await form.Locator("input[name=chest]").FillAsync("100");
        await form.Locator("input[name=waist]").FillAsync("84");
        await form.Locator("input[name=hips]").FillAsync("108");
        await form.Locator("button[type=submit]").ClickAsync();

        // The smallest size on a body above its ranges is tight at every zone; the largest is not.
        var preview = section.Locator("[data-testid=fit-preview]");
        await Expect(preview).ToHaveAttributeAsync("data-size", sizes[0]);
        await Expect(preview.Locator("rect[data-zone=chest]")).ToHaveAttributeAsync("data-fit", "tight");
        await Screenshots.SaveAsync(page, "desktop-fit-preview-product-page", fullPage: true);

        await preview.Locator("[data-testid=fit-size]").Last.ClickAsync();
        var largest = section.Locator("[data-testid=fit-preview]");
        await Expect(largest).ToHaveAttributeAsync("data-size", sizes[^1]);
        await Expect(largest.Locator("rect[data-zone=chest]")).Not.ToHaveAttributeAsync("data-fit", "tight");

        await form.Locator("input[name=chest]").FillAsync("900");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(section.Locator("[data-testid=fit-problem]")).ToContainTextAsync("chest must be between");
    }

    [Fact]
    public async Task Size_advice_in_the_widget_offers_the_fit_figure_and_sizes_to_compare()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{store.BaseUrl}/products/{await DressAsync()}");
        await widget.OpenAsync();

        await widget.AskAsync("what size should I get? bust 92 cm, waist 74 cm, hips 98 cm");
        await widget.Part("see-fit").Last.ClickAsync();

        var preview = widget.Part("fit-preview");
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview.Locator("rect[data-zone=chest]")).ToHaveCountAsync(1);
        var first = await preview.GetAttributeAsync("data-size");
        await Screenshots.SaveAsync(page, "desktop-widget-fit-preview");
        var other = preview.Locator("[data-testid=fit-size][aria-pressed=false]").First;
        var otherSize = await other.InnerTextAsync();
        await other.ClickAsync();
        await Expect(widget.Part("fit-preview")).ToHaveAttributeAsync("data-size", otherSize);
        Assert.NotEqual(first, otherSize);
    }

    [Fact]
    public async Task The_try_on_photo_is_moved_scaled_and_rotated_without_ever_leaving_the_device()
    {
        var page = await store.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(store.BaseUrl + "/");
        await widget.OpenAsync();
        var answer = await widget.AskAsync("show me dresses");
        await widget.Cards.Nth(answer.Cards).Locator("[data-testid=try-on]").ClickAsync();
        var canvas = widget.Part("tryon-canvas");
        await Expect(canvas).ToBeVisibleAsync();

        // A real PNG drawn by the browser, with a marker after its end that any upload of the file would carry.
        var png = Convert.FromBase64String(await page.EvaluateAsync<string>(
            "() => { const c = document.createElement('canvas'); c.width = 240; c.height = 320; const x = c.getContext('2d');" +
            " x.fillStyle = '#c58c6d'; x.fillRect(0, 0, 240, 320); x.fillStyle = '#333'; x.fillRect(90, 20, 60, 60);" +
            " return c.toDataURL('image/png').split(',')[1]; }"));
        var marker = Encoding.ASCII.GetBytes("TAILOR-PRIVATE-PHOTO-MARKER-5c1e");
        byte[] photo = [.. png, .. marker];
        var markerText = Encoding.ASCII.GetString(marker);
        var markerBase64 = Convert.ToBase64String(png.AsSpan(png.Length - 24).ToArray());
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);

        await widget.Part("tryon-photo").SetInputFilesAsync(new FilePayload { Name = "me.png", MimeType = "image/png", Buffer = photo });
        await Expect(canvas).ToHaveAttributeAsync("data-photo", "loaded");
        var placed = await canvas.GetAttributeAsync("data-garment");
        foreach (var control in new[] { "tryon-right", "tryon-down", "tryon-bigger", "tryon-rotate-left", "tryon-smaller", "tryon-rotate-right", "tryon-rotate-right" })
            await widget.Part(control).ClickAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2 - 40, box.Y + box.Height / 2 + 30, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        Assert.NotEqual(placed, await canvas.GetAttributeAsync("data-garment"));
        await Screenshots.SaveAsync(page, "desktop-widget-photo-try-on");
        await widget.Part("sheet-close").ClickAsync();
        await widget.AskAsync("thanks");

        Assert.NotEmpty(requests); // the chat message went out: the listener was listening
        foreach (var request in requests)
        {
            Assert.DoesNotContain(markerText, request.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(markerBase64, request.Url, StringComparison.Ordinal);
            var body = request.PostDataBuffer ?? [];
            Assert.True(body.AsSpan().IndexOf(marker) < 0, $"{request.Method} {request.Url} carried the photo");
            Assert.DoesNotContain(markerBase64, Encoding.ASCII.GetString(body), StringComparison.Ordinal);
            Assert.True(body.Length < png.Length, $"{request.Method} {request.Url} sent {body.Length} bytes, as much as the photo");
        }
    }
}
