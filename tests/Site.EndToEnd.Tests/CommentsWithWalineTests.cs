using Microsoft.Playwright;
using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Comments and votes for real: PostgreSQL and the Waline server on 127.0.0.1 with the documented production
/// settings, the demo site built against that server and served on loopback, and Debian's Chromium as the reader,
/// by keyboard. Nothing reaches the comment server before the reader presses a button; a vote shows at once and
/// persists; the widget takes the focus, says in the page what Waline would have put in alert() boxes, and meets
/// WCAG 2.1 AA in light and dark; with the server down the page says so and keeps its totals.
/// </summary>
public sealed class CommentsWithWalineTests
{
    private const string Story = "/stories/maria-walks-again/";
    private const string Totals = "() => { const s = document.querySelector('.vote-summary'); const rows = [...s.querySelectorAll('.vote-totals div')]; return rows.length ? rows.map(d => d.querySelector('dt').textContent + ': ' + d.querySelector('dd').textContent).join('; ') : s.textContent.trim(); }";

    [Fact]
    public async Task Keyboard_votes_show_at_once_persist_and_change_and_the_widget_speaks_in_the_page()
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
        TaskCompletionSource? holdVotes = null;
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(site.Origin + "/", StringComparison.Ordinal) || url.StartsWith(waline.Origin + "/", StringComparison.Ordinal))
            {
                if (holdVotes is { } hold && route.Request.Method == "POST" && url.StartsWith(waline.Origin + "/api/article", StringComparison.Ordinal))
                {
                    await hold.Task;
                }

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
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refused.Add(message.Text); } };

        // Before any press: the buttons and the build-time totals, nothing to any other origin, no cookie, no storage.
        await page.GotoAsync(site.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.All(requests, url => Assert.StartsWith(site.Origin + "/", url, StringComparison.Ordinal));
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        Assert.Equal("No votes yet", await page.EvaluateAsync<string>(Totals));
        var upvote = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Upvote", Exact = true });
        var downvote = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Downvote", Exact = true });
        Assert.Equal("false", await upvote.GetAttributeAsync("aria-pressed"));

        // Tab to Upvote and press Enter: the totals change before the server has answered, then the answer confirms them.
        await TabTo(page, "[data-vote=up]");
        holdVotes = new TaskCompletionSource();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-vote=up]').getAttribute('aria-pressed') === 'true'");
        Assert.Equal("Points: 1; Total votes: 1; Upvotes: 1 (100%); Downvotes: 0 (0%)", await page.EvaluateAsync<string>(Totals));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        holdVotes.SetResult();
        holdVotes = null;
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "your upvote is counted" }).WaitForAsync();
        Assert.Equal("Points: 1; Total votes: 1; Upvotes: 1 (100%); Downvotes: 0 (0%)", await page.EvaluateAsync<string>(Totals));
        Assert.Equal("{\"st-2026-001\":\"up\"}", await page.EvaluateAsync<string>("() => localStorage.getItem('story-votes')"));

        // After a reload the browser remembers its vote; one more Tab and Enter switch it to a downvote.
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal("true", await upvote.GetAttributeAsync("aria-pressed"));
        await TabTo(page, "[data-vote=up]");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.dataset.vote === 'down'"));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "your downvote is counted" }).WaitForAsync();
        Assert.Equal(("false", "true"), (await upvote.GetAttributeAsync("aria-pressed"), await downvote.GetAttributeAsync("aria-pressed")));
        Assert.Equal("Points: -1; Total votes: 1; Upvotes: 0 (0%); Downvotes: 1 (100%)", await page.EvaluateAsync<string>(Totals));

        // Pressing the same button again takes the vote back; pressing it once more votes again.
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Your vote is taken back" }).WaitForAsync();
        Assert.Equal("No votes yet", await page.EvaluateAsync<string>(Totals));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "your downvote is counted" }).WaitForAsync();

        // The widget by keyboard: focus moves into it, Waline's own vote row is gone, every control shows a focus ring.
        await TabTo(page, ".comments-button");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#wl-edit");
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('comments-form-heading')");
        Assert.Equal(0, await page.Locator(".wl-reaction, .wl-reaction-item").CountAsync());
        Assert.Equal(0, await page.Locator("[aria-live]").CountAsync());
        Assert.Contains("A moderator reads every comment before it appears", await page.Locator(".comments-moderated").InnerTextAsync(), StringComparison.Ordinal);
        var stops = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#comments-widget button, #comments-widget input, #comments-widget textarea, #comments-widget a[href], #comments-widget [tabindex]')]
              .filter(e => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !e.disabled && e.tabIndex >= 0)
              .map((e, i) => { e.dataset.stop = `${i} ${e.id || e.getAttribute('title') || e.textContent.trim() || e.outerHTML.slice(0, 100)}`; return e.dataset.stop; })
            """);
        Assert.True(stops.Length >= 4, string.Join(", ", stops));
        var reached = new List<string>();
        for (var i = 0; i < stops.Length + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("""
                () => { const e = document.activeElement; if (!e.closest('#comments-widget')) return null;
                  const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? '' : 'NO RING: ') + (e.dataset.stop || e.outerHTML.slice(0, 80)); }
                """);
            if (focused is not null && !reached.Contains(focused))
            {
                reached.Add(focused);
            }
        }

        Assert.All(reached, stop => Assert.DoesNotContain("NO RING", stop, StringComparison.Ordinal));
        Assert.Equal(stops.Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
        Assert.Contains(reached, stop => stop.EndsWith(" wl-nick", StringComparison.Ordinal));
        Assert.Contains(reached, stop => stop.EndsWith(" wl-edit", StringComparison.Ordinal));

        // A comment: held for moderation, said in a status element; a second one at once: refused, said in an alert element.
        var text = $"Thank you for sharing, Maria ({Guid.NewGuid():N})";
        await page.FillAsync("#wl-nick", "A reader");
        await page.FillAsync("#wl-edit", text);
        await page.FocusAsync(".wl-footer .wl-btn.primary");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "held for moderation" }).WaitForAsync();
        await page.FillAsync("#wl-edit", "And one more thing.");
        await page.FocusAsync(".wl-footer .wl-btn.primary");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "Please wait half a minute" }).WaitForAsync();
        Assert.Empty(dialogs);

        // A new reader sees the comment once a moderator approved it, and the votes from the server.
        await waline.ApproveAllAsync();
        var second = await browser.Browser.NewContextAsync();
        var fresh = await second.NewPageAsync();
        await fresh.GotoAsync(site.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await fresh.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show comments and votes" }).ClickAsync();
        await fresh.Locator(".wl-card .wl-content", new PageLocatorOptions { HasText = text }).WaitForAsync();
        await fresh.WaitForFunctionAsync(Totals.Replace("() => {", "() => ((() => {", StringComparison.Ordinal) + ")()) === 'Points: -1; Total votes: 1; Upvotes: 0 (0%); Downvotes: 1 (100%)'");
        Assert.Equal("false", await fresh.Locator("[data-vote=down]").GetAttributeAsync("aria-pressed"));
        Assert.Equal(0, await fresh.Locator(".wl-user-avatar:visible, img.wl-avatar:visible").CountAsync());
        await second.CloseAsync();

        // The next build asks the server for the totals and puts them in the page.
        Assert.Empty((await Build(input, output, site.Origin)).Diagnostics);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "stories", "maria-walks-again", "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<div class=\"vote-summary\" data-up=\"0\" data-down=\"1\"><dl class=\"vote-totals\"><div><dt>Points</dt><dd>-1</dd></div><div><dt>Total votes</dt><dd>1</dd></div><div><dt>Upvotes</dt><dd>0 (0%)</dd></div><div><dt>Downvotes</dt><dd>1 (100%)</dd></div></dl></div>", html, StringComparison.Ordinal);

        // The server goes down: a vote is rolled back and the page says so; opening the widget says so too.
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await waline.StopWalineAsync();
        await upvote.ClickAsync();
        await page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "our comment server cannot be reached" }).WaitForAsync();
        Assert.Equal("Points: -1; Total votes: 1; Upvotes: 0 (0%); Downvotes: 1 (100%)", await page.EvaluateAsync<string>(Totals));
        Assert.Equal(("false", "true"), (await upvote.GetAttributeAsync("aria-pressed"), await downvote.GetAttributeAsync("aria-pressed")));
        Assert.Equal("{\"st-2026-001\":\"down\"}", await page.EvaluateAsync<string>("() => localStorage.getItem('story-votes')"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show comments and votes" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "comments cannot be shown" }).WaitForAsync();
        Assert.Equal(0, await page.Locator(".wl-card, #wl-edit").CountAsync());

        Assert.Empty(dialogs);
        Assert.Empty(offsite);
        Assert.Empty(await context.CookiesAsync());
        Assert.Empty(refused);
        Assert.Empty(waline.OutboundConnections());
        Assert.Contains($"connect-src 'self' {waline.Origin};", await File.ReadAllTextAsync(Path.Combine(output, "_headers"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_story_with_the_widget_open_has_no_axe_violations(ColorScheme scheme)
    {
        Requirements.Waline();
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        await using var site = new StaticServer(output);
        await using var waline = await WalineServer.StartAsync(site.Origin);
        Assert.Empty((await Build(CopyDemoInput(temp.Combine("input"), waline.Origin), output, site.Origin)).Diagnostics);

        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ColorScheme = scheme });
        var offsite = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                offsite.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Origin + Story, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Upvote", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "your upvote is counted" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show comments and votes" }).ClickAsync();
        await page.WaitForSelectorAsync("#wl-edit");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.FillAsync("#wl-nick", "A reader");
        await page.FillAsync("#wl-edit", "Thank you for sharing.");
        await page.ClickAsync(".wl-footer .wl-btn.primary");
        await page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "held for moderation" }).WaitForAsync();

        var violations = await AxeCheck.ViolationsAsync(page);

        Assert.True(violations.Length == 0, string.Join('\n', violations));
        Assert.Empty(offsite);
    }

    private static async Task TabTo(IPage page, string selector)
    {
        for (var i = 0; i < 120; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}");
    }

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
