using Microsoft.Playwright;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The demo's photo gallery in Chromium: with the keyboard alone a photo opens in the enlarge view, the focus is
/// inside it and stays there, Escape closes it and the focus is back on the photo; a mouse does the same; without
/// JavaScript the grid is there and each photo links to its full-size file; axe-core finds nothing with the view
/// open or closed. The story's Markdown image with a title is a figure with its caption.
/// </summary>
public sealed class GalleryInBrowserTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private const string Story = "/stories/grace-back-at-the-wheel/";

    private const string FocusInView = "() => document.querySelector('dialog.gallery-view').contains(document.activeElement)";

    [Fact]
    public async Task The_keyboard_opens_a_photo_keeps_the_focus_in_the_view_and_Escape_gives_it_back()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await OpenAsync(browser);

        // Tab from the top of the page until a photo has the focus.
        var tabs = 0;
        while (!await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.gallery-link')"))
        {
            Assert.True(++tabs < 80, "Tab never reached a photo of the gallery");
            await page.Keyboard.PressAsync("Tab");
        }

        var opener = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('dialog.gallery-view').open"));
        Assert.True(await page.EvaluateAsync<bool>(FocusInView));
        Assert.Equal(opener, await page.EvaluateAsync<string>("() => new URL(document.querySelector('dialog.gallery-view img').src).pathname"));
        Assert.Equal("Photo 1 of 3", await page.Locator("dialog.gallery-view .gallery-count").TextContentAsync());
        Assert.Equal("The first pot Grace threw after therapy: short, thick-walled, and hers.", await page.Locator("dialog.gallery-view figcaption").TextContentAsync());
        Assert.Equal("Close", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

        // Tab and Shift+Tab go round the view's three buttons and never leave it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 7; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>(FocusInView), $"Tab {i + 1} left the enlarge view");
            seen.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        }

        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            Assert.True(await page.EvaluateAsync<bool>(FocusInView), $"Shift+Tab {i + 1} left the enlarge view");
        }

        Assert.Equal(["Close", "Next photo", "Previous photo"], seen.Order(StringComparer.Ordinal));

        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Photo 2 of 3", await page.Locator("dialog.gallery-view .gallery-count").TextContentAsync());
        Assert.EndsWith("/media/grace-three-glazed-bowls.jpg", await page.EvaluateAsync<string>("() => document.querySelector('dialog.gallery-view img').src"), StringComparison.Ordinal);
        Assert.Equal("Illustration of three bowls on a wooden shelf, glazed blue, sand and green", await page.Locator("dialog.gallery-view img").GetAttributeAsync("alt"));
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("Photo 3 of 3", await page.Locator("dialog.gallery-view .gallery-count").TextContentAsync());

        await page.Keyboard.PressAsync("Escape");

        Assert.False(await page.EvaluateAsync<bool>("() => document.querySelector('dialog.gallery-view').open"));
        Assert.Equal(opener, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        Assert.Equal(site.Server.Origin + Story, page.Url);
    }

    [Fact]
    public async Task Space_on_a_photo_opens_the_view_too()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await OpenAsync(browser);
        var third = page.Locator("a.gallery-link").Nth(2);
        await third.FocusAsync();

        await page.Keyboard.PressAsync(" ");

        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('dialog.gallery-view').open"));
        Assert.Equal("Photo 3 of 3", await page.Locator("dialog.gallery-view .gallery-count").TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>(FocusInView));
    }

    [Fact]
    public async Task A_click_opens_the_photo_and_Close_puts_the_focus_back_on_it()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await OpenAsync(browser);
        var second = page.Locator("a.gallery-link").Nth(1);

        await second.ClickAsync();

        var view = page.Locator("dialog.gallery-view");
        Assert.True(await view.IsVisibleAsync());
        Assert.Equal("Photo 2 of 3", await view.Locator(".gallery-count").TextContentAsync());
        Assert.Equal("Three bowls from the spring, one for each month of hand therapy.", await view.Locator("figcaption").TextContentAsync());
        // The full-size photo loads after the view opens: wait for its load (Playwright re-checks on every frame), not a time.
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('dialog.gallery-view img'); return i.complete && i.naturalWidth > 0; }", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('dialog.gallery-view img').naturalWidth > 0"));
        Assert.Equal(site.Server.Origin + Story, page.Url);

        await view.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Close" }).ClickAsync();

        Assert.False(await view.IsVisibleAsync());
        Assert.Equal("/media/grace-three-glazed-bowls.jpg", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
    }

    [Fact]
    public async Task Without_JavaScript_the_grid_is_shown_and_each_photo_links_to_its_file()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Origin + Story);

        Assert.Equal("grid", await page.Locator(".gallery-grid").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal(0, await page.Locator("dialog").CountAsync());
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var figure in await page.Locator(".gallery figure").AllAsync())
        {
            Assert.True(await figure.IsVisibleAsync());
            boxes.Add((await figure.BoundingBoxAsync())!);
        }

        Assert.Equal(3, boxes.Count);
        Assert.True(boxes[1].X > boxes[0].X && Math.Abs(boxes[1].Y - boxes[0].Y) < 1, "the photos are not side by side in a grid on a wide screen");
        Assert.Equal(3, await page.Locator(".gallery figcaption").CountAsync());

        var first = page.Locator("a.gallery-link").First;
        Assert.Equal("/media/grace-hands-on-the-wheel.jpg", await first.GetAttributeAsync("href"));
        var response = await page.RunAndWaitForResponseAsync(() => first.ClickAsync(), site.Server.Origin + "/media/grace-hands-on-the-wheel.jpg");
        await page.WaitForURLAsync(site.Server.Origin + "/media/grace-hands-on-the-wheel.jpg");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/jpeg", response.Headers["content-type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_reduced_motion_the_view_opens_without_animation()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync(site.Server.Origin + Story);
        await page.WaitForFunctionAsync("() => document.querySelector('a.gallery-link[aria-haspopup]') !== null");

        await page.Locator("a.gallery-link").First.ClickAsync();

        Assert.True(await page.Locator("dialog.gallery-view").IsVisibleAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.getAnimations().length"));
    }

    [Fact]
    public async Task A_Markdown_image_with_a_title_is_shown_as_a_figure_with_its_caption()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await OpenAsync(browser);
        var figure = page.Locator(".prose figure.figure");

        Assert.Equal(1, await figure.CountAsync());
        Assert.True(await figure.IsVisibleAsync());
        Assert.Equal("The tools of Grace's home exercises: putty to squeeze, coins to pick up, a grip to press.", await figure.Locator("figcaption").TextContentAsync());
        Assert.Null(await figure.Locator("img").GetAttributeAsync("title"));
        // The image loads lazily (it is below the first screen): bring it into view and wait for its load.
        await figure.Locator("img").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('.prose figure.figure img'); return i.complete && i.naturalWidth > 0; }", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.Equal("lazy", await figure.Locator("img").GetAttributeAsync("loading"));
        var (image, caption) = (await figure.Locator("img").BoundingBoxAsync(), await figure.Locator("figcaption").BoundingBoxAsync());
        Assert.True(caption!.Y >= image!.Y + image.Height, "the caption is not below the image");
    }

    [Fact]
    public async Task The_script_is_loaded_only_on_pages_with_a_gallery()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        var scripts = new List<string>();
        page.Request += (_, request) => { if (request.Url.EndsWith("/gallery.js", StringComparison.Ordinal)) { scripts.Add(request.Url); } };

        await page.GotoAsync(site.Server.Origin + "/stories/maria-walks-again/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Empty(scripts);
        await page.GotoAsync(site.Server.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Single(scripts);
    }

    [Fact]
    public async Task Axe_core_finds_no_WCAG_A_or_AA_failure_with_the_view_closed_or_open()
    {
        Requirements.Chromium();
        Requirements.AxeCore();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Origin + Story);
        await page.WaitForFunctionAsync("() => document.querySelector('a.gallery-link[aria-haspopup]') !== null");

        var closed = await AxeCheck.ViolationsAsync(page);
        await page.Locator("a.gallery-link").First.ClickAsync();
        Assert.True(await page.Locator("dialog.gallery-view").IsVisibleAsync());

        // The view fades in (unless the reader asks for reduced motion); contrast is measured once it has.
        await page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");
        var open = await AxeCheck.ViolationsAsync(page);

        Assert.True(closed.Length == 0, "view closed:\n" + string.Join('\n', closed));
        Assert.True(open.Length == 0, "view open:\n" + string.Join('\n', open));
    }

    /// <summary>The gallery page, once gallery.js has set up the view (it is deferred).</summary>
    private async Task<IPage> OpenAsync(BrowserSession browser)
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.Server.Origin + Story);
        await page.WaitForFunctionAsync("() => document.querySelector('a.gallery-link[aria-haspopup]') !== null");
        return page;
    }
}
