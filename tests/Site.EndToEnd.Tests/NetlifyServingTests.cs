using System.Net;
using Microsoft.Playwright;
using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The built site served by netlify-cli offline, with Netlify's own engine for headers and redirects: real HTTP
/// requests check the security headers on a page, on the 404 and on a 410, a 301 for a renamed story, a 410 for a
/// withdrawn one, the asset cache, and a deploy preview's noindex; Chromium checks that the real policy is
/// enforced and that the pages break none of it.
/// </summary>
[Collection(NetlifyDev.Collection)]
public sealed class NetlifyServingTests
{
    [Fact]
    public async Task Netlify_serves_the_production_build_with_its_headers_and_redirects()
    {
        Requirements.Netlify();
        using var temp = new TempDirectory();
        await BuildComplianceSite(temp, DeployContext.Production);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "production");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var home = await client.GetAsync(netlify.Origin + "/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        AssertSecurityHeaders(home);
        Assert.False(home.Headers.Contains("X-Robots-Tag"));

        using var story = await client.GetAsync(netlify.Origin + "/stories/published/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, story.StatusCode);

        using var renamed = await client.GetAsync(netlify.Origin + "/stories/old-name/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, renamed.StatusCode);
        Assert.Equal("/stories/published/", renamed.Headers.Location?.OriginalString);

        using var withdrawn = await client.GetAsync(netlify.Origin + "/stories/expired/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, withdrawn.StatusCode);
        Assert.Contains("This story is no longer available", await withdrawn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertSecurityHeaders(withdrawn);

        using var oldWithdrawn = await client.GetAsync(netlify.Origin + "/stories/old-revoked-name", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, oldWithdrawn.StatusCode);

        using var missing = await client.GetAsync(netlify.Origin + "/no-such-page/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertSecurityHeaders(missing);

        var css = Directory.GetFiles(Path.Combine(temp.Path, "output", "assets"), "site.css", SearchOption.AllDirectories).Single();
        using var asset = await client.GetAsync(netlify.Origin + "/" + Path.GetRelativePath(Path.Combine(temp.Path, "output"), css).Replace('\\', '/'), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        AssertSecurityHeaders(asset);

        // netlify dev answers static files with its own "Cache-Control: public, max-age=0"; the year-long cache rule
        // for /assets/* is checked in _headers by NetlifyFilesTests, and Netlify's CDN applies it.
    }

    [Fact]
    public async Task A_deploy_preview_is_not_indexed()
    {
        Requirements.Netlify();
        using var temp = new TempDirectory();
        await BuildComplianceSite(temp, DeployContext.DeployPreview);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "deploy-preview");
        using var client = new HttpClient();

        using var home = await client.GetAsync(netlify.Origin + "/", TestContext.Current.CancellationToken);

        Assert.Equal("noindex", string.Join(",", home.Headers.GetValues("X-Robots-Tag")));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_work_under_the_real_policy_which_blocks_inline_script()
    {
        Requirements.Netlify();
        Requirements.Chromium();
        using var temp = new TempDirectory();
        await BuildComplianceSite(temp, DeployContext.Production);
        await using var netlify = await NetlifyDev.StartAsync(temp.Path, "output", "production");
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { refused.Add(message.Text); } };

        foreach (var path in new[] { "/", "/stories/published/", "/stories/mental-health/", "/tags/recovery/", "/no-such-page/" })
        {
            await page.GotoAsync(netlify.Origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.Empty(refused);
        await page.GotoAsync(netlify.Origin + "/");
        await Assert.ThrowsAnyAsync<PlaywrightException>(() => page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = "window.injected = true;" }));
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.NotEmpty(refused);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.StartsWith("max-age=", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", string.Join(",", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    /// <summary>The compliance golden case (a published, an expired, a revoked and a pending story), with an old URL for the published one.</summary>
    private static async Task BuildComplianceSite(TempDirectory temp, DeployContext context)
    {
        var source = Repository.PathTo("tests", "Site.Build.Tests", "Cases", "compliance", "input");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, "input", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var published = Path.Combine(temp.Path, "input", "stories", "published.md");
        File.WriteAllText(published, File.ReadAllText(published).Replace("tags: [recovery]", "tags: [recovery]\nredirect_from: [/stories/old-name/]", StringComparison.Ordinal));
        var result = await new SiteBuild(
            new BuildOptions { WorkingDirectory = temp.Path, Theme = Repository.PathTo("theme"), Output = "output", Today = new DateOnly(2026, 11, 25), Context = context },
            FixedClock.On(2026, 11, 25)).RunAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }
}
