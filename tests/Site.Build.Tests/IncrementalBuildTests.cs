using Site.Content.Model;
using Site.Engine.Documents;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Builds in a session (the preview's): after a change, the next build redoes only what the change affects, and its
/// result is always byte for byte what a fresh build of the same files gives.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly BuildSession session = new();
    private readonly List<string> changed = [];

    public IncrementalBuildTests()
    {
        temp.CopyIn(Repository.PathTo("input"), "input");
        temp.CopyIn(Repository.PathTo("theme"), "theme");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task An_edited_story_renders_its_page_and_the_listings_it_is_in_and_nothing_else()
    {
        await Session();
        Edit("input/stories/maria-walks-again.md", "Maria Walks Her Granddaughter to School Again", "Maria Walks to School Again Today");

        var result = await Session();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // The story, the listings it is in, and the stories that show it among their related stories (its title is on them).
        var relatedTo = result.Published.Count(d => d.OutputPath!.StartsWith("stories/", StringComparison.Ordinal) && d.Content is TextContent text
            && text.Text.Contains("<h3><a href=\"/stories/maria-walks-again/\">", StringComparison.Ordinal));
        Assert.InRange(relatedTo, 1, 11);
        var rendered = session.Memo.Executed.GetValueOrDefault("ApplyLayout");
        Assert.InRange(rendered, 2, 12 + relatedTo);
        Assert.Equal(1, session.Memo.Executed.GetValueOrDefault("ParseContent"));
        Assert.InRange(session.Links.PagesParsed, 2, 12 + relatedTo);
        Assert.Contains("Maria Walks to School Again Today", Text(result, "stories/maria-walks-again/index.html"), StringComparison.Ordinal);
        await AssertSameAsFreshBuild(result);
    }

    [Fact]
    public async Task A_changed_layout_renders_the_pages_that_use_it()
    {
        var first = await Session();
        var stories = first.Published.Count(d => d.OutputPath!.StartsWith("stories/", StringComparison.Ordinal) && d.OutputPath.Count(c => c == '/') == 2 && !d.OutputPath.StartsWith("stories/page/", StringComparison.Ordinal));
        Edit("theme/layouts/story.liquid", "</article>", "</article>\n<!-- edited -->");

        var result = await Session();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(stories, session.Memo.Executed.GetValueOrDefault("ApplyLayout"));
        Assert.Equal(0, session.Memo.Executed.GetValueOrDefault("RenderMarkdown"));
        await AssertSameAsFreshBuild(result);
    }

    [Fact]
    public async Task A_deleted_story_disappears_and_a_new_one_appears()
    {
        await Session();
        File.Delete(temp.Combine("input", "stories", "priya-finds-her-way-back.md"));
        changed.Add(temp.Combine("input", "stories", "priya-finds-her-way-back.md"));
        File.Copy(temp.Combine("input", "stories", "lily-breathes-easier.md"), temp.Combine("input", "stories", "lily-again.md"));
        changed.Add(temp.Combine("input", "stories", "lily-again.md"));
        Edit("input/stories/lily-again.md", "id: st-2026-", "id: st-2027-");

        var result = await Session();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Published, d => d.OutputPath!.StartsWith("stories/priya-finds-her-way-back/", StringComparison.Ordinal));
        Assert.Contains(result.Published, d => d.OutputPath == "stories/lily-again/index.html");
        await AssertSameAsFreshBuild(result);
    }

    [Fact]
    public async Task A_broken_story_fails_with_its_error_every_time_until_it_is_mended()
    {
        await Session();
        var path = "input/stories/maria-walks-again.md";
        Edit(path, "title:", "titel:");

        var broken = await Session();
        var again = await Session();
        Edit(path, "titel:", "title:");
        var mended = await Session();

        Assert.Contains(broken.Diagnostics, d => d.Code == "SG2004" && d.Location.Path == path);
        Assert.Equal(broken.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
        Assert.True(mended.Succeeded, string.Join('\n', mended.Diagnostics));
        await AssertSameAsFreshBuild(mended);
    }

    [Fact]
    public async Task Adding_the_privacy_page_puts_it_in_every_footer()
    {
        var privacy = temp.Combine("input", "pages", "privacy.md");
        var text = File.ReadAllText(privacy);
        File.Delete(privacy);
        changed.Add(privacy);
        var without = await Session();
        File.WriteAllText(privacy, text);
        changed.Add(privacy);

        var result = await Session();

        Assert.False(without.Succeeded, "other pages link to /privacy/");
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<a href=\"/privacy/\">Privacy</a>", Text(result, "stories/maria-walks-again/index.html"), StringComparison.Ordinal);
        await AssertSameAsFreshBuild(result);
    }

    [Fact]
    public async Task A_new_alert_is_on_every_page_at_once()
    {
        await Session();
        temp.Write("input/alerts/closed.yml", """
            id: closed-today
            status: actual
            msg_type: alert
            category: health
            event: Clinic closure
            severity: severe
            urgency: immediate
            certainty: observed
            effective: 2026-11-25 00:00
            expires: 2026-11-26 00:00
            headline: "The Riverside clinic is closed today"
            description: "A water main broke."
            instruction: "Go to the North Hills Campus."
            contact: "Call +1-555-010-0100"
            updated: 2026-11-25 00:00
            """);

        var result = await Session();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.All(result.Published.Where(d => d.OutputPath!.EndsWith(".html", StringComparison.Ordinal)), d => Assert.Contains("data-alert-id=\"closed-today\"", Text(result, d.OutputPath!), StringComparison.Ordinal));
        Assert.Equal(0, session.Memo.Executed.GetValueOrDefault("RenderMarkdown"));
        await AssertSameAsFreshBuild(result);
    }

    private Task<BuildResult> Session()
    {
        // As the preview's watcher would: every file written or deleted since the last build.
        session.Changed(changed);
        changed.Clear();
        session.Memo.ResetCounters();
        return new SiteBuild(Options() with { Session = session }, FixedClock.On(2026, 11, 25)).RunAsync();
    }

    private BuildOptions Options() => new()
    {
        WorkingDirectory = temp.Path,
        Output = temp.Combine("output"),
        Today = new DateOnly(2026, 11, 25),
        Context = DeployContext.Production,
        WriteOutput = false,
        AssetsPath = "/assets/v-preview",
    };

    private async Task AssertSameAsFreshBuild(BuildResult incremental)
    {
        var fresh = await new SiteBuild(Options(), FixedClock.On(2026, 11, 25)).RunAsync();
        Assert.True(fresh.Succeeded);
        Assert.Equal(fresh.Published.Select(d => d.OutputPath), incremental.Published.Select(d => d.OutputPath));
        foreach (var (a, b) in fresh.Published.Zip(incremental.Published))
        {
            Assert.True(Content(a) == Content(b), $"{a.OutputPath} differs from a fresh build");
        }
    }

    private void Edit(string path, string replace, string with)
    {
        var full = temp.Combine(path);
        var text = File.ReadAllText(full);
        Assert.Contains(replace, text, StringComparison.Ordinal);
        File.WriteAllText(full, text.Replace(replace, with, StringComparison.Ordinal));
        changed.Add(full);
    }

    private static string Text(BuildResult result, string outputPath) => Content(result.Published.Single(d => d.OutputPath == outputPath));

    private static string Content(Document document) => document.Content switch
    {
        TextContent text => text.Text,
        FileContent file => Convert.ToBase64String(File.ReadAllBytes(file.FullPath)),
        _ => string.Empty,
    };
}
