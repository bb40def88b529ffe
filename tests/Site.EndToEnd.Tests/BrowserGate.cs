using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The browser gate's check of pages, in one Chromium: each page is loaded once under the site's live
/// Content-Security-Policy, then axe-core (Deque.AxeCore.Playwright, WCAG 2.0 and 2.1 A and AA rules) runs at each
/// width and colour scheme, changed in place by the viewport and media emulation. Every request to another origin is
/// recorded and refused, and every CSP violation (the page's <c>securitypolicyviolation</c> event and Chromium's
/// "Refused to" messages), console error and uncaught page error is a finding, as is each axe violation.
/// </summary>
public sealed class BrowserGate
{
    /// <summary>The axe-core tags of WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The widths the gate checks: a desktop and a phone.</summary>
    public static readonly int[] Widths = [1280, 375];

    /// <summary>Records what the page's own listener saw of the Content-Security-Policy (injected before any page script).</summary>
    private const string CspListener = """
        window.__gateCsp = [];
        document.addEventListener('securitypolicyviolation', e => {
          window.__gateCsp.push(`${e.violatedDirective} refused ${e.blockedURI || '(inline)'}${e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : ''}`);
        }, true);
        """;

    private static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        ResultTypes = [ResultType.Violations],
        Iframes = false,
    };

    private readonly BrowserSession browser;
    private readonly Func<string, bool> allowed;

    /// <param name="browser">The one browser of the run.</param>
    /// <param name="allowedOrigins">The origins a page may reach (the site's, and the comment server's when it is opened).</param>
    public BrowserGate(BrowserSession browser, params string[] allowedOrigins)
    {
        this.browser = browser;
        var prefixes = allowedOrigins.Select(o => o.TrimEnd('/') + "/").ToArray();
        allowed = url => prefixes.Any(p => url.StartsWith(p, StringComparison.Ordinal)) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal);
    }

    /// <summary>A finding, one line of the gate's report.</summary>
    public sealed record Finding(string Site, string Page, string Combination, string Kind, string Detail)
    {
        public override string ToString() => $"{Site} {Page} [{Combination}] {Kind}: {Detail}";
    }

    /// <summary>One page open in its own context, with the listeners that turn what happens in it into findings.</summary>
    public sealed class Tab : IAsyncDisposable
    {
        private readonly ConcurrentQueue<string> events = new();

        private Tab(IBrowserContext context, IPage page)
        {
            Context = context;
            Page = page;
        }

        public IBrowserContext Context { get; }

        public IPage Page { get; }

        internal static async Task<Tab> OpenAsync(BrowserSession browser, Func<string, bool> allowed)
        {
            var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = Widths[0], Height = 900 },
                ColorScheme = ColorScheme.Light,
                ReducedMotion = ReducedMotion.Reduce,
            });
            await context.AddInitScriptAsync(CspListener);
            var tab = new Tab(context, await context.NewPageAsync());

            // Only a request to another origin is intercepted (the pattern is matched in the browser), recorded and refused.
            await context.RouteAsync(new Regex("^(?!http://127\\.0\\.0\\.1:[0-9]+/|data:|blob:)"), async route =>
            {
                var url = route.Request.Url;
                if (allowed(url))
                {
                    await route.ContinueAsync();
                    return;
                }

                tab.events.Enqueue("request to another origin: " + url);
                await route.AbortAsync();
            });
            tab.Page.Request += (_, request) =>
            {
                if (!allowed(request.Url))
                {
                    tab.events.Enqueue("request to another origin: " + request.Url);
                }
            };
            tab.Page.Console += (_, message) =>
            {
                if (message.Text.Contains("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    tab.events.Enqueue("CSP: " + message.Text);
                }
                else if (message.Type == "error")
                {
                    tab.events.Enqueue($"console error: {message.Text} ({message.Location})");
                }
            };
            tab.Page.PageError += (_, error) => tab.events.Enqueue("page error: " + error);
            return tab;
        }

        /// <summary>What the listeners saw since the last call, the page's own CSP listener included.</summary>
        public async Task<List<string>> DrainAsync()
        {
            var seen = new List<string>();
            try
            {
                seen.AddRange((await Page.EvaluateAsync<string[]?>("() => window.__gateCsp ? window.__gateCsp.splice(0) : []") ?? []).Select(v => "CSP violation: " + v));
            }
            catch (PlaywrightException exception)
            {
                seen.Add("the page could not be read: " + exception.Message.Split('\n')[0]);
            }

            while (events.TryDequeue(out var e))
            {
                seen.Add(e);
            }

            // Chromium reports a refused load both to the page's listener and on the console: one line is enough.
            return seen.Distinct().ToList();
        }

        public async ValueTask DisposeAsync() => await Context.CloseAsync();
    }

    public Task<Tab> OpenTabAsync() => Tab.OpenAsync(browser, allowed);

    /// <summary>
    /// axe's violations on the page as it is now, one finding per rule and element. The axe-core that
    /// Deque.AxeCore.Playwright bundles is put in the page once per load (by evaluation, which the page's CSP does not
    /// govern) and run once per combination: the package's own <c>RunAxe</c> evaluates all of axe-core again and opens
    /// a new page for each run, about four times as slow over the gate's 1,200 runs (measured: 146 s against 35 s
    /// for the 48 runs of one case). <c>SITE_GATE_AXE=deque</c> uses <c>RunAxe</c> instead, to compare.
    /// </summary>
    public static async Task<IEnumerable<(string Rule, string Target)>> AxeAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("SITE_GATE_AXE") == "deque")
        {
            var result = await page.RunAxe(AxeOptions);
            return result.Violations.SelectMany(v => v.Nodes.Select(n => (v.Id + " (" + v.Help + ")", n.Target?.ToString() ?? "?")));
        }

        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined' && typeof axe.run === 'function'"))
        {
            await page.EvaluateAsync("() => {" + Script.Value + "}");
        }

        var raw = await page.EvaluateAsync<string[]>("""
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.help})\t${n.target.join(' ')}`));
            }
            """, WcagTags);
        return raw.Select(r => (r.Split('\t')[0], r.Split('\t')[1]));
    }

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Checks every page of <paramref name="pages"/> under <paramref name="origin"/> at each width, light and dark, with
    /// <paramref name="workers"/> pages at a time; returns the findings and the number of page × combination checks.
    /// </summary>
    public async Task<(List<Finding> Findings, int Checks)> CheckAsync(string site, string origin, IReadOnlyList<string> pages, int workers)
    {
        var findings = new ConcurrentBag<Finding>();
        var checks = 0;
        var queue = new ConcurrentQueue<string>(pages);
        var runners = Enumerable.Range(0, Math.Min(workers, pages.Count)).Select(async _ =>
        {
            await using var tab = await OpenTabAsync();
            while (queue.TryDequeue(out var path))
            {
                var combination = $"{Widths[0]} light";
                try
                {
                    await tab.Page.SetViewportSizeAsync(Widths[0], 900);
                    await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
                    var response = await tab.Page.GotoAsync(origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                    if (response is null || response.Status != 200)
                    {
                        findings.Add(new Finding(site, path, "load", "status", $"{response?.Status}"));
                    }

                    // Light at both widths, then dark at both, so each step changes one thing.
                    foreach (var (scheme, width) in new[] { (ColorScheme.Light, Widths[0]), (ColorScheme.Light, Widths[1]), (ColorScheme.Dark, Widths[1]), (ColorScheme.Dark, Widths[0]) })
                    {
                        combination = $"{width} {(scheme == ColorScheme.Dark ? "dark" : "light")}";
                        await tab.Page.SetViewportSizeAsync(width, 900);
                        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                        foreach (var (rule, target) in await AxeAsync(tab.Page))
                        {
                            findings.Add(new Finding(site, path, combination, "axe " + rule, target));
                        }

                        Interlocked.Increment(ref checks);
                    }
                }
                catch (PlaywrightException exception)
                {
                    findings.Add(new Finding(site, path, combination, "browser", exception.Message.Split('\n')[0]));
                }

                foreach (var e in await tab.DrainAsync())
                {
                    findings.Add(new Finding(site, path, "load", "event", e));
                }
            }
        }).ToList();
        await Task.WhenAll(runners);
        return ([.. findings.OrderBy(f => f.Page, StringComparer.Ordinal).ThenBy(f => f.Combination, StringComparer.Ordinal).ThenBy(f => f.Kind, StringComparer.Ordinal)], checks);
    }
}
