using Microsoft.Playwright;
using Site.Build;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// Search in Chromium on the demo site built with its Pagefind index: with the keyboard alone, the header's search box
/// leads to the search page, whose status region says how many results there are and whose results are links to real
/// pages with their excerpts; nothing is requested from another origin, the policy refuses nothing and the console
/// shows no error; axe-core finds no WCAG 2.1 A or AA failure; and when the index cannot be loaded the page says search
/// is unavailable.
/// </summary>
public sealed class SearchInBrowserTests(SearchInBrowserTests.IndexedSite site) : IClassFixture<SearchInBrowserTests.IndexedSite>
{
    private const string Status = "() => document.querySelector('[data-search-status]').textContent";

    [Fact]
    public async Task The_header_box_searches_with_the_keyboard_alone_and_the_results_are_links_to_real_pages()
    {
        var server = await site.ServeAsync();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var (requests, problems) = Watch(page);
        await page.GotoAsync(server.Origin + "/stories/maria-walks-again/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var tabs = 0;
        while (await page.EvaluateAsync<string>("() => document.activeElement.id") != "site-search")
        {
            Assert.True(++tabs < 40, "Tab never reached the header's search box");
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("Search", await page.EvaluateAsync<string>("() => document.activeElement.labels[0].textContent"));
        await page.Keyboard.TypeAsync("heart");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.pathname === '/search/' && document.readyState === 'complete'", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        Assert.Equal(server.Origin + "/search/?q=heart", page.Url);
        await page.WaitForFunctionAsync("() => /results? for/.test(document.querySelector('[data-search-status]').textContent)");

        var status = page.GetByRole(AriaRole.Status);
        var said = await status.TextContentAsync();
        Assert.Matches("^[0-9]+ results? for “heart”", said);
        Assert.Equal("polite", await page.EvaluateAsync<string>("() => { const s = document.querySelector('[data-search-status]'); return s.getAttribute('aria-live') ?? (s.getAttribute('role') === 'status' ? 'polite' : 'off'); }"));
        Assert.Equal("heart", await page.InputValueAsync("#search-query"));
        var results = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('[data-search-results] > li')].map(li => [
              li.querySelector('h2 a').getAttribute('href'), li.querySelector('h2 a').textContent,
              li.querySelector('.search-excerpt').innerHTML])
            """);
        Assert.NotEmpty(results);
        Assert.Contains(results, r => r[0] == "/stories/maria-walks-again/");
        Assert.Contains(results, r => System.Text.RegularExpressions.Regex.IsMatch(r[2], "<mark>[Hh]eart"));
        using var http = new HttpClient();
        foreach (var (href, title, excerpt) in results.Select(r => (r[0], r[1], r[2])))
        {
            Assert.StartsWith("/", href, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(title), $"{href} has no title");
            Assert.DoesNotMatch("<(?!/?mark>)", excerpt);
            var response = await http.GetAsync(server.Origin + href, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{href} answers {(int)response.StatusCode}");
        }

        // The page's own box: Tab to it, search again; the focus stays there and the new count is in the status.
        while (await page.EvaluateAsync<string>("() => document.activeElement.id") != "search-query")
        {
            Assert.True(++tabs < 80, "Tab never reached the search page's box");
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("zzzzqqq");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-search-status]').textContent.startsWith('No results')");
        Assert.Equal("No results for “zzzzqqq”. Try other or fewer words.", await page.EvaluateAsync<string>(Status));
        Assert.Equal("search-query", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(server.Origin + "/search/?q=zzzzqqq", page.Url);
        Assert.Equal(0, await page.Locator("[data-search-results] > li").CountAsync());

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => /results? for “heart”/.test(document.querySelector('[data-search-status]').textContent)");

        Assert.Empty(problems);
        Assert.Contains(requests, url => url.Contains("/pagefind/", StringComparison.Ordinal));
        Assert.All(requests, url => Assert.StartsWith(server.Origin + "/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Axe_core_finds_no_WCAG_A_or_AA_failure_on_the_search_page_with_results()
    {
        var server = await site.ServeAsync();
        await using var browser = await BrowserSession.StartAsync();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Origin + "/search/?q=heart");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-search-results] > li').length > 0");

        var violations = await AxeCheck.ViolationsAsync(page);

        Assert.True(violations.Length == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task The_search_page_compiles_WebAssembly_under_its_own_policy_and_no_other_page_may()
    {
        var server = await site.ServeAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();

        var search = await page.GotoAsync(server.Origin + "/search/");
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", search!.Headers["content-security-policy"], StringComparison.Ordinal);
        var home = await page.GotoAsync(server.Origin + "/");
        Assert.Contains("script-src 'self';", home!.Headers["content-security-policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_index_cannot_be_loaded_the_page_says_search_is_unavailable()
    {
        Requirements.Chromium();
        Requirements.Pagefind();
        using var temp = new TempDirectory();
        var output = temp.Combine("output");
        await site.BuildAsync(output);
        Directory.Delete(Path.Combine(output, "pagefind"), recursive: true);
        await using var server = new StaticServer(output);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(server.Origin + "/search/?q=heart");
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-search-unavailable]').hidden");

        Assert.Equal("Search is not available right now.", await page.EvaluateAsync<string>(Status));
        Assert.True(await page.Locator("[data-search-form]").IsHiddenAsync());
        Assert.Contains("all patient stories", await page.Locator("[data-search-unavailable]").TextContentAsync(), StringComparison.Ordinal);
    }

    private static (List<string> Requests, List<string> Problems) Watch(IPage page)
    {
        var requests = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        return (requests, problems);
    }

    /// <summary>The demo site built once, with its search index, and served on loopback (only once a test needs it).</summary>
    public sealed class IndexedSite : IAsyncDisposable
    {
        private readonly TempDirectory temp = new();
        private readonly SemaphoreSlim gate = new(1, 1);
        private StaticServer? server;

        /// <summary>Checks that Chromium and Pagefind are there (skipping or, with SITE_REQUIRE_E2E=1, failing), then serves the site.</summary>
        public async Task<StaticServer> ServeAsync()
        {
            Requirements.Chromium();
            Requirements.Pagefind();
            await gate.WaitAsync();
            try
            {
                if (server is null)
                {
                    await BuildAsync(temp.Combine("output"));
                    server = new StaticServer(temp.Combine("output"));
                }

                return server;
            }
            finally
            {
                gate.Release();
            }
        }

        /// <summary>Builds the demo into <paramref name="output"/> on 2026-11-25 with Pagefind; the index is required.</summary>
        public async Task BuildAsync(string output)
        {
            var result = await new SiteBuild(
                new BuildOptions { WorkingDirectory = Repository.Root, Theme = Repository.PathTo("theme"), Output = output, Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production, Pagefind = Requirements.Pagefind(), SearchRequired = true },
                FixedClock.On(2026, 11, 25)).RunAsync();
            if (!result.Succeeded || result.SearchIndex is not { Pages: > 0 })
            {
                throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            gate.Dispose();
            temp.Dispose();
        }
    }
}
