using System.Reflection;
using System.Text.RegularExpressions;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary><c>site new</c>, <c>site withdraw</c> and <c>site explain</c>, and the catalog of error explanations behind them.</summary>
public sealed class EditorCommandTests
{
    public static TheoryData<string> AllCodes() => new(Codes());

    private static IEnumerable<string> Codes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_an_explanation_with_an_example_and_a_fix(string code)
    {
        var text = ErrorCatalog.Default.Explain(code);

        Assert.NotNull(text);
        Assert.Contains("Example:", text, StringComparison.Ordinal);
        Assert.Contains(code, text[text.IndexOf("Example:", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(ErrorCatalog.Default.Fix(code)), $"{code} has no 'Fix:' line");
    }

    [Fact]
    public void Every_code_written_in_the_source_is_a_known_code_and_the_catalog_has_no_others()
    {
        var known = Codes().ToHashSet(StringComparer.Ordinal);
        var written = Directory.EnumerateFiles(Repository.PathTo("src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(SG[0-9]{4})\"").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Subset(known, written);
        Assert.Equal(known.Order(StringComparer.Ordinal), ErrorCatalog.Default.Codes);
    }

    [Fact]
    public async Task Explain_prints_the_section_and_refuses_an_unknown_code()
    {
        using var temp = new TempDirectory();
        var (exit, stdout, _) = await CommandLineTests.SiteWithOutput(temp.Path, "explain", "sg2006");
        var (unknown, _, stderr) = await CommandLineTests.SiteWithOutput(temp.Path, "explain", "SG9999");

        Assert.Equal(0, exit);
        Assert.StartsWith("SG2006: ", stdout, StringComparison.Ordinal);
        Assert.Contains("Fix:", stdout, StringComparison.Ordinal);
        Assert.Equal(2, unknown);
        Assert.Contains("'SG9999' is not a code of this program", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_writes_each_kind_from_its_archetype_and_the_site_still_builds()
    {
        using var site = new SiteFixture();
        var made = new List<string>();
        foreach (var (kind, title) in new[] { ("story", "José's Long Road Home!"), ("article", "Winter Walks"), ("event", "Flu Shot Day"), ("page", "Visiting Hours"), ("alert", "Riverside clinic closed today") })
        {
            var (exit, stdout, stderr) = await CommandLineTests.SiteWithOutput(site.Root, "new", kind, title, "--today", "2026-11-25");
            Assert.True(exit == 0, stderr);
            made.Add(stdout.Trim());
        }

        Assert.Equal(["input/stories/joses-long-road-home.md", "input/articles/winter-walks.md", "input/events/flu-shot-day.md", "input/pages/visiting-hours.md", "input/alerts/riverside-clinic-closed-today.yml"], made);
        var story = File.ReadAllText(Path.Combine(site.Root, made[0]));
        Assert.Contains("id: st-2026-003", story, StringComparison.Ordinal);
        Assert.Contains("title: \"José's Long Road Home!\"", story, StringComparison.Ordinal);
        Assert.Contains("date: 2026-11-25", story, StringComparison.Ordinal);
        Assert.Contains("status: pending", story, StringComparison.Ordinal);
        Assert.All(story.Split('\n').Where(l => Regex.IsMatch(l, "^[a-z_]+:")), line => Assert.True(line.Contains('#', StringComparison.Ordinal) || line.StartsWith("title:", StringComparison.Ordinal) || line.StartsWith("summary:", StringComparison.Ordinal) || line is "patient:" or "consent:" or "review:" or "approvals:", $"no comment on: {line}"));

        var production = await site.BuildAsync(new BuildOptions { Context = DeployContext.Production });
        // 'site new alert' starts the alert now (site time), as a preview at this moment sees it.
        var preview = await new SiteBuild(new BuildOptions { WorkingDirectory = site.Root, Today = new DateOnly(2026, 11, 25), IncludeDrafts = true, ShowPending = true, WriteOutput = false }, TimeProvider.System).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(production.Succeeded, string.Join('\n', production.Diagnostics));
        Assert.DoesNotContain(production.Written, p => p.Contains("joses", StringComparison.Ordinal) || p.Contains("winter-walks", StringComparison.Ordinal) || p.Contains("visiting-hours", StringComparison.Ordinal));
        Assert.Contains(preview.Published, d => d.OutputPath == "visiting-hours/index.html");
        Assert.True(preview.Succeeded, string.Join('\n', preview.Diagnostics));
        var page = preview.Published.Single(d => d.OutputPath == "stories/joses-long-road-home/index.html");
        Assert.Contains("Preview only: authorization AUTH-0000-0000 is not signed yet", ((Site.Engine.Documents.TextContent)page.Content!).Text, StringComparison.Ordinal);
        Assert.Contains("data-alert-id=\"riverside-clinic-closed-today\"", ((Site.Engine.Documents.TextContent)preview.Published.Single(d => d.OutputPath == "index.html").Content!).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_never_overwrites_a_file()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", "mine");

        var (exit, _, stderr) = await CommandLineTests.SiteWithOutput(site.Root, "new", "story", "Maria Walks Again");

        Assert.Equal(1, exit);
        Assert.Contains("input/stories/maria-walks-again.md: error SG1018: this file already exists", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, "input", "stories", "maria-walks-again.md")));
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "recipe", "Soup")]
    [InlineData("new", "story")]
    [InlineData("new", "story", "!!!")]
    [InlineData("new", "page", "Stories")]
    public async Task New_with_a_wrong_command_line_says_what_to_write(params string[] args)
    {
        using var site = new SiteFixture();

        var (exit, _, stderr) = await CommandLineTests.SiteWithOutput(site.Root, args);

        Assert.Equal(2, exit);
        Assert.StartsWith("site new: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_by_slug_changes_two_fields_and_the_next_build_takes_the_story_down()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").ReplaceLineEndings("\r\n"));
        var before = File.ReadAllText(Path.Combine(site.Root, "input", "stories", "maria-walks-again.md"));

        var (exit, stdout, stderr) = await CommandLineTests.SiteWithOutput(site.Root, "withdraw", "maria-walks-again", "--reason", "patient asked by phone", "--today", "2026-11-25");
        var after = File.ReadAllText(Path.Combine(site.Root, "input", "stories", "maria-walks-again.md"));
        var build = await site.BuildAsync();

        Assert.True(exit == 0, stderr);
        Assert.Equal("input/stories/maria-walks-again.md", stdout.Trim());
        Assert.Contains("close and purge the story's comment thread", stderr, StringComparison.Ordinal);
        Assert.Equal(before.Replace("  status: signed\r\n", "  status: revoked\r\n  revoked_on: 2026-11-25  # withdrawn: patient asked by phone\r\n", StringComparison.Ordinal), after);
        Assert.True(build.Succeeded);
        Assert.Equal("authorization AUTH-st-2026-001 revoked on 2026-11-25", Assert.Single(build.Withdrawals).Reason);
    }

    [Fact]
    public async Task Withdraw_refuses_a_story_already_withdrawn_and_a_slug_that_does_not_exist_and_changes_nothing()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", SiteFixture.Story("st-2026-001", "Maria", "2026-03-10", "cardiology").Replace("expires: 2028-01-01", "expires: 2026-11-01", StringComparison.Ordinal));
        var before = FolderSnapshot.Take(Path.Combine(site.Root, "input"));

        var (expired, _, expiredErr) = await CommandLineTests.SiteWithOutput(site.Root, "withdraw", "input/stories/maria-walks-again.md", "--reason", "x", "--today", "2026-11-25");
        var (unknown, _, unknownErr) = await CommandLineTests.SiteWithOutput(site.Root, "withdraw", "maria-walk-again", "--reason", "x");
        var (noReason, _, noReasonErr) = await CommandLineTests.SiteWithOutput(site.Root, "withdraw", "maria-walks-again");

        Assert.Equal((1, 1, 2), (expired, unknown, noReason));
        Assert.Contains("error SG1021: the authorization expired on 2026-11-01, so the story is withdrawn already", expiredErr, StringComparison.Ordinal);
        Assert.Contains("error SG1020: no story in input/stories/ has the file name or slug 'maria-walk-again'; did you mean maria-walks-again?", unknownErr, StringComparison.Ordinal);
        Assert.Contains("say why with --reason", noReasonErr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(Path.Combine(site.Root, "input")));
    }
}
