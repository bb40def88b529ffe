using Microsoft.Playwright;
using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Comments and votes for real: PostgreSQL and the Waline server on 127.0.0.1, the demo site built against that
/// server and served on loopback, and Debian's Chromium as the reader. Nothing reaches the comment server before
/// the reader presses the button; then a comment, an upvote switched to a downvote and a like all persist, and
/// the next build shows the new totals without any request from the reader.
/// </summary>
public sealed class CommentsWithWalineTests
{
    private const string Story = "/stories/maria-walks-again/";

    [Fact]
    public async Task Comment_vote_and_like_persist_and_the_next_build_shows_the_totals()
    {
        Requirements.Waline();
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        await using var site = new StaticServer(output);
        await using var waline = await WalineServer.StartAsync(site.Origin);
        var input = CopyDemoInput(temp.Combine("input"), waline.Origin);
        Assert.Empty((await Build(input, output, site.Origin)).Diagnostics);

        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync();
        var offsite = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(site.Origin + "/", StringComparison.Ordinal) || url.StartsWith(waline.Origin + "/", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                offsite.Add(url);
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refused.Add(message.Text); } };

        // Before the press: nothing to any other origin, no cookie, no storage.
        await page.GotoAsync(site.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.All(requests, url => Assert.StartsWith(site.Origin + "/", url, StringComparison.Ordinal));
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));

        await Open(page);
        Assert.Equal(["Upvote", "Downvote"], (await page.Locator(".wl-reaction-item .wl-reaction-text").AllInnerTextsAsync()).Select(t => t.Trim()));

        var text = $"Thank you for sharing, Maria ({Guid.NewGuid():N})";
        await page.FillAsync("#wl-nick", "A reader");
        await page.FillAsync("#wl-edit", text);
        await page.ClickAsync(".wl-footer .wl-btn.primary");
        await page.Locator(".wl-card .wl-content", new PageLocatorOptions { HasText = text }).WaitForAsync();

        await page.Locator(".wl-reaction-item").Nth(0).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.wl-reaction-item')[0].classList.contains('active')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal((1, 0), (await Votes(page, 0), await Votes(page, 1)));

        // Once opened, the widget keeps the page's own summary line up to date.
        await page.WaitForFunctionAsync("() => document.querySelector('.vote-summary')?.textContent === '1 point · 1 upvote, 0 downvotes · 100% upvoted'");

        await page.Locator(".wl-reaction-item").Nth(1).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.wl-reaction-item')[1].classList.contains('active')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal((0, 1), (await Votes(page, 0), await Votes(page, 1)));
        await page.WaitForFunctionAsync("() => document.querySelector('.vote-summary')?.textContent === '-1 point · 0 upvotes, 1 downvote · 0% upvoted'");

        var card = page.Locator(".wl-card-item", new PageLocatorOptions { HasText = text }).First;
        await card.Locator(".wl-like").First.ClickAsync();
        await page.WaitForFunctionAsync("t => { const c = [...document.querySelectorAll('.wl-card-item')].find(n => n.textContent.includes(t)); return c && c.querySelector('.wl-like').textContent.trim() === '1'; }", text);

        // A new reader (no local storage) after a reload sees all of it, served by the comment server.
        var second = await browser.Browser.NewContextAsync();
        var fresh = await second.NewPageAsync();
        await fresh.GotoAsync(site.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Open(fresh);
        await fresh.Locator(".wl-card .wl-content", new PageLocatorOptions { HasText = text }).WaitForAsync();
        Assert.Equal((0, 1), (await Votes(fresh, 0), await Votes(fresh, 1)));
        Assert.Equal("1", (await fresh.Locator(".wl-card-item", new PageLocatorOptions { HasText = text }).First.Locator(".wl-like").First.InnerTextAsync()).Trim());
        await second.CloseAsync();

        // The next build asks the server for the totals and puts them in the page.
        Assert.Empty((await Build(input, output, site.Origin)).Diagnostics);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "stories", "maria-walks-again", "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<p class=\"vote-summary\" data-up=\"0\" data-down=\"1\">-1 point · 0 upvotes, 1 downvote · 0% upvoted</p>", html, StringComparison.Ordinal);

        Assert.Empty(offsite);
        Assert.Empty(await context.CookiesAsync());
        Assert.Empty(refused);
        Assert.Contains($"connect-src 'self' {waline.Origin};", await File.ReadAllTextAsync(Path.Combine(output, "_headers"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task Open(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show comments and votes" }).ClickAsync();
        await page.WaitForSelectorAsync("#wl-edit");
        await page.WaitForSelectorAsync(".wl-reaction-item");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task<int> Votes(IPage page, int index) =>
        int.Parse((await page.Locator(".wl-reaction-item").Nth(index).Locator(".wl-reaction-votes").InnerTextAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static string CopyDemoInput(string target, string walineOrigin)
    {
        foreach (var file in Directory.EnumerateFiles(Repository.PathTo("input"), "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Repository.PathTo("input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var settings = Path.Combine(target, "site.yml");
        var yaml = File.ReadAllText(settings)
            .Replace("server: https://comments.riversidehealth.example", $"server: {walineOrigin}", StringComparison.Ordinal)
            .Replace("totals_at_build: false", "totals_at_build: true", StringComparison.Ordinal);
        File.WriteAllText(settings, yaml);
        return target;
    }

    private static Task<BuildResult> Build(string input, string output, string siteOrigin) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = Repository.Root, Input = input, Output = output, BaseUrl = siteOrigin, Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production },
            FixedClock.On(2026, 11, 25)).RunAsync();
}
