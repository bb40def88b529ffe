using Site.Engine.Output;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The build stays inside input/ and theme/, never waits on something that is not a file, leaves litter out,
/// bounds Markdown per file, refuses unsafe URL schemes wherever they are written, and says exactly what happened
/// to the output folder.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public async Task A_story_that_is_a_link_to_a_file_elsewhere_is_refused_and_nothing_of_it_is_read()
    {
        using var site = new SiteFixture();
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.md", SiteFixture.Story("st-2026-009", "Outside Secret", "2026-03-10", "cardiology"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/stories/linked.md"), secret);

        var result = await site.BuildAsync();

        Assert.Equal([$"input/stories/linked.md:1:1: error SG1022: this is a symbolic link to '{secret}'; the site is built only from what is inside its folders, so put the file or folder itself here instead of a link"], result.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Linked_folders_and_a_link_loop_in_media_and_theme_are_refused_at_their_paths_and_never_walked()
    {
        using var site = new SiteFixture();
        using var outside = new TempDirectory();
        outside.Write("photos/private.jpg", "not ours");
        Directory.CreateDirectory(Path.Combine(site.Root, "input/media"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/media/photos"), outside.Combine("photos"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/media/loop"), "..");
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/media/zero.jpg"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(site.Root, "theme/assets/passwd.css"), "/etc/passwd");

        var result = await site.BuildAsync();

        Assert.Equal(
            ["input/media/loop", "input/media/photos", "input/media/zero.jpg", "theme/assets/passwd.css"],
            result.Diagnostics.Select(d => $"{d.Location.Path}").ToList());
        Assert.All(result.Diagnostics, d => Assert.Equal("SG1022", d.Code));
    }

    [Fact]
    public async Task A_named_pipe_among_the_stories_is_an_error_at_once_not_a_wait()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named pipes are made with mkfifo");
        using var site = new SiteFixture();
        NamedPipe.Create(Path.Combine(site.Root, "input/stories/pipe.md"));

        var result = await site.BuildAsync().WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.Equal(["input/stories/pipe.md:1:1: error SG1023: this is a named pipe, not a file; the build reads only regular files, so delete it"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Editor_and_operating_system_litter_is_left_out_everywhere_without_a_word()
    {
        using var site = new SiteFixture();
        foreach (var litter in new[] { "input/stories/.#maria-walks-again.md", "input/stories/._maria-walks-again.md", "input/stories/maria-walks-again.md~", "input/stories/#maria-walks-again.md#", "input/stories/.maria-walks-again.md.swp", "input/pages/about.md.bak", "input/pages/about.md.orig" })
        {
            site.Write(litter, "not a story");
        }

        foreach (var litter in new[] { "input/media/Thumbs.db", "input/media/.DS_Store", "input/media/desktop.ini", "input/media/photo.jpg.part", "theme/assets/.DS_Store", "theme/assets/site.css~", "theme/layouts/.#story.liquid" })
        {
            site.Write(litter, "litter");
        }

        var result = await site.BuildAsync();

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Written, p => p.Contains("Thumbs", StringComparison.Ordinal) || p.Contains("DS_Store", StringComparison.Ordinal) || p.Contains("desktop.ini", StringComparison.Ordinal) || p.EndsWith('~') || p.EndsWith(".part", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input/stories/ruth.markdown", "ruth.md")]
    [InlineData("input/stories/RUTH.MD", "RUTH.md")]
    [InlineData("input/articles/diet.Md", "diet.md")]
    [InlineData("input/pages/help.mdown", "help.md")]
    public async Task Markdown_under_another_extension_is_a_warning_naming_it(string path, string rename)
    {
        using var site = new SiteFixture();
        site.Write(path, SiteFixture.Story("st-2026-003", "Ruth", "2026-03-10", "cardiology"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal([$"{path}:1:1: warning SG1024: this file is not read: only files ending in '.md' (lower case) are content; rename it to '{rename}'"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Deep_markdown_is_an_error_at_its_line_and_the_other_files_are_still_built_and_checked()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\nFine.\n\n" + new string('>', 10_000) + " deep\n"));
        site.Write("input/stories/tomas-gardens.md", SiteFixture.Story("st-2026-002", "Tomas", "2026-04-10", "oncology", "## Home Again\n\nSee [Maria](/stories/maria-walks-again/) and [a missing page](/nowhere/).\n"));

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "input/stories/maria-walks-again.md:24:1: error SG2016: quotes and lists are nested more than 32 levels deep here; no page needs this shape, so simplify the text (the limits are listed under SG2016 in docs/errors.md)",
                "input/stories/tomas-gardens.md:22:46: error SG3001: link target /nowhere/ not found",
            ],
            result.Diagnostics.Select(d => d.ToString().Split(" (via ")[0]));
    }

    [Fact]
    public async Task Javascript_links_in_markdown_are_errors_at_their_line_whatever_the_syntax()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology", "## Home Again\n\n[Call us](JavaScript:alert(1)) or <javascript:alert(2)>.\n\n[ref]: vbscript:x\n\nSee [this][ref] and ![a map](data:image/png;base64,AAAA).\n"));

        var result = await site.BuildAsync();

        Assert.Equal(
            [
                "input/stories/maria-walks-again.md:22:1 SG3013 this link uses a 'javascript:' URL",
                "input/stories/maria-walks-again.md:22:35 SG3013 this link uses a 'javascript:' URL",
                "input/stories/maria-walks-again.md:24:1 SG3013 this link uses a 'vbscript:' URL",
                "input/stories/maria-walks-again.md:26:21 SG3013 this image uses a 'data:' URL",
            ],
            result.Diagnostics.Select(d => $"{d.Location} {d.Code} {d.Message.Split(',')[0]}"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_javascript_link_in_a_theme_template_is_an_error_on_every_page_it_is_on()
    {
        using var site = new SiteFixture();
        var layout = File.ReadAllText(Path.Combine(site.Root, "theme/layouts/page.liquid"));
        site.Write("theme/layouts/page.liquid", layout + "\n<a href=\" javascript:void(0)\">Back</a>\n");

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SG3013", error.Code);
        Assert.Equal("about/index.html", error.Location.Path);
        Assert.StartsWith("<a href> uses a 'javascript:' URL, which a page of this site may not use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_build_on_an_output_folder_in_use_stops_at_once_and_leaves_it_alone()
    {
        using var site = new SiteFixture();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = FolderSnapshot.Take(site.Output);

        BuildResult result;
        using (OutputFolder.Lock(site.Output))
        {
            result = await site.BuildAsync();
        }

        Assert.Equal(["output:1:1: error SG1025: another build is writing output/ right now (it holds output.lock); wait for it to finish, then build again"], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.True((await site.BuildAsync()).Succeeded);
    }

    [Fact]
    public async Task A_path_the_file_system_cannot_hold_is_one_SG1015_naming_the_story_and_the_output_stays()
    {
        using var site = new SiteFixture();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = FolderSnapshot.Take(site.Output);
        var slug = string.Join('-', Enumerable.Repeat("very-long-slug", 20));
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("tags: [recovery]", $"tags: [recovery]\nslug: {slug}", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SG1015", error.Code);
        Assert.Equal("input/stories/maria-walks-again.md", error.Location.Path);
        // The story's page, or its share image under the same path, whichever the writer reaches first.
        Assert.Matches($@"\(writing output/(img/share/)?stories/{slug}", error.Message);
        Assert.EndsWith("; output/ is unchanged", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Single(Directory.GetDirectories(site.Root, "output*"));
    }
}
