using System.Diagnostics;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The gate in a real browser (issue 18, "must hold" 6): every HTML page of the demo site and of each golden case,
/// found on disk, built with its assets and served on 127.0.0.1 with the site's own _headers (its
/// Content-Security-Policy live), at 1280 and 375 px wide, light and dark: no WCAG 2.0/2.1 A or AA violation by
/// axe-core, no request to another origin, no CSP violation, no console error and no page error.
/// </summary>
public sealed class BrowserGateTests
{
    /// <summary>Pages checked at once, each in its own browser context (the machine has two CPUs).</summary>
    private const int Workers = 3;

    [Fact]
    public async Task Every_page_of_the_demo_and_of_each_golden_case_passes_axe_and_the_browser_s_own_checks()
    {
        Requirements.Chromium();
        var clock = Stopwatch.StartNew();
        using var temp = new TempDirectory();
        var only = Environment.GetEnvironmentVariable("SITE_GATE_SITES");
        var sites = GateSites.All().Where(s => string.IsNullOrEmpty(only) || only.Split(',').Contains(s)).ToList();
        var workers = int.TryParse(Environment.GetEnvironmentVariable("SITE_GATE_WORKERS"), out var w) ? w : Workers;

        // Sites are built one after another while the browser checks the one before.
        var builds = new Dictionary<string, Task<string?>>();
        Task previous = Task.CompletedTask;
        foreach (var (name, index) in sites.Select((n, i) => (n, i)))
        {
            var after = previous;
            var build = Task.Run(async () =>
            {
                await after;
                return await GateSites.BuildAsync(name, temp.Combine($"scratch-{index}"), temp.Combine($"site-{index}"));
            });
            builds[name] = build;
            previous = build;
        }

        await using var browser = await BrowserSession.StartAsync();
        var findings = new List<BrowserGate.Finding>();
        var (pages, checks, failingCases) = (0, 0, new List<string>());
        foreach (var name in sites)
        {
            var output = await builds[name];
            if (output is null)
            {
                // A case whose build fails on purpose (GoldenCaseTests checks its diagnostics) has no pages.
                failingCases.Add(name);
                continue;
            }

            await using var server = new StaticServer(output);
            var paths = GateSites.Pages(output);
            var (found, done) = await new BrowserGate(browser, server.Origin).CheckAsync(name, server.Origin, paths, workers);
            findings.AddRange(found);
            pages += paths.Count;
            checks += done;
            var line = $"{name}: {paths.Count} pages, {done} checks, {found.Count} findings, {clock.Elapsed.TotalSeconds:F1} s";
            TestContext.Current.TestOutputHelper?.WriteLine(line);
            if (Environment.GetEnvironmentVariable("SITE_GATE_LOG") is { Length: > 0 } log)
            {
                File.AppendAllText(log, line + "\n");
            }
        }

        var summary = $"browser gate: {pages} pages of {sites.Count - failingCases.Count} sites × {BrowserGate.Widths.Length * 2} combinations = {checks} axe runs in {clock.Elapsed.TotalSeconds:F1} s ({failingCases.Count} cases fail to build on purpose: {string.Join(", ", failingCases)})";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.Error.WriteLine(summary);

        Assert.True(pages > (string.IsNullOrEmpty(only) ? 300 : 0), $"the gate found only {pages} pages: " + summary);
        Assert.Equal(pages * BrowserGate.Widths.Length * 2, checks);
        Assert.True(findings.Count == 0, $"{findings.Count} findings ({summary}):\n" + string.Join('\n', findings));
    }

    [Fact]
    public async Task The_gate_reports_each_kind_of_failure_with_its_page_combination_rule_and_target()
    {
        Requirements.Chromium();
        using var temp = new TempDirectory();
        var root = temp.Combine("site");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "_headers"), "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; img-src *\n");
        File.WriteAllText(Path.Combine(root, "404.html"), "<!doctype html><html lang=\"en\"><head><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>");
        File.WriteAllText(Path.Combine(root, "dark.css"), "@media (prefers-color-scheme: dark) { .dim { color: #333; background: #000; } }\n");
        File.WriteAllText(Path.Combine(root, "bad.js"), "console.error('broken on purpose'); throw new Error('thrown on purpose');\n");
        File.WriteAllText(Path.Combine(root, "index.html"), """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad on purpose</title>
            <link rel="stylesheet" href="/dark.css"></head>
            <body><main><h1>Bad on purpose</h1><img src="/local.png">
            <p class="dim">Only dark mode makes this unreadable.</p>
            <img src="http://198.51.100.7/tracker.png" alt="">
            <script>window.inline = 1;</script><script src="/bad.js"></script></main></body></html>
            """);
        await using var server = new StaticServer(root);
        await using var browser = await BrowserSession.StartAsync();

        var (findings, checks) = await new BrowserGate(browser, server.Origin).CheckAsync("self-test", server.Origin, GateSites.Pages(root), 1);
        var lines = findings.Select(f => f.ToString()).ToList();

        var report = string.Join('\n', lines);
        Assert.Equal(8, checks);
        Assert.False(lines.Any(l => l.StartsWith("self-test /404.html", StringComparison.Ordinal)), report);
        Assert.True(lines.Any(l => l.StartsWith("self-test / [1280 light] axe image-alt", StringComparison.Ordinal) && l.EndsWith(": img[src$=\"local.png\"]", StringComparison.Ordinal)), report);
        Assert.True(lines.Any(l => l.StartsWith("self-test / [375 dark] axe color-contrast", StringComparison.Ordinal)), report);
        Assert.False(lines.Any(l => l.StartsWith("self-test / [375 light] axe color-contrast", StringComparison.Ordinal)), report);
        Assert.True(lines.Any(l => l.Contains("request to another origin: http://198.51.100.7/tracker.png", StringComparison.Ordinal)), report);
        Assert.True(lines.Any(l => l.Contains("CSP violation: script-src-elem refused inline", StringComparison.Ordinal)), report);
        Assert.True(lines.Any(l => l.Contains("console error: broken on purpose", StringComparison.Ordinal)), report);
        Assert.True(lines.Any(l => l.Contains("page error: ", StringComparison.Ordinal) && l.Contains("thrown on purpose", StringComparison.Ordinal)), report);
    }

    [Fact]
    public async Task A_story_with_the_comment_widget_open_against_the_real_Waline_server_passes_axe_light_and_dark()
    {
        Requirements.Waline();
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        await using var site = new StaticServer(output);
        await using var waline = await WalineServer.StartAsync(site.Origin);
        var input = temp.Combine("input");
        foreach (var file in Directory.EnumerateFiles(Repository.PathTo("input"), "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(input, Path.GetRelativePath(Repository.PathTo("input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var settings = Path.Combine(input, "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("server: https://comments.riversidehealth.example", $"server: {waline.Origin}", StringComparison.Ordinal));
        var build = await new Site.Build.SiteBuild(
            new Site.Build.BuildOptions { WorkingDirectory = Repository.Root, Input = input, Output = output, BaseUrl = site.Origin, Today = new DateOnly(2026, 11, 25), Context = Site.Content.Model.DeployContext.Production },
            FixedClock.On(2026, 11, 25)).RunAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));

        await using var browser = await BrowserSession.StartAsync();
        await using var tab = await new BrowserGate(browser, site.Origin, waline.Origin).OpenTabAsync();
        await tab.Page.GotoAsync(site.Origin + "/stories/maria-walks-again/", new Microsoft.Playwright.PageGotoOptions { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        await tab.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("comments", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).First.ClickAsync();
        await tab.Page.WaitForSelectorAsync("#wl-edit");
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var findings = new List<string>();
        foreach (var scheme in new[] { Microsoft.Playwright.ColorScheme.Light, Microsoft.Playwright.ColorScheme.Dark })
        {
            await tab.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
            var result = await Deque.AxeCore.Playwright.PageExtensions.RunAxe(tab.Page, new Deque.AxeCore.Commons.AxeRunOptions
            {
                RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = [.. BrowserGate.WcagTags] },
                ResultTypes = [Deque.AxeCore.Commons.ResultType.Violations],
            });
            findings.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"/stories/maria-walks-again/ (widget open) [{BrowserGate.Widths[0]} {scheme.ToString().ToLowerInvariant()}] axe {v.Id} ({v.Help}): {n.Target}")));
        }

        findings.AddRange((await tab.DrainAsync()).Select(e => $"/stories/maria-walks-again/ (widget open) event: {e}"));
        Assert.True(await tab.Page.Locator("#wl-edit").IsVisibleAsync(), "the widget did not open");
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n" + string.Join('\n', findings));
    }
}
