using Microsoft.Playwright;
using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The alert banners in Chromium, on the alerts golden case built on 2026-11-25 at 06:00 in Chicago: a banner whose
/// <c>expires</c> has passed by the page's clock disappears without a rebuild; a dismissed moderate or minor alert
/// stays dismissed across pages and comes back when its <c>updated</c> changes; severe ones cannot be dismissed;
/// banner colours meet AA contrast.
/// </summary>
public sealed class AlertsInBrowserTests(AlertSiteFixture site) : IClassFixture<AlertSiteFixture>
{
    private const string Severe = "section[data-alert-id='active-severe']";
    private const string Flu = "section[data-alert-id='flu-clinic-moved']";

    [Fact]
    public async Task A_banner_disappears_when_its_expiry_passes_by_the_page_clock()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2026-11-25T17:59:00-06:00" });
        await page.GotoAsync(site.Server.Origin + "/");

        var before = await page.Locator(Severe).IsVisibleAsync();
        await page.Clock.FastForwardAsync("02:00");
        var after = await page.Locator(Severe).IsVisibleAsync();
        var stillShown = await page.Locator(Flu).IsVisibleAsync();

        Assert.True(before, "the severe alert shows before 18:00");
        Assert.False(after, "the severe alert is hidden after its expiry at 18:00");
        Assert.True(stillShown, "an alert still in effect stays");
    }

    [Fact]
    public async Task A_page_opened_after_every_expiry_shows_no_banner_at_all()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2026-12-01T09:00:00-06:00" });
        await page.GotoAsync(site.Server.Origin + "/");

        Assert.False(await page.Locator("div.alerts").IsVisibleAsync());
        Assert.False(await page.Locator("#active-flu-clinic-moved").IsVisibleAsync());
    }

    [Fact]
    public async Task Severe_alerts_cannot_be_dismissed_and_have_role_alert()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2026-11-25T07:00:00-06:00" });
        await page.GotoAsync(site.Server.Origin + "/");

        Assert.Equal(0, await page.Locator(Severe + " button").CountAsync());
        Assert.Equal("alert", await page.Locator(Severe).GetAttributeAsync("role"));
        Assert.Null(await page.Locator(Flu).GetAttributeAsync("role"));
    }

    [Fact]
    public async Task A_dismissed_notice_stays_dismissed_across_pages_and_returns_when_updated()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2026-11-25T07:00:00-06:00" });
        await page.GotoAsync(site.Server.Origin + "/");

        var dismiss = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Dismiss this notice: The flu shot clinic has moved to the North Hills Campus this week" });
        await dismiss.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var hiddenHere = !await page.Locator(Flu).IsVisibleAsync();
        var focusAfter = await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName");
        await page.GotoAsync(site.Server.Origin + "/stories/published/");
        var hiddenThere = !await page.Locator(Flu).IsVisibleAsync();
        var severeThere = await page.Locator(Severe).IsVisibleAsync();

        try
        {
            await site.RebuildWithAsync("alerts/flu-clinic.md", "updated: 2026-11-20 08:00", "updated: 2026-11-25 06:30");
            await page.GotoAsync(site.Server.Origin + "/stories/published/");
            var back = await page.Locator(Flu).IsVisibleAsync();

            Assert.True(hiddenHere && hiddenThere, "dismissed on one page, hidden on the next");
            Assert.Equal("main", focusAfter);
            Assert.True(severeThere);
            Assert.True(back, "the notice returns when its 'updated' changes");
        }
        finally
        {
            await site.RebuildWithAsync("alerts/flu-clinic.md", "updated: 2026-11-25 06:30", "updated: 2026-11-20 08:00");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/alerts/")]
    [InlineData("/services/cardiology/")]
    public async Task Banners_and_the_alerts_page_meet_AA_contrast(string path)
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2026-11-25T07:00:00-06:00" });
        await page.GotoAsync(site.Server.Origin + path);

        var failures = await page.EvaluateAsync<string[]>(ThemeInBrowserTests.ContrastScript);

        Assert.True(await page.Locator("section.alert").CountAsync() >= 2);
        Assert.True(failures.Length == 0, string.Join('\n', failures));
    }
}

/// <summary>A copy of the alerts golden case, built in production at 06:00 in Chicago and served on loopback; tests may rebuild it after an edit.</summary>
public sealed class AlertSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory temp = new();

    public StaticServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        temp.CopyIn(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "alerts", "input"), "input");
        await BuildAsync();
        Server = new StaticServer(temp.Combine("output"));
    }

    public async Task RebuildWithAsync(string inputFile, string replace, string with)
    {
        var path = Path.Combine(temp.Combine("input"), inputFile);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace(replace, with, StringComparison.Ordinal));
        await BuildAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        temp.Dispose();
    }

    private async Task BuildAsync()
    {
        var result = await new SiteBuild(
            new BuildOptions { WorkingDirectory = temp.Path, Theme = Repository.PathTo("theme"), Output = temp.Combine("output"), Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production },
            new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero))).RunAsync();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        }
    }
}
