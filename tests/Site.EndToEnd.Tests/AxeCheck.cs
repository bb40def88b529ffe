using Microsoft.Playwright;

namespace Site.EndToEnd.Tests;

/// <summary>axe-core's WCAG 2.1 A and AA rules on a page, in Chromium.</summary>
public static class AxeCheck
{
    /// <summary>The violations on the page at <paramref name="url"/>, one line each (rule, help, the elements).</summary>
    public static async Task<string[]> ViolationsAsync(BrowserSession browser, string url)
    {
        var axe = Requirements.AxeCore();

        // The site's Content-Security-Policy refuses any script it did not ship, axe-core too: this page alone lets it in.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return await ViolationsAsync(page);
    }

    /// <summary>
    /// The violations on a page as it is now (after the test has opened a dialog, say). Its context must be made with
    /// <c>BypassCSP = true</c>, or the site's Content-Security-Policy refuses axe-core.
    /// </summary>
    public static async Task<string[]> ViolationsAsync(IPage page)
    {
        var axe = Requirements.AxeCore();
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        }

        return await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`);
            }
            """);
    }
}
