using System.Diagnostics;
using Microsoft.Playwright;
using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// A story leaves the live site at the instant its authorization ends even when no build runs: the takedown edge
/// function (src/Site.Edge/takedown/) is tested with the manifest of a real build, under Deno (the runtime of Netlify
/// Edge Functions) and under Node, each with its own Request and Response and a fixed clock; Netlify's own bundler
/// packs the manifest with the function; and in Chromium a story's card hides itself once the instant passes.
/// The site is the takedown golden case built on 2027-03-14, the last day of Anna's authorization.
/// </summary>
public sealed class TakedownTests(TakedownSiteFixture site) : IClassFixture<TakedownSiteFixture>
{
    [Fact]
    public async Task The_edge_function_answers_410_from_the_instant_on_under_Deno()
    {
        var deno = Requirements.Deno();
        var (exit, output) = await RunAsync(deno, ["run", "--allow-read", Script, site.Root]);

        Assert.True(exit == 0, output);
        Assert.Contains("takedown: 28 passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edge_function_answers_410_from_the_instant_on_under_Node()
    {
        var node = Requirements.Node();
        var (exit, output) = await RunAsync(node, [Script, site.Root]);

        Assert.True(exit == 0, output);
        Assert.Contains("takedown: 28 passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Netlify_bundles_the_manifest_with_the_function()
    {
        var node = Requirements.Node();
        var deno = Requirements.Deno();
        Requirements.Netlify();
        var bundler = Repository.PathTo("tests", "Site.EndToEnd.Tests", "Netlify", "node_modules", "@netlify", "edge-bundler", "dist", "node", "index.js");
        var dist = Path.Combine(site.Root, "dist");
        var script = Path.Combine(site.Root, "bundle.mjs");
        await File.WriteAllTextAsync(script, $$"""
            import { bundle } from '{{bundler}}';
            await bundle(['{{site.Root}}/src/Site.Edge'], '{{dist}}', [], { basePath: '{{site.Root}}', cacheDirectory: '{{site.Root}}/cache' });
            """, TestContext.Current.CancellationToken);

        // Offline, the bundler cannot fetch Netlify's type declarations to read the function's config (it says so
        // and goes on); the bundle itself is made by Deno from the repository's files alone.
        var (_, output) = await RunAsync(node, [script], ("PATH", Path.GetDirectoryName(deno) + ":" + Environment.GetEnvironmentVariable("PATH")));
        var eszip = Directory.Exists(dist) ? Directory.GetFiles(dist, "*.eszip").SingleOrDefault() : null;

        Assert.True(eszip is not null, output);
        var text = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(eszip, TestContext.Current.CancellationToken));
        Assert.Contains("output/_takedown.json", text, StringComparison.Ordinal);
        Assert.Contains("src/Site.Edge/takedown/handler.js", text, StringComparison.Ordinal);
        Assert.Contains("\"withdraw_at\": \"2027-03-15T00:00:00-05:00\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_card_hides_itself_when_the_authorization_ends_by_the_page_clock()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2027-03-14T23:59:00-05:00" });
        await page.GotoAsync(site.Server.Origin + "/stories/");
        var anna = page.Locator("li.card", new PageLocatorOptions { HasText = "Anna Runs Again" });
        var ben = page.Locator("li.card", new PageLocatorOptions { HasText = "Ben Walks the Dog" });

        var before = await anna.IsVisibleAsync();
        await page.Clock.FastForwardAsync("02:00");
        var after = await anna.IsVisibleAsync();

        Assert.True(before, "Anna's card shows on the last minute of her authorization");
        Assert.False(after, "Anna's card is hidden once midnight passes in the site's time zone");
        Assert.True(await ben.IsVisibleAsync(), "a story still authorized keeps its card");
    }

    private static string Script => Repository.PathTo("tests", "Site.EndToEnd.Tests", "Edge", "takedown.test.mjs");

    private static async Task<(int Exit, string Output)> RunAsync(string program, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DENO_NO_UPDATE_CHECK"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

/// <summary>The takedown golden case built on 2027-03-14 beside a copy of src/Site.Edge, served on 127.0.0.1.</summary>
public sealed class TakedownSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory temp = new();

    public StaticServer Server { get; private set; } = null!;

    public string Root => temp.Path;

    public async ValueTask InitializeAsync()
    {
        temp.CopyIn(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "takedown", "input"), "input");
        temp.CopyIn(Repository.PathTo("src", "Site.Edge"), "src/Site.Edge");
        var result = await new SiteBuild(
            new BuildOptions { WorkingDirectory = temp.Path, Theme = Repository.PathTo("theme"), Output = temp.Combine("output"), Today = new DateOnly(2027, 3, 14), Context = DeployContext.Production },
            new FixedClock(new DateTimeOffset(2027, 3, 14, 12, 0, 0, TimeSpan.Zero))).RunAsync();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        }

        Server = new StaticServer(temp.Combine("output"));
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
