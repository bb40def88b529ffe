using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Each mistake an editor can make gives one clear line at the right place, the build fails, and the previous
/// output is left exactly as it was.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task The_fixture_builds_cleanly()
    {
        using var site = new SiteFixture();
        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html")));
    }

    [Fact]
    public async Task Unclosed_front_matter()
    {
        await AssertErrors(
            site => site.Write("input/stories/maria-walks-again.md", "---\ntitle: Maria\n\nText without a closing line.\n"),
            "input/stories/maria-walks-again.md:1:1: error SG2002: the front matter that starts here is never closed; add a line '---' after the last field, before the text",
            "input/stories/maria-walks-again.md:1:1: info SG2130: the fields, rules, PHI, images and links of this file were not checked, since its front matter cannot be read: fix this file's errors first, then build again to see them");
    }

    [Fact]
    public async Task Malformed_yaml()
    {
        await AssertErrors(
            site => site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("tags: [recovery]", "tags: [recovery", StringComparison.Ordinal)),
            "input/stories/maria-walks-again.md:1:1: info SG2130: the fields, rules, PHI, images and links of this file were not checked, since its front matter cannot be read: fix this file's errors first, then build again to see them",
            "input/stories/maria-walks-again.md:7:7: error SG2003: the YAML cannot be read near here; check for an unclosed '[', '{' or quote");
    }

    [Fact]
    public async Task Unknown_key()
    {
        await AssertErrors(
            site => site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("  expires:", "  expiers:", StringComparison.Ordinal)),
            "input/stories/maria-walks-again.md:1:1: info SG2130: the rules, PHI, images and links of this file were not checked, since its front matter cannot be read: fix this file's errors first, then build again to see them",
            "input/stories/maria-walks-again.md:9:1: error SG2006: required field 'consent.expires' is missing; it takes a date in the form YYYY-MM-DD",
            "input/stories/maria-walks-again.md:14:3: error SG2004: unknown key 'expiers' in 'consent'; did you mean 'expires'? (allowed keys: authorization_id, status, signed_on, signed_by, expires, identifiers, representative_authority, revoked_on)");
    }

    [Fact]
    public async Task Wrong_type_a_date_that_is_not_a_date()
    {
        await AssertSingleError(
            site => site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "next Tuesday", "cardiology")),
            "input/stories/maria-walks-again.md:5:7: error SG2005: 'date' must be a date in the form YYYY-MM-DD; found 'next Tuesday'");
    }

    [Fact]
    public async Task Missing_required_field()
    {
        await AssertErrors(
            site => site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("summary: \"A story for tests.\"\n", string.Empty, StringComparison.Ordinal)),
            "input/stories/maria-walks-again.md:1:1: error SG2006: required field 'summary' is missing; it takes text",
            "input/stories/maria-walks-again.md:1:1: info SG2130: the rules, PHI, images and links of this file were not checked, since its front matter cannot be read: fix this file's errors first, then build again to see them");
    }

    [Fact]
    public async Task Two_documents_with_the_same_id()
    {
        await AssertErrors(
            site => site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-001", "Tomas", "2026-04-10", "oncology")),
            "input/stories/maria-walks-again.md:1:1: info SG2130: this file has errors, so its page is not published; the links and images the theme adds to it (its tags, service lines and image) are checked once this file's errors are fixed",
            "input/stories/maria-walks-again.md:2:5: error SG2010: the id 'st-2026-001' is used by more than one file; ids must be unique forever (they key comments and votes), so give this one a new id (also in input/stories/tomas-gardens.md)",
            "input/stories/tomas-gardens.md:1:1: info SG2130: this file has errors, so its page is not published; the links and images the theme adds to it (its tags, service lines and image) are checked once this file's errors are fixed",
            "input/stories/tomas-gardens.md:2:5: error SG2010: the id 'st-2026-001' is used by more than one file; ids must be unique forever (they key comments and votes), so give this one a new id (also in input/stories/maria-walks-again.md)");
    }

    [Fact]
    public async Task Two_documents_with_the_same_url()
    {
        await AssertErrors(
            site => site.Write("input/stories/another.md", SiteFixture.Story("st-2026-003", "Another", "2026-04-11", "oncology").Replace("date: 2026-04-11\n", "date: 2026-04-11\nslug: maria-walks-again\n", StringComparison.Ordinal)),
            "input/stories/another.md:6:7: error SG2011: the URL /stories/maria-walks-again/ is produced by more than one file; rename one of them or set a different 'slug:' (also in input/stories/maria-walks-again.md)",
            "input/stories/maria-walks-again.md:1:1: error SG2011: the URL /stories/maria-walks-again/ is produced by more than one file; rename one of them or set a different 'slug:' (also in input/stories/another.md)");
    }

    [Fact]
    public async Task A_file_that_is_not_utf8()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes(SiteFixture.Story("st-2026-001", "Zoë", "2026-03-10", "cardiology"));
        await AssertSingleError(
            site => site.WriteBytes("input/stories/maria-walks-again.md", latin1),
            "input/stories/maria-walks-again.md:3:11: error SG1010: the file is not valid UTF-8 (byte 0xEB at offset 30); save it with UTF-8 encoding in your editor");
    }

    [Fact]
    public async Task An_empty_file()
    {
        await AssertSingleError(
            site => site.Write("input/stories/maria-walks-again.md", string.Empty),
            "input/stories/maria-walks-again.md:1:1: error SG1012: the file is empty; write the front matter between two '---' lines, then the text, or delete the file");
    }

    [Fact]
    public async Task A_50_megabyte_markdown_file()
    {
        var story = SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology");
        var line = "Maria walked to the park and back again, a little farther every day.\n";
        var text = new System.Text.StringBuilder(story, 50 * 1024 * 1024 + 1024);
        while (text.Length < 50 * 1024 * 1024)
        {
            text.Append(line);
        }

        await AssertSingleError(
            site => site.Write("input/stories/maria-walks-again.md", text.ToString()),
            "input/stories/maria-walks-again.md:1:1: error SG1011: the file is 50 MB; the limit is 4 MB. Split it into smaller files, or move large media to input/media/");
    }

    [Fact]
    public async Task A_layout_that_does_not_exist()
    {
        await AssertSingleError(
            site => site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("date: 2026-03-10\n", "date: 2026-03-10\nlayout: fancy\n", StringComparison.Ordinal)),
            "input/stories/maria-walks-again.md:6:9: error SG2020: layout 'fancy' does not exist in theme/layouts (available: 404, 410, alerts, article, event, events, home, language-assistance, list, page, search, story)");
    }

    [Fact]
    public async Task An_include_of_a_partial_that_does_not_exist()
    {
        await AssertSingleError(
            site => site.Write("theme/layouts/base.liquid", File.ReadAllText(Site.Testing.Repository.PathTo("theme", "layouts", "base.liquid")).Replace("{% include 'footer' %}", "{% include 'footr' %}", StringComparison.Ordinal)),
            "theme/layouts/base.liquid:23:12: error SG2023: the partial 'footr' does not exist: add theme/partials/footr.liquid or include one of alerts, brand-links, breadcrumbs, comments, dates, entry, event-notice, footer, gallery, header, hreflang, language-assistance-link, language-switch, pagination, related, review, search-box, share, social, social-icon, social-meta, tags, video");
    }

    [Fact]
    public async Task A_template_syntax_error()
    {
        await AssertSingleError(
            site => site.Write("theme/layouts/story.liquid", "<article>\n<h1>{{ page.title }}</h1>\n{% for tag in page.tags %}\n<p>{{ tag.title }}</p>\n</article>\n"),
            "theme/layouts/story.liquid:5:12: error SG2021: template syntax error: '{% endfor %}' was expected");
    }

    [Fact]
    public async Task A_level_one_heading_in_the_body()
    {
        await AssertSingleError(
            site => site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "Intro.\n\n# Home Again\n")),
            "input/stories/maria-walks-again.md:22:1: error SG2013: '# Home Again' is a second level-1 heading (the title is the first); use '## Home Again' for a section");
    }

    [Fact]
    public async Task One_run_reports_every_error_of_the_build()
    {
        await AssertErrors(
            site =>
            {
                site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "soon", "cardiology"));
                site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas", "2026-04-10", "dermatology"));
                site.Write("input/stories/empty.md", string.Empty);
                site.Write("input/pages/about.md", "---\ntitle: About\n");
                site.Write("theme/partials/tags.liquid", "{% if page.tags.size > 0 %}");
            },
            "input/pages/about.md:1:1: error SG2002: the front matter that starts here is never closed; add a line '---' after the last field, before the text",
            "input/pages/about.md:1:1: info SG2130: the fields, rules, PHI, images and links of this file were not checked, since its front matter cannot be read: fix this file's errors first, then build again to see them",
            "input/stories/empty.md:1:1: error SG1012: the file is empty; write the front matter between two '---' lines, then the text, or delete the file",
            "input/stories/maria-walks-again.md:5:7: error SG2005: 'date' must be a date in the form YYYY-MM-DD; found 'soon'",
            "input/stories/tomas-gardens.md:6:17: error SG2012: unknown service line 'dermatology'; use one of cardiology, oncology or add it to input/site.yml",
            "theme/partials/tags.liquid:1:28: error SG2021: template syntax error: '{% endif %}' was expected");
    }

    [Fact]
    public async Task A_story_with_seven_kinds_of_mistake_gets_all_of_them_in_the_first_build()
    {
        using var site = new SiteFixture();
        Assert.Empty((await site.BuildAsync()).Diagnostics);
        var before = FolderSnapshot.Take(site.Output);
        var story = SiteFixture.Story("st-2026-001", "Maria", "next Tuesday", "cardiology", "## Home Again\n\nCall 555-867-5309 or read [the other story](/stories/nope/).\n")
            .Replace("tags: [recovery]", "lastmod: 2026-03-01\ntags: [Recovery Story]\nimage: { src: media/Nope.svg, alt: \"Maria walking\" }", StringComparison.Ordinal)
            .Replace("identifiers: [name]", "identifiers: [name, diagnosis]", StringComparison.Ordinal);
        site.Write("input/stories/maria-walks-again.md", story);

        var result = await site.BuildAsync();

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["SG2004", "SG2005", "SG2007", "SG2030", "SG3001", "SG5013", "SG5030"], errors);
        Assert.False(result.Succeeded);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public async Task A_broken_settings_file_is_reported_at_its_line()
    {
        await AssertSingleError(
            site => site.Write("input/site.yml", SiteFixture.SiteYaml.Replace("time_zone: America/Chicago", "time_zone: Mars/Olympus", StringComparison.Ordinal)),
            "input/site.yml:5:12: error SG2007: 'time_zone' must be an IANA time zone such as America/Chicago; found 'Mars/Olympus'");
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/stories")]
    [InlineData("theme")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task An_output_folder_that_would_replace_someone_s_work_is_refused(string output)
    {
        using var site = new SiteFixture();
        var before = FolderSnapshot.Take(site.Root);

        var result = await site.BuildAsync(new BuildOptions { Output = output });

        Assert.Equal("SG1016", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
    }

    private static Task AssertSingleError(Action<SiteFixture> breakIt, string expected) => AssertErrors(breakIt, expected);

    private static async Task AssertErrors(Action<SiteFixture> breakIt, params string[] expected)
    {
        using var site = new SiteFixture();
        Assert.Empty((await site.BuildAsync()).Diagnostics);
        var before = FolderSnapshot.Take(site.Output);

        breakIt(site);
        var result = await site.BuildAsync();

        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.Succeeded);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Single(Directory.GetDirectories(site.Root, "output*"));
    }
}
