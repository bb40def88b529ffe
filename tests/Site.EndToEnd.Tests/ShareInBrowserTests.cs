using Microsoft.Playwright;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The share links of a story in Chromium: reached by Tab in order, each named "Share on ..." for a screen reader;
/// "Copy link" puts the page's canonical address on the clipboard and says so in a status line; without JavaScript
/// the button is not there and the plain links are; no request leaves the site before or after, since a share link is
/// followed only when the reader chooses to. axe-core finds nothing after the copy.
/// </summary>
public sealed class ShareInBrowserTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private const string Story = "/stories/maria-walks-again/";
    private const string Canonical = "https://stories.riversidehealth.example/stories/maria-walks-again/";

    [Fact]
    public async Task The_keyboard_reaches_every_share_link_and_Copy_link_copies_the_canonical_address()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        // BypassCSP only so that axe-core can be added at the end; the page's own scripts are what runs before.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = site.Server.Origin });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(site.Server.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Contains(requests, url => url.EndsWith("/share.js", StringComparison.Ordinal));

        // Tab from the top until the first share link, then through the rest in order.
        var tabs = 0;
        while (!await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('section.share')"))
        {
            Assert.True(++tabs < 120, "Tab never reached the share links");
            await page.Keyboard.PressAsync("Tab");
        }

        var names = new List<string>();
        while (await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('section.share')"))
        {
            names.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
            if (names[^1] == "Copy link")
            {
                break;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(["Share on Facebook", "Share on LinkedIn", "Share on X", "Share by E-mail", "Copy link"], names);
        foreach (var name in new[] { "Share on Facebook", "Share on LinkedIn", "Share on X", "Share by E-mail" })
        {
            Assert.Equal(1, await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name, Exact = true }).CountAsync());
        }

        Assert.Equal(
            "https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString(Canonical),
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Share on Facebook" }).GetAttributeAsync("href"));

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('section.share [role=status]').textContent.startsWith('Link copied')");
        Assert.Equal("Link copied: " + Canonical, await page.Locator("section.share [role=status]").TextContentAsync());
        Assert.Equal("Copy link", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        Assert.Equal(Canonical, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        var violations = await AxeCheck.ViolationsAsync(page);
        Assert.True(violations.Length == 0, string.Join('\n', violations));
        Assert.All(requests, url => Assert.StartsWith(site.Server.Origin + "/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_JavaScript_the_links_are_there_and_the_button_is_not()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(site.Server.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.True(await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Share on LinkedIn" }).IsVisibleAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Copy link" }).CountAsync());
        Assert.All(requests, url => Assert.StartsWith(site.Server.Origin + "/", url, StringComparison.Ordinal));
    }
}
