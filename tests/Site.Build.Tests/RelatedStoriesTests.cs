using AngleSharp.Html.Parser;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The three stories at the end of a story: chosen by shared service lines (worth three) and tags (worth one), then
/// the newest; filled with the newest others; never a withdrawn story, a draft or one waiting for its authorization,
/// even in a preview that shows those. Breadcrumbs and the reading time are on the same pages.
/// </summary>
public sealed class RelatedStoriesTests
{
    [Fact]
    public async Task Stories_sharing_a_service_line_come_before_those_sharing_a_tag_and_the_newest_fill_the_rest()
    {
        using var site = Site();

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(["/stories/same-line/", "/stories/same-tag/", "/stories/newest/"], Related(site, "target"));
        Assert.DoesNotContain("/stories/same-line/", Related(site, "same-line"));
        Assert.Equal("/stories/target/", Related(site, "same-line")[0]);
    }

    [Fact]
    public async Task A_withdrawn_story_is_never_related_and_the_next_one_takes_its_place()
    {
        using var site = Site();
        site.Write("input/stories/same-line.md", Story("st-2026-011", "Same Line", "2026-03-01", "cardiology", "other").Replace("status: signed", "status: revoked\n  revoked_on: 2026-11-20", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(["/stories/same-tag/", "/stories/newest/", "/stories/older/"], Related(site, "target"));
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("Same Line", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_preview_that_shows_pending_stories_and_drafts_relates_only_public_ones()
    {
        using var site = Site();
        site.Write("input/stories/same-line.md", Story("st-2026-011", "Same Line", "2026-03-01", "cardiology", "other").Replace("status: signed", "status: pending", StringComparison.Ordinal));
        site.Write("input/stories/same-tag.md", Story("st-2026-012", "Same Tag", "2026-02-01", "oncology", "recovery").Replace("---\n\n", "draft: true\n---\n\n", StringComparison.Ordinal));

        var result = await site.BuildAsync(new BuildOptions { ShowPending = true, IncludeDrafts = true });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "stories", "same-tag", "index.html")));
        Assert.Equal(["/stories/newest/", "/stories/older/"], Related(site, "target"));
    }

    [Fact]
    public async Task Story_pages_carry_breadcrumbs_with_their_json_ld_and_a_reading_time()
    {
        using var site = Site();
        site.Write("input/stories/target.md", Story("st-2026-010", "Target", "2026-01-15", "cardiology", "recovery", string.Join(' ', Enumerable.Repeat("word", 401))));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "stories", "target", "index.html")));
        var crumbs = page.QuerySelectorAll("nav[aria-label=Breadcrumb] li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "/"), ("Patient stories", "/stories/"), ("Target", "/stories/target/")], crumbs);
        Assert.Equal("page", page.QuerySelector("nav[aria-label=Breadcrumb] li:last-child a")!.GetAttribute("aria-current"));
        var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement).ToList();
        var trail = Assert.Single(jsonLd, j => j.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal(3, trail.GetArrayLength());
        Assert.Equal(3, trail[2].GetProperty("position").GetInt32());
        Assert.Equal("https://stories.test.example/stories/target/", trail[2].GetProperty("item").GetString());
        // 401 words and the heading's one: three minutes at 200 a minute.
        Assert.Contains("3 minute read", page.QuerySelector(".page-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("PT3M", jsonLd.Single(j => j.GetProperty("@type").GetString() == "Article").GetProperty("timeRequired").GetString());
        var about = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "about", "index.html")));
        Assert.Equal(["Home", "About"], about.QuerySelectorAll("nav[aria-label=Breadcrumb] li").Select(l => l.TextContent));
        Assert.DoesNotContain("minute read", about.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    private static SiteFixture Site()
    {
        var site = new SiteFixture();
        File.Delete(Path.Combine(site.Root, "input", "stories", "maria-walks-again.md"));
        File.Delete(Path.Combine(site.Root, "input", "stories", "tomas-gardens.md"));
        site.Write("input/stories/target.md", Story("st-2026-010", "Target", "2026-01-15", "cardiology", "recovery"));
        site.Write("input/stories/same-line.md", Story("st-2026-011", "Same Line", "2026-03-01", "cardiology", "other"));
        site.Write("input/stories/same-tag.md", Story("st-2026-012", "Same Tag", "2026-02-01", "oncology", "recovery"));
        site.Write("input/stories/newest.md", Story("st-2026-013", "Newest", "2026-06-01", "oncology", "other"));
        site.Write("input/stories/older.md", Story("st-2026-014", "Older", "2026-01-01", "oncology", "other"));
        return site;
    }

    private static string Story(string id, string title, string date, string line, string tag, string? body = null) =>
        SiteFixture.Story(id, title, date, line, body ?? "## Home Again\n\nA short story.\n").Replace("tags: [recovery]", $"tags: [{tag}]", StringComparison.Ordinal);

    private static List<string> Related(SiteFixture site, string slug) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "stories", slug, "index.html")))
            .QuerySelectorAll(".related-card h3 a").Select(a => a.GetAttribute("href")!).ToList();
}
