using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// <c>site build</c> checks the links, anchors and assets of the new build before swapping it in, and names the
/// Markdown line an editor must fix.
/// </summary>
public sealed class BuildLinkTests
{
    [Fact]
    public async Task A_broken_link_in_a_story_fails_the_build_at_its_markdown_line()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nRead [Tomas's story](/stories/tomas-gardens/) and [one that is not here](/stories/nope/).\n"));

        var result = await site.BuildAsync();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("input/stories/maria-walks-again.md:22:51: error SG3001: link target /stories/nope/ not found (via stories/maria-walks-again/index.html:73:65)", diagnostic.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_page_renamed_in_this_build_and_still_linked_is_caught()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nSee [Tomas](/stories/tomas-gardens/).\n"));
        Assert.Empty((await site.BuildAsync()).Diagnostics);
        var before = FolderSnapshot.Take(site.Output);

        File.Move(Path.Combine(site.Root, "input/stories/tomas-gardens.md"), Path.Combine(site.Root, "input/stories/tomas-in-the-garden.md"));
        var result = await site.BuildAsync();

        Assert.Equal("input/stories/maria-walks-again.md:22:5: error SG3001: link target /stories/tomas-gardens/ not found", Assert.Single(result.Diagnostics).ToString().Split(" (via", StringSplitOptions.None)[0]);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public async Task A_link_to_a_heading_that_does_not_exist_is_caught()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nSee [how Tomas got home](/stories/tomas-gardens/#home-again) and [the garden](/stories/tomas-gardens/#the-garden).\n"));

        var result = await site.BuildAsync();

        Assert.StartsWith(
            "input/stories/maria-walks-again.md:22:66: error SG3002: link target /stories/tomas-gardens/#the-garden: no element with id or name 'the-garden' on stories/tomas-gardens/index.html",
            Assert.Single(result.Diagnostics).ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_image_in_the_text_is_caught()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\n![Maria on her walk](/media/maria-walk.jpg)\n"));

        var result = await site.BuildAsync();

        Assert.StartsWith("input/stories/maria-walks-again.md:22:1: error SG3003: image /media/maria-walk.jpg not found", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_menu_link_on_every_page_is_reported_a_few_times_then_summed_up()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml.Replace("  - { title: Stories, url: /stories/ }", "  - { title: Stories, url: /stories/ }\n  - { title: Events, url: /calendar/ }", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.Contains("error SG3001: link target /calendar/ not found", l, StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("more pages; it comes from the theme or site.yml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_heading_that_skips_a_level_is_reported_in_the_markdown()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\n#### Week One\n"));

        var result = await site.BuildAsync();

        Assert.Equal(
            "input/stories/maria-walks-again.md:22:1: error SG2014: '#### Week One' skips a heading level (after '## Home Again'); use '### Week One' so screen reader users can follow the outline",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_story_renamed_with_slug_and_redirect_from_builds_and_its_old_links_warn_with_the_new_url()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nSee [Tomas](/stories/tomas-gardens/) and [his garden](/stories/tomas-gardens/#home-again).\n"));
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology").Replace("tags: [recovery]", "tags: [recovery]\nslug: tomas-in-the-garden\nredirect_from: [/stories/tomas-gardens/]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                "input/stories/maria-walks-again.md:22:5: warning SG3040: link target /stories/tomas-gardens/ is redirected to /stories/tomas-in-the-garden/ (by the 'redirect_from' of input/stories/tomas-gardens.md); link to /stories/tomas-in-the-garden/ directly",
                "input/stories/maria-walks-again.md:22:42: warning SG3040: link target /stories/tomas-gardens/#home-again is redirected to /stories/tomas-in-the-garden/#home-again (by the 'redirect_from' of input/stories/tomas-gardens.md); link to /stories/tomas-in-the-garden/#home-again directly",
            ],
            result.Diagnostics.Select(d => d.ToString().Split(" (via", StringSplitOptions.None)[0]));
        Assert.True(File.Exists(Path.Combine(site.Output, "stories/tomas-in-the-garden/index.html")));
    }

    [Fact]
    public async Task A_redirected_link_to_a_section_the_new_page_lacks_is_an_error_with_its_ids()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nSee [his garden](/stories/tomas-gardens/#home-agian).\n"));
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas Gardens Again", "2026-04-10", "oncology").Replace("tags: [recovery]", "tags: [recovery]\nslug: tomas-in-the-garden\nredirect_from: [/stories/tomas-gardens/]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.StartsWith(
            "input/stories/maria-walks-again.md:22:5: error SG3002: link target /stories/tomas-gardens/#home-agian is redirected to /stories/tomas-in-the-garden/#home-agian (by the 'redirect_from' of input/stories/tomas-gardens.md), which has no element with id or name 'home-agian'; did you mean 'home-again'",
            Assert.Single(result.Diagnostics).ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_that_differs_from_a_page_or_file_in_case_only_names_it()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nSee [Tomas](/Stories/Tomas-Gardens/) and [the list](/storys/).\n\nRead [the leaflet](/media/Heart-Leaflet.pdf).\n"));
        site.Write("input/media/heart-leaflet.pdf", "%PDF-1.4 a leaflet for tests\n");

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "input/stories/maria-walks-again.md:22:5: error SG3001: link target /Stories/Tomas-Gardens/ not found; did you mean /stories/tomas-gardens/? Only the case differs, and addresses are case-sensitive",
                "input/stories/maria-walks-again.md:22:42: error SG3001: link target /storys/ not found; did you mean /stories/?",
                "input/stories/maria-walks-again.md:24:6: error SG3001: link target /media/Heart-Leaflet.pdf not found; did you mean /media/heart-leaflet.pdf? Only the case differs, and addresses are case-sensitive",
            ],
            result.Diagnostics.Select(d => d.ToString().Split(" (via", StringSplitOptions.None)[0]));
    }

    [Fact]
    public async Task A_missing_section_names_the_nearest_ids_of_the_page()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\n## Week One\n\nSee [the first week](#week-1) and [home](#Home-Again).\n"));

        var result = await site.BuildAsync();

        var lines = result.Diagnostics.Select(d => d.ToString().Split(" (via", StringSplitOptions.None)[0]).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("input/stories/maria-walks-again.md:24:5: error SG3002: link target #week-1: no element with id or name 'week-1' on stories/maria-walks-again/index.html; did you mean 'week-one'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("input/stories/maria-walks-again.md:24:35: error SG3002: link target #Home-Again: no element with id or name 'Home-Again' on stories/maria-walks-again/index.html; did you mean 'home-again'", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_use_of_a_repeated_broken_link_is_reported_at_its_own_line_and_column()
    {
        using var site = new SiteFixture();
        var body = string.Join("\n\n", Enumerable.Range(1, 18).Select(i => $"{new string('x', i)} [again](/stories/nope/) and [Tomas](/stories/tomas-gardens/)."));
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\n" + body + "\n"));

        var result = await site.BuildAsync();

        var expected = Enumerable.Range(1, 18).Select(i => $"input/stories/maria-walks-again.md:{20 + (2 * i)}:{i + 2}: error SG3001: link target /stories/nope/ not found");
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString().Split(" (via", StringSplitOptions.None)[0]));
        Assert.Equal(18, result.Diagnostics.Select(d => d.Via).Distinct().Count());
    }

    [Fact]
    public async Task A_broken_link_in_both_the_menu_and_the_text_is_reported_at_each_use_in_the_text()
    {
        using var site = new SiteFixture();
        site.Write("input/site.yml", SiteFixture.SiteYaml.Replace("  - { title: Stories, url: /stories/ }", "  - { title: Stories, url: /stories/ }\n  - { title: Events, url: /calendar/ }", StringComparison.Ordinal));
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nSee [the events](/calendar/) and [Tomas](/stories/tomas-gardens/).\n\nOr [the calendar](/calendar/).\n"));

        var result = await site.BuildAsync();

        var inStory = result.Diagnostics.Where(d => d.Location.Path == "input/stories/maria-walks-again.md").Select(d => d.ToString().Split(" (via", StringSplitOptions.None)[0]);
        Assert.Equal(
            [
                "input/stories/maria-walks-again.md:22:5: error SG3001: link target /calendar/ not found",
                "input/stories/maria-walks-again.md:24:4: error SG3001: link target /calendar/ not found",
            ],
            inStory);
        Assert.All(result.Diagnostics.Where(d => d.Location.Path != "input/stories/maria-walks-again.md"), d => Assert.EndsWith(".html", d.Location.Path, StringComparison.Ordinal));

        // The menu's use comes first on the page; the text's two are the ones after it, not the menu's and the first.
        var menuLine = result.Diagnostics.First(d => d.Location.Path == "404.html").Location.Line;
        Assert.All(result.Diagnostics.Where(d => d.Location.Path == "input/stories/maria-walks-again.md"), d => Assert.True(d.Via!.Value.Line > menuLine + 5, d.ToString()));
    }
}
