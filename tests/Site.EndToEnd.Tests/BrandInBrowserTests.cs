using Microsoft.Playwright;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The demo site, with one service line that has no stories yet, built once for the class and served on loopback.
/// </summary>
public sealed class BrandSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory temp = new();

    public StaticServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        temp.CopyIn(Repository.PathTo("input"), "site/input");
        var settings = temp.Combine("site", "input", "site.yml");
        var yaml = File.ReadAllText(settings).Replace(
            "service_lines:\n",
            "service_lines:\n  - slug: maternity\n    name: Birth and Maternity Care\n    description: Care before, during and after the birth of a baby.\n",
            StringComparison.Ordinal);
        File.WriteAllText(settings, yaml);
        Server = await DemoSiteFixture.BuildAndServeAsync(temp.Combine("site"), temp.Combine("output"));
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        temp.Dispose();
    }
}

/// <summary>
/// Brand and reading in Chromium: at 1280 and 375 pixels, in light and dark mode, axe-core finds no WCAG 2.1 A or AA
/// failure and all text meets AA contrast on the home page, a story, a listing and an empty listing; the reading
/// column is centred; the logo and the call to action are in the header; printed, the page has no navigation and
/// writes the address after a link to another site.
/// </summary>
public sealed class BrandInBrowserTests(BrandSiteFixture site) : IClassFixture<BrandSiteFixture>
{
    public static readonly TheoryData<string, int, string> Views = Combine(["/", "/stories/maria-walks-again/", "/stories/", "/services/maternity/"]);

    private static TheoryData<string, int, string> Combine(string[] paths)
    {
        var data = new TheoryData<string, int, string>();
        foreach (var path in paths)
        {
            foreach (var width in new[] { 1280, 375 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(path, width, scheme);
                }
            }
        }

        return data;
    }

    private static async Task<IPage> OpenAsync(BrowserSession browser, string url, int width, string scheme, bool bypassCsp = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Axe_core_and_the_contrast_check_pass_in_light_and_dark_mode_at_both_widths(string path, int width, string scheme)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await OpenAsync(browser, site.Server.Origin + path, width, scheme, bypassCsp: true);

        var dark = await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches");
        var body = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var violations = await AxeCheck.ViolationsAsync(page);
        var contrast = await page.EvaluateAsync<string[]>(ThemeInBrowserTests.ContrastScript.Replace("return { r: 255, g: 255, b: 255, a: 1 };", "return parse(getComputedStyle(document.body).backgroundColor);", StringComparison.Ordinal));

        Assert.Equal(scheme == "dark", dark);
        Assert.Equal(scheme == "dark" ? "rgb(18, 26, 35)" : "rgb(255, 255, 255)", body);
        Assert.True(violations.Length == 0, string.Join('\n', violations));
        Assert.True(contrast.Length == 0, string.Join('\n', contrast));
    }

    [Theory]
    [InlineData("/stories/maria-walks-again/", ".prose")]
    [InlineData("/stories/maria-walks-again/", ".page-header")]
    [InlineData("/stories/maria-walks-again/", ".hero")]
    [InlineData("/articles/heart-healthy-habits-for-winter/", ".prose")]
    [InlineData("/about/", ".prose")]
    public async Task The_reading_column_is_centred_on_a_wide_screen_and_fills_a_phone(string path, string selector)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();

        var wide = await OpenAsync(browser, site.Server.Origin + path, 1280, "light");
        var (box, viewport) = (await wide.Locator("main " + selector).First.BoundingBoxAsync(), await wide.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.NotNull(box);
        var (left, right) = (box.X, viewport - (box.X + box.Width));
        Assert.True(left > 150, $"{selector} starts {left}px from the left of a {viewport}px page");
        Assert.True(Math.Abs(left - right) <= 2, $"{selector} is not centred: {left}px on the left, {right}px on the right");

        var narrow = await OpenAsync(browser, site.Server.Origin + path, 375, "light");
        var small = await narrow.Locator("main " + selector).First.BoundingBoxAsync();
        Assert.NotNull(small);
        Assert.InRange(small.X, 15, 25);
        Assert.InRange(small.Width, 375 - 45, 375 - 35);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_header_shows_the_logo_and_the_call_to_action_without_scrolling(int width)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await OpenAsync(browser, site.Server.Origin + "/stories/maria-walks-again/", width, "light");

        var logo = page.Locator(".site-header a.site-title img.site-logo");
        var cta = page.Locator(".site-header a.button.cta");
        var (logoBox, ctaBox) = (await logo.BoundingBoxAsync(), await cta.BoundingBoxAsync());

        Assert.Equal("Riverside Health", await logo.GetAttributeAsync("alt"));
        Assert.True(await logo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the logo did not load");
        Assert.Equal("Find a doctor", (await cta.TextContentAsync())?.Trim());
        Assert.NotNull(logoBox);
        Assert.NotNull(ctaBox);
        Assert.True(ctaBox.Y + ctaBox.Height < 400 && ctaBox.X + ctaBox.Width <= width, $"the call to action is at {ctaBox.X},{ctaBox.Y}");
        Assert.Equal(1, await page.Locator(".site-header a[href='https://www.riversidehealth.example/']").CountAsync());
        Assert.Equal(5, await page.Locator(".site-footer .social a svg[aria-hidden='true']").CountAsync());
        Assert.Equal("tel:+15550100100", await page.Locator(".site-footer .contact a[href^='tel:']").GetAttributeAsync("href"));
        Assert.Equal("(555) 010-0100", await page.Locator(".site-footer .contact a[href^='tel:']").TextContentAsync());
    }

    [Fact]
    public async Task Printed_a_page_has_no_navigation_and_writes_the_address_after_a_link_to_another_site()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await OpenAsync(browser, site.Server.Origin + "/stories/maria-walks-again/", 1280, "light");

        const string Display = "s => getComputedStyle(document.querySelector(s)).display";
        const string After = "s => getComputedStyle(document.querySelector(s), '::after').content";
        Assert.NotEqual("none", await page.EvaluateAsync<string>(Display, ".site-header nav"));
        Assert.Equal("none", await page.EvaluateAsync<string>(After, ".site-footer .contact a[href^='https:']"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header nav", ".site-footer nav", ".skip-link", ".brand-links", ".comments", ".social" })
        {
            Assert.Equal("none", await page.EvaluateAsync<string>(Display, hidden));
        }

        Assert.Equal("\" (https://www.riversidehealth.example/)\"", await page.EvaluateAsync<string>(After, ".site-footer .contact a[href^='https:']"));
        Assert.Equal("none", await page.EvaluateAsync<string>(After, "a.site-title"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>(Display, "main .prose"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h1')).color"));
        Assert.Equal("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
    }
}
