using System.IO.Compression;
using System.Text;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The search index (README, "Search"): Pagefind runs over the written site before it is swapped in; without the
/// binary the build warns once and the search page says search is unavailable; a failing indexer is an error that
/// leaves the previous output; and only published content is in the index, read back from Pagefind's own files.
/// </summary>
public sealed class SearchIndexTests
{
    private const string Unavailable = "Search is not available on this copy of the site.";

    [Fact]
    public async Task A_withdrawn_or_expired_story_is_not_in_the_index_and_a_published_story_is()
    {
        var pagefind = RealPagefind();
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nMaria fed the zorblax parrots every morning.\n"));
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology", "## Home Again\n\nTomas grew quibbletron tomatoes.\n")
            .Replace("status: signed", "status: revoked\n  revoked_on: 2026-11-20", StringComparison.Ordinal));
        site.Write("input/stories/lena-sings.md", SiteFixture.Story("st-2026-003", "Lena Sings Again", "2026-05-10", "oncology", "## Home Again\n\nLena sang at the flumpington fair.\n")
            .Replace("expires: 2028-01-01", "expires: 2026-11-01", StringComparison.Ordinal));

        var result = await site.BuildAsync(new BuildOptions { Pagefind = pagefind });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SG103", StringComparison.Ordinal));
        Assert.Equal(2, result.SearchIndex!.Pages); // Maria's story and the About page
        var fragments = Decompressed(Path.Combine(site.Output, "pagefind", "fragment"));
        var index = Decompressed(Path.Combine(site.Output, "pagefind", "index"));
        Assert.Contains("Maria Walks Again", fragments, StringComparison.Ordinal);
        Assert.Contains("zorblax", fragments, StringComparison.Ordinal);
        Assert.Contains("zorblax", index, StringComparison.Ordinal);
        Assert.Contains("We are a test.", fragments, StringComparison.Ordinal);
        var everything = Decompressed(Path.Combine(site.Output, "pagefind"));
        foreach (var gone in new[] { "Tomas Gardens", "quibbletron", "Lena Sings", "flumpington" })
        {
            Assert.DoesNotContain(gone, everything, StringComparison.OrdinalIgnoreCase);
        }

        // Listings, the home page, 404 and 410 are not indexed: only the layouts marked data-pagefind-body are.
        Assert.DoesNotContain("We could not find that page", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer available", everything, StringComparison.Ordinal);
        // Nor the disclaimer under every story, which would match every story alike.
        Assert.DoesNotContain("does not create a patient", fragments, StringComparison.Ordinal);
        Assert.Contains("data-search-form", File.ReadAllText(Path.Combine(site.Output, "search", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_binary_the_build_warns_once_and_the_search_page_says_search_is_unavailable()
    {
        using var site = new SiteFixture();

        var result = await site.BuildAsync(new BuildOptions { Pagefind = "tools/pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended" });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "tools/pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended:1:1: warning SG1030: the search indexer Pagefind is not installed at tools/pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended, so the site has no search index and /search/ says search is unavailable; install it with `npm ci` in tools/pagefind (needs Node.js and npm) to get search",
            warning.ToString());
        Assert.Null(result.SearchIndex);
        var page = File.ReadAllText(Path.Combine(site.Output, "search", "index.html"));
        Assert.Contains(Unavailable, page, StringComparison.Ordinal);
        Assert.DoesNotContain("search.js", page, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.Contains("action=\"/search/\"", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_search_is_required_a_missing_binary_is_an_error_and_nothing_is_written()
    {
        using var site = new SiteFixture();

        var result = await site.BuildAsync(new BuildOptions { Pagefind = "no/such/pagefind", SearchRequired = true });

        Assert.False(result.Succeeded);
        Assert.Equal("SG1032", Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_build_not_asked_for_an_index_says_nothing_and_makes_none()
    {
        using var site = new SiteFixture();

        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(Unavailable, File.ReadAllText(Path.Combine(site.Output, "search", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("/search/", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_indexer_runs_on_the_new_site_before_it_is_swapped_in()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the fake indexer is a shell script");
        using var site = new SiteFixture();
        var args = Path.Combine(site.Root, "args.txt");
        var fake = FakeIndexer(site, "fake-pagefind", $"""
            printf '%s\n' "$@" > '{args}'
            test -f "$2/index.html" || exit 9
            mkdir -p "$2/pagefind" && echo 'export const ok = 1;' > "$2/pagefind/pagefind.js"
            echo 'Indexed 1 language'
            echo 'Indexed 7 pages'
            """);

        var result = await site.BuildAsync(new BuildOptions { Pagefind = fake });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(7, result.SearchIndex!.Pages);
        var given = File.ReadAllLines(args);
        Assert.Equal("--site", given[0]);
        Assert.Contains(".staging-", given[1], StringComparison.Ordinal);
        Assert.Equal(["--output-subdir", "pagefind", "--exclude-selectors", "#comments"], given[2..]);
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind.js")));
        var page = File.ReadAllText(Path.Combine(site.Output, "search", "index.html"));
        Assert.Contains("data-search-form", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Unavailable, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_indexer_is_an_error_and_the_previous_output_is_left_as_it_was()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the fake indexer is a shell script");
        using var site = new SiteFixture();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = FolderSnapshot.Take(site.Output);
        site.Write("input/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\n\nWe changed.\n");
        var fake = FakeIndexer(site, "broken-pagefind", "echo 'Running Pagefind v1.6.0'\necho 'Error: the disk is full' >&2\nexit 3");

        var result = await site.BuildAsync(new BuildOptions { Pagefind = fake });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        // What it printed on stdout and stderr comes in two streams, in either order.
        Assert.StartsWith("broken-pagefind:1:1: error SG1031: the search indexer broken-pagefind failed (exit code 3): ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Error: the disk is full", error.Message, StringComparison.Ordinal);
        Assert.Contains("Running Pagefind v1.6.0", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; output/ is unchanged", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "output.staging-*"));
    }

    [Fact]
    public async Task Only_the_search_page_and_the_index_may_compile_WebAssembly()
    {
        using var site = new SiteFixture();
        await site.BuildAsync();

        var headers = NetlifyFilesTests.ParseHeaders(File.ReadAllText(Path.Combine(site.Output, "_headers")));

        Assert.DoesNotContain("wasm-unsafe-eval", headers["/*"]["Content-Security-Policy"], StringComparison.Ordinal);
        foreach (var path in new[] { "/search/", "/search/index.html", "/pagefind/*" })
        {
            var policy = headers[path]["Content-Security-Policy"];
            Assert.Equal(headers["/*"]["Content-Security-Policy"].Replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", StringComparison.Ordinal), policy);
        }
    }

    /// <summary>The Pagefind binary that <c>npm ci</c> in tools/pagefind installs; skipped without it unless SITE_REQUIRE_E2E=1.</summary>
    public static string RealPagefind()
    {
        var binary = SearchIndexer.DefaultBinary(Repository.Root);
        if (!File.Exists(binary))
        {
            var reason = $"Pagefind is not installed at {binary} (npm ci in {SearchIndexer.ToolFolder}; .ci/run does this)";
            Assert.False(Environment.GetEnvironmentVariable("SITE_REQUIRE_E2E") == "1", reason + ", and SITE_REQUIRE_E2E=1 requires it");
            Assert.Skip(reason);
        }

        return binary;
    }

    /// <summary>Every file under <paramref name="folder"/> as text, gzip-compressed ones (Pagefind's) decompressed.</summary>
    private static string Decompressed(string folder)
    {
        Assert.True(Directory.Exists(folder), $"{folder} does not exist");
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes is [0x1f, 0x8b, ..])
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                bytes = plain.ToArray();
            }

            text.Append(Encoding.UTF8.GetString(bytes)).Append('\n');
        }

        return text.ToString();
    }

    private static string FakeIndexer(SiteFixture site, string name, string body)
    {
        var path = site.Write(name, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return name;
    }
}
