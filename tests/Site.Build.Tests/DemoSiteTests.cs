using Site.Content.Model;
using Site.Testing;
using Site.Validation;
using Site.Validation.Accessibility;
using Site.Validation.Html;
using Site.Validation.Privacy;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The demo microsite in input/ against the golden copy in Cases/demo/expected: every generated file, byte for byte.
/// After an intended change, run <c>SITE_UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class DemoSiteTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task The_demo_site_matches_the_golden_files()
    {
        using var temp = new TempDirectory();
        var result = await BuildDemo(temp.Combine("output"));

        Assert.Empty(result.Diagnostics);
        var differences = GoldenFiles.Compare(temp.Combine("output"), Repository.PathTo("tests", "Site.Build.Tests", "Cases", "demo", "expected"));
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public async Task The_demo_has_the_pages_the_microsite_needs()
    {
        using var temp = new TempDirectory();
        var result = await BuildDemo(temp.Combine("output"));
        var written = result.Written.ToHashSet(StringComparer.Ordinal);

        var stories = written.Count(p => p.StartsWith("stories/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal) && p != "stories/index.html");
        Assert.True(stories >= 8, $"{stories} stories");
        Assert.True(written.Count(p => p.StartsWith("services/", StringComparison.Ordinal)) >= 4);
        Assert.True(written.Count(p => p.StartsWith("articles/", StringComparison.Ordinal) && p != "articles/index.html") >= 2);
        Assert.Contains(written, p => p.StartsWith("events/", StringComparison.Ordinal) && p != "events/index.html");
        Assert.Superset(
            new HashSet<string>(["index.html", "about/index.html", "accessibility/index.html", "privacy/index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "tags/index.html"]),
            written);
    }

    [Fact]
    public async Task Every_page_passes_the_structure_and_first_party_checks()
    {
        using var temp = new TempDirectory();
        await BuildDemo(temp.Combine("output"));
        IPageCheck[] checks = [new PageStructureCheck(), new FirstPartyRule()];

        var pages = Directory.EnumerateFiles(temp.Combine("output"), "*.html", SearchOption.AllDirectories).ToList();
        var findings = pages
            .Select(f => HtmlPage.Parse(Path.GetRelativePath(temp.Combine("output"), f), File.ReadAllText(f)))
            .SelectMany(page => checks.SelectMany(c => c.Check(page)))
            .Select(d => d.ToString())
            .ToList();

        Assert.True(pages.Count > 30);
        Assert.Empty(findings);
    }

    [Fact]
    public async Task Theme_assets_are_published_under_a_fingerprint_of_their_content()
    {
        using var temp = new TempDirectory();
        var theme = temp.Combine("theme");
        foreach (var file in Directory.EnumerateFiles(Repository.PathTo("theme"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(Repository.PathTo("theme"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var before = await BuildDemo(temp.Combine("one"), theme: theme);
        File.AppendAllText(Path.Combine(theme, "assets", "css", "site.css"), "\n/* changed */\n");
        var after = await BuildDemo(temp.Combine("two"), theme: theme);

        string Css(BuildResult result) => result.Written.Single(p => p.EndsWith("/css/site.css", StringComparison.Ordinal));
        Assert.Matches("^assets/v-[0-9a-f]{10}/css/site.css$", Css(before));
        Assert.NotEqual(Css(before), Css(after));
        Assert.Contains($"href=\"/{Css(after)}\"", File.ReadAllText(temp.Combine("two", "index.html")), StringComparison.Ordinal);
        Assert.Contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable", File.ReadAllText(temp.Combine("two", "_headers")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var temp = new TempDirectory();
        await BuildDemo(temp.Combine("one"), parallelism: 1);
        await BuildDemo(temp.Combine("two"), parallelism: 4);

        Assert.Equal(FolderSnapshot.Take(temp.Combine("one")), FolderSnapshot.Take(temp.Combine("two")));
    }

    [Fact]
    public async Task Only_production_invites_crawlers()
    {
        using var temp = new TempDirectory();
        await BuildDemo(temp.Combine("prod"));
        await BuildDemo(temp.Combine("preview"), context: DeployContext.DeployPreview);

        Assert.Contains("Sitemap: https://stories.riversidehealth.example/sitemap.xml", File.ReadAllText(temp.Combine("prod", "robots.txt")), StringComparison.Ordinal);
        Assert.Contains("Disallow: /", File.ReadAllText(temp.Combine("preview", "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_and_sitemap_are_well_formed_and_complete()
    {
        using var temp = new TempDirectory();
        var result = await BuildDemo(temp.Combine("output"));
        var atom = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2005/Atom");
        var sitemap = System.Xml.Linq.XNamespace.Get("http://www.sitemaps.org/schemas/sitemap/0.9");

        var feed = System.Xml.Linq.XDocument.Load(temp.Combine("output", "feed.xml"));
        var urls = System.Xml.Linq.XDocument.Load(temp.Combine("output", "sitemap.xml")).Descendants(sitemap + "loc").Select(e => e.Value).ToList();

        Assert.Equal(13, feed.Descendants(atom + "entry").Count());
        Assert.Equal(result.PagesWritten - 3, urls.Count); // not 404.html, 410.html, search/
        Assert.Contains("https://stories.riversidehealth.example/stories/maria-walks-again/", urls);
        Assert.DoesNotContain(urls, u => u.EndsWith("404.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Listings_past_twenty_entries_continue_on_numbered_pages()
    {
        using var site = new SiteFixture();
        for (var i = 0; i < 23; i++)
        {
            site.Write($"input/stories/extra-{i:D2}.md", SiteFixture.Story($"st-2025-{i:D3}", $"Extra Story {i}", $"2025-01-{i + 1:D2}", "cardiology"));
        }

        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("tags/recovery/page/2/index.html", result.Written);
        Assert.DoesNotContain("tags/recovery/page/3/index.html", result.Written);
        Assert.Contains("services/cardiology/page/2/index.html", result.Written);
        Assert.Contains("stories/page/2/index.html", result.Written);
        var second = File.ReadAllText(Path.Combine(site.Output, "tags", "recovery", "page", "2", "index.html"));
        Assert.Contains("<a href=\"/tags/recovery/\" rel=\"prev\">Previous page</a>", second, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Page 2</a>", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_left_out_unless_asked_for()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/draft-story.md", SiteFixture.Story("st-2026-009", "Not Yet", "2026-05-01", "cardiology").Replace("date: 2026-05-01\n", "date: 2026-05-01\ndraft: true\n", StringComparison.Ordinal));

        var normal = await site.BuildAsync();
        Assert.DoesNotContain("stories/draft-story/index.html", normal.Written);
        Assert.Equal("input/stories/draft-story.md", Assert.Single(normal.Excluded).Source);

        var withDrafts = await site.BuildAsync(new BuildOptions { IncludeDrafts = true });
        Assert.Contains("stories/draft-story/index.html", withDrafts.Written);
    }

    private static Task<BuildResult> BuildDemo(string output, int parallelism = 2, DeployContext context = DeployContext.Production, string theme = "theme") =>
        new SiteBuild(
            new BuildOptions
            {
                WorkingDirectory = Repository.Root,
                Theme = theme,
                Output = output,
                Today = Today,
                Context = context,
                MaxDegreeOfParallelism = parallelism,
            },
            FixedClock.On(2026, 11, 25)).RunAsync();
}
