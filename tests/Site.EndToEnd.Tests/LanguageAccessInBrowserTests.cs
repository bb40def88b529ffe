using Microsoft.Playwright;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Language access in a real browser: the language assistance page and a translated story pass axe-core (which checks
/// that every <c>lang</c> is valid), and the language switch is reached with the keyboard and leads to the other version, whose page is in its language.
/// </summary>
public sealed class LanguageAccessInBrowserTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    [Theory]
    [InlineData("/language-assistance/")]
    [InlineData("/stories/leila-nada-otra-vez/")]
    public async Task Axe_core_finds_no_WCAG_A_or_AA_failure(string path)
    {
        await using var browser = await BrowserSession.StartAsync();
        var violations = await AxeCheck.ViolationsAsync(browser, site.Server.Origin + path);

        Assert.True(violations.Length == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task The_language_switch_is_reached_by_keyboard_and_leads_to_the_translation()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(site.Server.Origin + "/stories/leila-swims-again/");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        string? focused = null;
        for (var i = 0; i < 40 && focused is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement.closest('.language-switch') ? document.activeElement.getAttribute('hreflang') : null");
        }

        Assert.Equal("es", focused);
        var href = await page.EvaluateAsync<string>("() => document.activeElement.href");
        Assert.Equal(site.Server.Origin + "/stories/leila-nada-otra-vez/", href);
        await page.GotoAsync(href);
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
    }
}
