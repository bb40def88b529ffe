using Microsoft.Playwright;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The Markdown real pages use, in Chromium: alert blocks, task lists, footnotes, wide tables and long code, raw HTML
/// the policy keeps, and pages in other languages. axe-core finds no WCAG 2.1 A or AA failure, a 320 px screen never
/// scrolls sideways while the wide table and code scroll in their own box, and the keyboard reaches those boxes.
/// </summary>
public sealed class MarkdownInBrowserTests(MarkdownSiteFixture site) : IClassFixture<MarkdownSiteFixture>
{
    public static readonly TheoryData<string> Pages = new() { "/before-your-visit/", "/clinic-hours/", "/zhiyin/", "/arabic/", "/visita/" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_core_finds_no_WCAG_A_or_AA_failure(string path)
    {
        await using var browser = await BrowserSession.StartAsync();
        var violations = await AxeCheck.ViolationsAsync(browser, site.Server.Origin + path);

        Assert.True(violations.Length == 0, string.Join('\n', violations));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_320_pixel_screen_never_scrolls_sideways(string path)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        await page.GotoAsync(site.Server.Origin + path);

        var (scroll, width) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));

        Assert.True(scroll <= width, $"{path} is {scroll}px wide on a {width}px screen");
    }

    [Fact]
    public async Task The_wide_table_and_the_code_scroll_in_their_own_box_and_the_keyboard_reaches_them()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        await page.GotoAsync(site.Server.Origin + "/before-your-visit/");

        var boxes = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.scroll-box, pre')].map(b => `${b.tagName.toLowerCase()} ${b.scrollWidth > b.clientWidth} ${getComputedStyle(b).overflowX}`)");
        Assert.Equal(["div True auto", "pre True auto"], boxes.Select(b => b.Replace("true", "True", StringComparison.Ordinal)));

        var stops = new List<string>();
        for (var i = 0; i < 40 && stops.Count < 2; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.matches('.scroll-box, pre') ? document.activeElement.tagName.toLowerCase() : ''");
            if (focused.Length > 0)
            {
                stops.Add(focused);
            }
        }

        Assert.Equal(["div", "pre"], stops);
        await page.Keyboard.PressAsync("ArrowRight");

        // Chromium scrolls smoothly, so the box is watched until it has moved (or the wait times out and the test fails).
        await page.WaitForFunctionAsync("() => document.activeElement.scrollLeft > 0", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    [Fact]
    public async Task Task_lists_have_no_form_controls_and_say_done_or_not_done()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.Origin + "/before-your-visit/");

        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('main input, main button, main select').length"));
        var items = await page.Locator(".task-list-item").AllInnerTextsAsync();
        Assert.Equal(["Done: Book the visit", "Not done: Fill in the health form"], items.Select(t => string.Join(' ', t.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
    }
}

/// <summary>Builds the Markdown golden cases (features and raw HTML kept) into one site and serves it on loopback.</summary>
public sealed class MarkdownSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory temp = new();

    public StaticServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        temp.CopyIn(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "markdown-features", "input"), "site/input");
        File.Copy(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "raw-html-allowed", "input", "pages", "clinic-hours.md"), temp.Combine("site/input/pages/clinic-hours.md"));
        temp.CopyIn(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "raw-html-allowed", "input", "media"), "site/input/media");
        Server = await DemoSiteFixture.BuildAndServeAsync(temp.Combine("site"), temp.Combine("output"));
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
