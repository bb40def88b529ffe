using System.Text.Json;
using Site.Cli;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Content dated after the build's today is scheduled: no page, no listing, feed, sitemap, redirect or takedown entry,
/// counted in the summary and the report, shown in the preview with a notice; the first build on or after its day
/// publishes it, and that day coming never fails a build. Links to it (and to drafts) are left out with a warning.
/// <c>redirect_from</c> and <c>updated</c> work for every kind. Every build here is given its day; the clock is fixed.
/// </summary>
public sealed class SchedulingTests
{
    private static readonly DateOnly DayBefore = new(2026, 12, 4);
    private static readonly DateOnly TheDay = new(2026, 12, 5);

    private static string Article(string id, string date, string extra = "", string body = "## Why It Matters\n\nA short article.\n") => $"""
        ---
        id: {id}
        title: "Winter Flu Guide"
        summary: "How to get through the flu season."
        date: {date}
        author: "Lorna Pike, RN"
        service_lines: [cardiology]
        tags: [prevention]
        review: {"{"} reviewed_by: "Dr. A. Smith, MD", reviewed_on: 2026-02-01, next_review: 2027-02-01 {"}"}
        {extra}
        ---

        {body}
        """;

    private static string Event(string id, string date, string extra = "") => $"""
        ---
        id: {id}
        title: "Flu Shot Clinic"
        summary: "Free flu shots for everyone."
        date: {date}
        starts: 2026-12-20 09:00
        ends: 2026-12-20 13:00
        location: "Community Room"
        {extra}
        ---

        ## What to Bring

        Your insurance card, if you have one.
        """;

    private static Task<BuildResult> Build(SiteFixture site, DateOnly day, DeployContext context = DeployContext.Production) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = site.Root, Today = day, Context = context },
            FixedClock.On(2026, 11, 25)).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

    private static string Read(SiteFixture site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    private static void AssertSucceeded(BuildResult result) =>
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));

    [Fact]
    public async Task A_scheduled_article_is_nowhere_the_day_before_and_everywhere_on_its_day()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-12-05"));

        var before = await Build(site, DayBefore);
        AssertSucceeded(before);
        Assert.DoesNotContain(before.Written, p => p.Contains("winter-flu-guide", StringComparison.Ordinal));
        foreach (var file in new[] { "sitemap.xml", "feed.xml", "index.html", "articles/index.html", "tags/prevention/index.html", "services/cardiology/index.html", "_redirects", "_takedown.json" }.Where(f => File.Exists(Path.Combine(site.Output, f))))
        {
            Assert.DoesNotContain("winter-flu-guide", Read(site, file), StringComparison.Ordinal);
        }

        var scheduled = Assert.Single(before.Excluded);
        Assert.Equal(("input/articles/winter-flu-guide.md", ExcludedContent.ScheduledStatus, ContentKind.Article, TheDay, "/articles/winter-flu-guide/"), (scheduled.Source, scheduled.Status, scheduled.Kind, scheduled.PublishOn!.Value, scheduled.Url));

        var onTheDay = await Build(site, TheDay);
        AssertSucceeded(onTheDay);
        Assert.Empty(onTheDay.Excluded);
        Assert.Contains("articles/winter-flu-guide/index.html", onTheDay.Written);
        Assert.Contains("https://stories.test.example/articles/winter-flu-guide/", Read(site, "sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("https://stories.test.example/articles/winter-flu-guide/", Read(site, "feed.xml"), StringComparison.Ordinal);
        Assert.Contains("/articles/winter-flu-guide/", Read(site, "articles/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_dated_kind_is_scheduled_and_a_scheduled_story_is_in_no_takedown_manifest()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/ana-comes-home.md", SiteFixture.Story("st-2026-050", "Ana Comes Home", "2026-12-05", "cardiology"));
        site.Write("input/events/flu-shot-clinic.md", Event("ev-2026-050", "2026-12-05"));
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-12-06"));

        var before = await Build(site, DayBefore);
        AssertSucceeded(before);
        Assert.Equal(
            [("input/articles/winter-flu-guide.md", ContentKind.Article, "2026-12-06"), ("input/events/flu-shot-clinic.md", ContentKind.Event, "2026-12-05"), ("input/stories/ana-comes-home.md", ContentKind.Story, "2026-12-05")],
            before.Excluded.Select(e => (e.Source, e.Kind, e.PublishOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(("scheduled", "scheduled: published on 2026-12-05"), before.Stories.Where(s => s.Id == "st-2026-050").Select(s => (s.Status, s.Reason)).Single());
        Assert.DoesNotContain("ana-comes-home", Read(site, "_takedown.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("ana-comes-home", Read(site, "stories/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("flu-shot-clinic", Read(site, "events/index.html"), StringComparison.Ordinal);

        var onTheDay = await Build(site, TheDay);
        AssertSucceeded(onTheDay);
        Assert.Equal("published", onTheDay.Stories.Single(s => s.Id == "st-2026-050").Status);
        Assert.Contains("/stories/ana-comes-home/", Read(site, "_takedown.json"), StringComparison.Ordinal);
        Assert.Contains("/stories/ana-comes-home/", Read(site, "index.html"), StringComparison.Ordinal);
        Assert.Contains("events/flu-shot-clinic/index.html", onTheDay.Written);
        Assert.Equal("input/articles/winter-flu-guide.md", Assert.Single(onTheDay.Excluded).Source);
    }

    [Fact]
    public async Task Links_to_scheduled_content_and_to_drafts_are_left_out_with_a_warning_at_the_markdown_line_until_they_are_published()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nRead [the flu guide](/articles/winter-flu-guide/) and [the clinic](../../events/flu-shot-clinic/).\n"));
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-12-05"));
        site.Write("input/events/flu-shot-clinic.md", Event("ev-2026-050", "2026-11-01", "draft: true"));

        var before = await Build(site, DayBefore);
        AssertSucceeded(before);
        var warnings = before.Diagnostics.Where(d => d.Code == "SG2080").Select(d => d.ToString()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith("input/stories/maria-walks-again.md:22:6: warning SG2080: the link to /articles/winter-flu-guide/ was left out of this page (its text 'the flu guide' stays, as plain text): that article (input/articles/winter-flu-guide.md) is scheduled for 2026-12-05", warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("input/stories/maria-walks-again.md:22:55: warning SG2080: the link to /events/flu-shot-clinic/ was left out of this page (its text 'the clinic' stays, as plain text): that event (input/events/flu-shot-clinic.md) is a draft", warnings[1], StringComparison.Ordinal);
        var page = Read(site, "stories/maria-walks-again/index.html");
        Assert.Contains("Read the flu guide and the clinic.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("winter-flu-guide", page, StringComparison.Ordinal);

        var onTheDay = await Build(site, TheDay);
        AssertSucceeded(onTheDay);
        Assert.Single(onTheDay.Diagnostics, d => d.Code == "SG2080");
        Assert.Contains("<a href=\"/articles/winter-flu-guide/\">the flu guide</a>", Read(site, "stories/maria-walks-again/index.html"), StringComparison.Ordinal);

        var withDrafts = await new SiteBuild(new BuildOptions { WorkingDirectory = site.Root, Today = TheDay, IncludeDrafts = true }, FixedClock.On(2026, 11, 25)).RunAsync(cancellationToken: TestContext.Current.CancellationToken);
        AssertSucceeded(withDrafts);
        Assert.DoesNotContain(withDrafts.Diagnostics, d => d.Code == "SG2080");
    }

    [Fact]
    public async Task Redirect_from_moves_old_urls_of_articles_events_and_pages()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-11-01", "redirect_from: [/articles/flu-guide/, /health/flu]"));
        site.Write("input/events/flu-shot-clinic.md", Event("ev-2026-050", "2026-11-01", "redirect_from: [/events/flu-shots-2026/]"));
        site.Write("input/pages/about.md", "---\ntitle: About\nsummary: Who we are.\nredirect_from: [/about-us/]\n---\n\nWe are a test.\n");

        var result = await Build(site, TheDay);
        AssertSucceeded(result);
        var redirects = Read(site, "_redirects");
        Assert.Contains("/about-us  /about/  301\n", redirects, StringComparison.Ordinal);
        Assert.Contains("/articles/flu-guide  /articles/winter-flu-guide/  301\n", redirects, StringComparison.Ordinal);
        Assert.Contains("/events/flu-shots-2026  /events/flu-shot-clinic/  301\n", redirects, StringComparison.Ordinal);
        Assert.Contains("/health/flu  /articles/winter-flu-guide/  301\n", redirects, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_from_of_every_kind_is_checked_at_its_line()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-11-01", "redirect_from: [/articles/winter-flu-guide/, articles/old/]"));
        site.Write("input/events/flu-shot-clinic.md", Event("ev-2026-050", "2026-11-01", "redirect_from: [/old-clinic/]"));
        site.Write("input/events/flu-shots.md", Event("ev-2026-051", "2026-11-01", "redirect_from: [/old-clinic]"));
        site.Write("input/pages/about.md", "---\ntitle: About\nsummary: Who we are.\nredirect_from: [/stories/maria-walks-again/]\n---\n\nWe are a test.\n");

        var result = await Build(site, TheDay);
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "input/articles/winter-flu-guide.md:10:17: error SG2051: '/articles/winter-flu-guide/' in 'redirect_from' is the article's own URL; the redirect would loop",
                "input/articles/winter-flu-guide.md:10:46: error SG2052: 'articles/old/' in 'redirect_from' must be a site path starting with '/', such as /articles/old-name/",
                "input/events/flu-shots.md:9:17: error SG2051: '/old-clinic' in 'redirect_from' is also claimed by input/events/flu-shot-clinic.md; an old URL can lead to one page only",
                "input/pages/about.md:4:17: error SG2050: '/stories/maria-walks-again/' in 'redirect_from' is a live page of the site, which would win over the redirect; remove it, or rename that page",
            ],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_withdrawn_storys_url_cannot_be_claimed_by_a_redirect_from()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology").Replace("expires: 2028-01-01", "expires: 2026-11-01", StringComparison.Ordinal));
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-11-01", "redirect_from: [/stories/tomas-gardens/]"));

        var result = await Build(site, TheDay);

        Assert.Equal("input/articles/winter-flu-guide.md:10:17: error SG2051: '/stories/tomas-gardens/' in 'redirect_from' belongs to the withdrawn story /stories/tomas-gardens/, which must keep answering 410 Gone; remove it", Assert.Single(result.Diagnostics, d => d.IsError).ToString());
    }

    [Fact]
    public async Task A_scheduled_redirect_from_is_checked_before_its_day_and_moves_from_its_day()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-12-05", "redirect_from: [/articles/flu-guide/]"));

        var before = await Build(site, DayBefore);
        AssertSucceeded(before);
        Assert.DoesNotContain("flu-guide", Read(site, "_redirects"), StringComparison.Ordinal);
        var onTheDay = await Build(site, TheDay);
        AssertSucceeded(onTheDay);
        Assert.Contains("/articles/flu-guide  /articles/winter-flu-guide/  301\n", Read(site, "_redirects"), StringComparison.Ordinal);

        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-12-05", "redirect_from: [/stories/tomas-gardens/]"));
        var shadowing = await Build(site, DayBefore);
        Assert.Equal("input/articles/winter-flu-guide.md:10:17: error SG2050: '/stories/tomas-gardens/' in 'redirect_from' is a live page of the site, which would win over the redirect; remove it, or rename that page", Assert.Single(shadowing.Diagnostics, d => d.IsError).ToString());
    }

    [Fact]
    public async Task Updated_before_date_is_an_error_at_its_line()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-11-01", "updated: 2026-10-31"));
        site.Write("input/events/flu-shot-clinic.md", Event("ev-2026-050", "2026-11-01", "updated: 2026-11-01"));

        var result = await Build(site, TheDay);
        Assert.Equal("input/articles/winter-flu-guide.md:10:10: error SG2007: 'updated' (2026-10-31) is before 'date' (2026-11-01); 'updated' is the day of the last real change since publication, so it is on or after 'date' (or leave it out)", Assert.Single(result.Diagnostics, d => d.IsError).ToString());
    }

    [Fact]
    public async Task Updated_is_on_the_page_in_its_structured_data_the_sitemap_and_the_feed()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-11-01", "updated: 2026-11-20"));
        site.Write("input/pages/about.md", "---\ntitle: About\nsummary: Who we are.\nupdated: 2026-11-21\n---\n\nWe are a test.\n");

        AssertSucceeded(await Build(site, TheDay));
        var page = Read(site, "articles/winter-flu-guide/index.html");
        Assert.Contains("Updated <time datetime=\"2026-11-20\">November 20, 2026</time>", page, StringComparison.Ordinal);
        Assert.Contains("\"dateModified\":\"2026-11-20\"", page, StringComparison.Ordinal);
        Assert.Contains("Last updated <time datetime=\"2026-11-21\">November 21, 2026</time>", Read(site, "about/index.html"), StringComparison.Ordinal);
        var sitemap = Read(site, "sitemap.xml");
        Assert.Matches("articles/winter-flu-guide/</loc>\\s*<lastmod>2026-11-20</lastmod>", sitemap);
        Assert.Matches("/about/</loc>\\s*<lastmod>2026-11-21</lastmod>", sitemap);
        Assert.Matches("articles/winter-flu-guide/\"[^<]*/>\\s*<published>2026-11-01T00:00:00Z</published>\\s*<updated>2026-11-20T00:00:00Z</updated>", Read(site, "feed.xml"));
    }

    [Fact]
    public async Task The_summary_and_the_report_list_drafts_and_scheduled_content_by_kind()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-11-01", "draft: true"));
        site.Write("input/events/flu-shot-clinic.md", Event("ev-2026-050", "2026-12-05"));
        site.Write("input/stories/ana-comes-home.md", SiteFixture.Story("st-2026-050", "Ana Comes Home", "2026-12-05", "cardiology"));
        site.Write("input/stories/ben-comes-home.md", SiteFixture.Story("st-2026-051", "Ben Comes Home", "2026-12-05", "cardiology"));
        var report = Path.Combine(site.Root, "report.json");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exit = await CommandLine.RunAsync(["build", "--input", Path.Combine(site.Root, "input"), "--theme", Path.Combine(site.Root, "theme"), "--output", site.Output, "--today", "2026-12-04", "--report", report], stdout, stderr, FixedClock.On(2026, 11, 25));

        Assert.True(exit == 0, stderr.ToString());
        var lines = stderr.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("site build: stories: 2 published, 2 scheduled", lines);
        Assert.Single(lines, l => l.StartsWith("site build: left out: 1 draft article (", StringComparison.Ordinal) && l.EndsWith("/flu-shot-clinic.md)", StringComparison.Ordinal));
        var result = await Build(site, DayBefore);
        Assert.Equal(
            "site build: left out: 1 draft article (input/articles/winter-flu-guide.md); scheduled: 2 stories on 2026-12-05 (input/stories/ana-comes-home.md, input/stories/ben-comes-home.md), 1 event on 2026-12-05 (input/events/flu-shot-clinic.md)",
            Cli.Commands.BuildCommand.LeftOut(result.Excluded));

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var excluded = json.RootElement.GetProperty("excluded").EnumerateArray().ToList();
        Assert.Equal(["draft", "scheduled", "scheduled", "scheduled"], excluded.Select(e => e.GetProperty("status").GetString()).Order(StringComparer.Ordinal));
        var scheduled = json.RootElement.GetProperty("scheduled").EnumerateArray().ToList();
        Assert.Equal(3, scheduled.Count);
        var clinic = scheduled.Single(s => s.GetProperty("kind").GetString() == "event");
        Assert.Equal(("/events/flu-shot-clinic/", "2026-12-05"), (clinic.GetProperty("url").GetString(), clinic.GetProperty("publish_on").GetString()));
        Assert.False(excluded.Single(e => e.GetProperty("status").GetString() == "draft").TryGetProperty("publish_on", out _));
    }

    [Fact]
    public async Task The_preview_shows_scheduled_content_with_a_notice()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-12-05"));
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nRead [the flu guide](/articles/winter-flu-guide/).\n"));

        var result = await new PreviewBuilds(new BuildOptions { WorkingDirectory = site.Root, Today = DayBefore }, FixedClock.On(2026, 11, 25)).RebuildAsync([], everything: true, TestContext.Current.CancellationToken);

        AssertSucceeded(result);
        var page = result.Published.Single(d => d.OutputPath == "articles/winter-flu-guide/index.html");
        Assert.Contains("Scheduled: published on December 5, 2026.", ((Engine.Documents.TextContent)page.Content!).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SG2080");
    }

    [Fact]
    public async Task Each_day_from_before_to_after_a_schedule_builds_in_every_context()
    {
        using var site = new SiteFixture();
        site.Write("input/articles/winter-flu-guide.md", Article("ar-2026-050", "2026-12-05", "redirect_from: [/articles/flu-guide/]", "## Why It Matters\n\nSee [the clinic](/events/flu-shot-clinic/).\n"));
        site.Write("input/events/flu-shot-clinic.md", Event("ev-2026-050", "2026-12-07"));
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria Walks Again", "2026-03-10", "cardiology", "## Home Again\n\nRead [the flu guide](/articles/winter-flu-guide/).\n"));

        for (var day = new DateOnly(2026, 12, 3); day <= new DateOnly(2026, 12, 8); day = day.AddDays(1))
        {
            foreach (var context in Enum.GetValues<DeployContext>())
            {
                var result = await Build(site, day, context);
                Assert.True(result.Succeeded, $"{day} {context}: {string.Join('\n', result.Diagnostics.Where(d => d.IsError))}");
                Assert.Equal(day >= TheDay, result.Written.Contains("articles/winter-flu-guide/index.html"));
                Assert.Equal(day >= new DateOnly(2026, 12, 7), result.Written.Contains("events/flu-shot-clinic/index.html"));
                Assert.Equal((day < TheDay ? 1 : 0) + (day >= TheDay && day < new DateOnly(2026, 12, 7) ? 1 : 0), result.Diagnostics.Count(d => d.Code == "SG2080"));
            }
        }
    }
}
