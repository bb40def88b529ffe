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
}
