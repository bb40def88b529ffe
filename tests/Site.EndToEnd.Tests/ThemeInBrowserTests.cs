using Microsoft.Playwright;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The default theme in a real browser: nothing is requested from another origin and nothing is stored, the skip
/// link is the first stop of the keyboard and is visible, all text meets WCAG AA contrast, axe-core finds no WCAG 2.1
/// A or AA failure, and phones need no sideways scrolling.
/// </summary>
public sealed class ThemeInBrowserTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    public static readonly TheoryData<string> Pages = new()
    {
        "/", "/stories/maria-walks-again/", "/stories/", "/articles/heart-healthy-habits-for-winter/", "/events/free-heart-health-screening-day/",
        "/services/cardiology/", "/tags/recovery/", "/about/", "/no-such-page/", "/articles/talking-with-kids-about-a-hospital-stay/", "/stories/leila-swims-again/", "/stories/grace-back-at-the-wheel/",
    };

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
    public async Task A_page_loads_only_from_its_own_origin_and_stores_nothing(string path)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refused.Add(message.Text); } };

        var response = await page.GotoAsync(site.Server.Origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Contains("script-src 'self';", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Empty(refused);
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(site.Server.Origin + "/", url, StringComparison.Ordinal));
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task All_text_meets_AA_contrast(string path)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.Origin + path);

        var failures = await page.EvaluateAsync<string[]>(ContrastScript);

        Assert.True(failures.Length == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_comment_widget_loads_from_our_own_site_only_when_the_reader_asks()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(site.Server.Origin + "/stories/maria-walks-again/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.All(requests, url => Assert.StartsWith(site.Server.Origin + "/", url, StringComparison.Ordinal));
        Assert.DoesNotContain(requests, url => url.Contains("/vendor/waline/", StringComparison.Ordinal));
        Assert.Empty(await context.CookiesAsync());

        // The widget asks the comment server for the totals first and loads Waline's client only when it answers:
        // this stands in for the server's totals, and refuses everything else it is asked.
        await context.RouteAsync("https://comments.riversidehealth.example/**", route =>
            route.Request.Method == "GET" && route.Request.Url.Contains("/api/article?path=", StringComparison.Ordinal)
                ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" }, Body = "{\"errno\":0,\"data\":[{\"reaction0\":0,\"reaction1\":0}]}" })
                : route.AbortAsync());
        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show comments and votes" });
        await button.FocusAsync();
        var toServer = page.WaitForRequestAsync(r => r.Url.StartsWith("https://comments.riversidehealth.example/", StringComparison.Ordinal), new PageWaitForRequestOptions { Timeout = 15000 });
        var client = page.WaitForRequestAsync(r => r.Url.EndsWith("/vendor/waline/waline.js", StringComparison.Ordinal), new PageWaitForRequestOptions { Timeout = 15000 });
        await page.Keyboard.PressAsync("Enter");
        var first = await toServer;
        await client;

        Assert.Contains(requests, url => System.Text.RegularExpressions.Regex.IsMatch(url, "^" + System.Text.RegularExpressions.Regex.Escape(site.Server.Origin) + "/assets/v-[0-9a-f]{10}/vendor/waline/waline\\.js$"));
        Assert.Contains(requests, url => System.Text.RegularExpressions.Regex.IsMatch(url, "^" + System.Text.RegularExpressions.Regex.Escape(site.Server.Origin) + "/assets/v-[0-9a-f]{10}/vendor/waline/waline\\.css$"));
        Assert.Contains("path=st-2026-001", first.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(requests, url => !url.StartsWith(site.Server.Origin + "/", StringComparison.Ordinal) && !url.StartsWith("https://comments.riversidehealth.example/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_skip_link_is_the_first_keyboard_stop_is_visible_and_moves_focus_to_main()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.Origin + "/stories/maria-walks-again/");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        var box = await page.Locator("a.skip-link").BoundingBoxAsync();
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        await page.Keyboard.PressAsync("Enter");
        var afterEnter = await page.EvaluateAsync<string>("() => document.activeElement.id");

        Assert.Equal("Skip to main content", focused);
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Height > 10, $"skip link at {box.Y}, height {box.Height}");
        Assert.NotEqual("none", outline);
        Assert.Equal("main", afterEnter);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories/maria-walks-again/")]
    [InlineData("/events/free-heart-health-screening-day/")]
    [InlineData("/articles/heart-healthy-habits-for-winter/")]
    [InlineData("/articles/talking-with-kids-about-a-hospital-stay/")]
    [InlineData("/stories/grace-back-at-the-wheel/")]
    public async Task A_phone_sized_screen_needs_no_sideways_scrolling(string path)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        await page.GotoAsync(site.Server.Origin + path);

        var (scroll, width) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        var wide = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");

        Assert.True(scroll <= width, $"page is {scroll}px wide on a {width}px screen; too wide: {string.Join(", ", wide)}");
    }

    internal const string ContrastScript = """
        () => {
          const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(',').map(x => parseFloat(x)); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const background = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
          const failures = [];
          for (const el of document.body.querySelectorAll('*')) {
            const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join('');
            if (!text) continue;
            const style = getComputedStyle(el);
            const rect = el.getBoundingClientRect();
            if (style.visibility === 'hidden' || style.display === 'none' || rect.bottom < 0 || rect.width === 0) continue;
            const fg = parse(style.color), bg = background(el);
            const l1 = lum(fg), l2 = lum(bg);
            const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
            const large = size >= 24 || (bold && size >= 18.66);
            if (ratio < (large ? 3 : 4.5)) failures.push(`${el.tagName.toLowerCase()} "${text.slice(0, 40)}": ${ratio.toFixed(2)}:1`);
          }
          return failures;
        }
        """;
}
