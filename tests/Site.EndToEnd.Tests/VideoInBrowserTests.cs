using System.Net;
using Microsoft.Playwright;
using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Hosted videos in Chromium, served by netlify-cli offline with the build's own <c>_headers</c>: the page requests
/// nothing from another origin until "Play video" is pressed (from the keyboard, with Enter or Space), then requests the
/// provider's privacy-minded embed address, which its one Content-Security-Policy lets load, and the focus moves to
/// the player; a page without a video keeps <c>frame-src 'none'</c>, so a frame to the same address is refused there.
/// The provider is never reached: its answer is made up in the browser (the machine has no network), so what is
/// checked is the request made and the policy's verdict, not the video playing.
/// </summary>
[Collection(NetlifyDev.Collection)]
public sealed class VideoInBrowserTests
{
    private const string Story = "/stories/kai-walks-the-bridge/";
    private const string Article = "/articles/stretching/";
    private const string Embed = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1";

    [Fact]
    public async Task Netlify_sends_the_video_page_one_policy_that_allows_the_player_and_other_pages_none()
    {
        Requirements.Netlify();
        using var temp = new TempDirectory();
        await BuildHostedCase(temp);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "production");
        using var client = new HttpClient();

        foreach (var path in new[] { Story, Story.TrimEnd('/'), Story + "index.html" })
        {
            using var video = await client.GetAsync(netlify.Origin + path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, video.StatusCode);
            var policy = Assert.Single(video.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-src https://www.youtube-nocookie.com;", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(video.Headers.GetValues("X-Content-Type-Options")));
        }

        using var vimeo = await client.GetAsync(netlify.Origin + Article, TestContext.Current.CancellationToken);
        Assert.Contains("frame-src https://player.vimeo.com;", Assert.Single(vimeo.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        using var other = await client.GetAsync(netlify.Origin + "/stories/no-video/", TestContext.Current.CancellationToken);
        Assert.Contains("frame-src 'none';", Assert.Single(other.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_loads_from_YouTube_until_the_button_is_pressed_with_Enter_then_the_nocookie_player_does()
    {
        Requirements.Netlify();
        Requirements.Chromium();
        using var temp = new TempDirectory();
        await BuildHostedCase(temp);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "production");
        await using var browser = await BrowserSession.StartAsync();
        var (page, requests, refused) = await OpenAsync(browser, netlify.Origin + Story);

        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(netlify.Origin + "/", url, StringComparison.Ordinal));
        Assert.Empty(refused);
        Assert.Equal(0, await page.Locator("iframe").CountAsync());

        await TabToAsync(page, ".video-play");
        var request = await page.RunAndWaitForRequestAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Url.StartsWith("https://www.youtube-nocookie.com/", StringComparison.Ordinal));

        Assert.Equal(Embed + "&rel=0", request.Url);
        Assert.Equal("document", request.ResourceType);
        var player = page.Locator("iframe.video-player");
        Assert.Equal("Kai Walks the Bridge (video on YouTube)", await player.GetAttributeAsync("title"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('iframe.video-player')"));
        var frame = await (await player.ElementHandleAsync())!.ContentFrameAsync();
        await frame!.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("Player", await frame.TitleAsync());
        Assert.Empty(refused);
        Assert.DoesNotContain(requests, url => url.Contains("youtube.com/", StringComparison.Ordinal) && !url.StartsWith("https://www.youtube-nocookie.com/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Space_starts_the_Vimeo_player_with_do_not_track()
    {
        Requirements.Netlify();
        Requirements.Chromium();
        using var temp = new TempDirectory();
        await BuildHostedCase(temp);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "production");
        await using var browser = await BrowserSession.StartAsync();
        var (page, requests, refused) = await OpenAsync(browser, netlify.Origin + Article);
        Assert.All(requests, url => Assert.StartsWith(netlify.Origin + "/", url, StringComparison.Ordinal));

        await TabToAsync(page, ".video-play");
        var request = await page.RunAndWaitForRequestAsync(() => page.Keyboard.PressAsync("Space"), r => r.Url.StartsWith("https://player.vimeo.com/", StringComparison.Ordinal));

        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1", request.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('iframe.video-player')"));
        Assert.Empty(refused);
    }

    [Fact]
    public async Task A_frame_to_YouTube_on_a_page_without_a_video_is_refused_by_the_policy()
    {
        Requirements.Netlify();
        Requirements.Chromium();
        using var temp = new TempDirectory();
        await BuildHostedCase(temp);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "production");
        await using var browser = await BrowserSession.StartAsync();
        var (page, requests, _) = await OpenAsync(browser, netlify.Origin + "/stories/no-video/");

        var violation = await page.EvaluateAsync<string>("""
            (src) => new Promise(resolve => {
              document.addEventListener('securitypolicyviolation', e => resolve(e.effectiveDirective + ' ' + e.blockedURI), { once: true });
              const frame = document.createElement('iframe');
              frame.src = src;
              document.body.append(frame);
            })
            """, Embed);

        Assert.StartsWith("frame-src https://www.youtube-nocookie.com", violation, StringComparison.Ordinal);
        Assert.DoesNotContain(requests, url => url.StartsWith("https://www.youtube-nocookie.com/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Story)]
    [InlineData(Article)]
    public async Task Axe_core_finds_no_WCAG_A_or_AA_failure_on_a_hosted_video_page(string path)
    {
        Requirements.Netlify();
        using var temp = new TempDirectory();
        await BuildHostedCase(temp);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "production");
        await using var browser = await BrowserSession.StartAsync();

        var violations = await AxeCheck.ViolationsAsync(browser, netlify.Origin + path);

        Assert.True(violations.Length == 0, string.Join('\n', violations));
    }

    /// <summary>Opens a page with every request noted and the providers answered in the browser; waits until the network is idle.</summary>
    private static async Task<(IPage Page, List<string> Requests, List<string> Refused)> OpenAsync(BrowserSession browser, string url)
    {
        var context = await browser.Browser.NewContextAsync();
        foreach (var provider in new[] { "https://www.youtube-nocookie.com/**", "https://player.vimeo.com/**" })
        {
            await context.RouteAsync(provider, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>Player</title>" }));
        }

        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refused.Add(message.Text); } };
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return (page, requests, refused);
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus (at most 40 times).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}");
    }

    /// <summary>The video-hosted golden case (a YouTube story, a Vimeo article, a story without a video), built into <paramref name="temp"/>/output.</summary>
    private static async Task BuildHostedCase(TempDirectory temp)
    {
        temp.CopyIn(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "video-hosted", "input"), "input");
        var result = await new SiteBuild(
            new BuildOptions { WorkingDirectory = temp.Path, Theme = Repository.PathTo("theme"), Output = "output", Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production },
            FixedClock.On(2026, 11, 25)).RunAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }
}
