using System.Text;
using System.Text.RegularExpressions;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The real-page check: 29 Markdown pages other people published (RealPages/SOURCES.md) are each built as a page of a
/// small site, as an editor would paste them in: the other tool's front matter is replaced by ours (its title kept), the
/// body is left exactly as it was. Every diagnostic is kept in RealPages/diagnostics.txt and counted per page in
/// RealPages/RESULTS.md; both are golden files (<c>SITE_UPDATE_GOLDEN=1</c> rewrites them), so a change in what the
/// build says about real pages shows in review. No page may crash the build or get a diagnostic without a file line.
/// </summary>
public sealed partial class RealPagesTests
{
    private static readonly string Folder = Repository.PathTo("tests", "Site.Build.Tests", "RealPages");

    [Fact]
    public async Task Every_real_page_gets_clear_answers_and_they_match_the_golden_files()
    {
        var pages = Directory.GetFiles(Path.Combine(Folder, "pages"), "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 20, $"{pages.Count} pages");
        var all = new StringBuilder();
        var table = new StringBuilder();
        table.Append(Header);
        var (totalErrors, totalWarnings) = (0, 0);
        foreach (var page in pages)
        {
            var name = Path.GetFileNameWithoutExtension(page);
            using var site = new TempDirectory();
            site.Write("input/site.yml", SiteYaml);
            site.Write("input/pages/about.md", "---\ntitle: \"About Us\"\nsummary: \"Who we are.\"\n---\n\nWe are a community hospital.\n");
            File.WriteAllBytes(site.Combine("input", "pages", name + ".md"), AsOurPage(File.ReadAllBytes(page), name));
            var result = await new SiteBuild(
                new BuildOptions { WorkingDirectory = site.Path, Theme = Repository.PathTo("theme"), Output = site.Combine("output"), Today = new DateOnly(2026, 11, 25), Context = DeployContext.Production },
                FixedClock.On(2026, 11, 25)).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

            var mine = result.Diagnostics.Where(d => d.Location.Path == $"input/pages/{name}.md").ToList();
            Assert.All(result.Diagnostics, d => Assert.Equal($"input/pages/{name}.md", d.Location.Path));
            Assert.All(mine, d => Assert.True(d.Location.Line >= 1, d.ToString()));
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("internal error", StringComparison.OrdinalIgnoreCase) || d.Message.Contains("exception", StringComparison.OrdinalIgnoreCase));
            var errors = mine.Count(d => d.Severity == Site.Engine.Diagnostics.Severity.Error);
            var warnings = mine.Count(d => d.Severity == Site.Engine.Diagnostics.Severity.Warning);
            (totalErrors, totalWarnings) = (totalErrors + errors, totalWarnings + warnings);
            var codes = string.Join(", ", mine.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}"));
            table.Append($"| {name} | {errors} | {warnings} | {(result.Succeeded ? "published" : "not published")} | {codes} |\n");
            all.Append($"## {name}\n");
            foreach (var diagnostic in mine)
            {
                all.Append(diagnostic).Append('\n');
            }
        }

        table.Append($"| **{pages.Count} pages** | **{totalErrors}** | **{totalWarnings}** | | |\n");
        Check(Path.Combine(Folder, "RESULTS.md"), table.ToString());
        Check(Path.Combine(Folder, "diagnostics.txt"), all.ToString());
    }

    /// <summary>The page as an editor would add it: our front matter (the other tool's title kept), the body unchanged.</summary>
    internal static byte[] AsOurPage(byte[] original, string name)
    {
        var text = Encoding.UTF8.GetString(original);
        var body = text;
        string? title = null;
        var front = ForeignFrontMatter().Match(text);
        if (front.Success)
        {
            body = text[front.Length..];
            title = TitleField().Match(front.Value) is { Success: true } t ? t.Groups[1].Value.Trim().Trim('"', '\'') : null;
        }

        title ??= FirstHeading().Match(body) is { Success: true } h ? h.Groups[1].Value.Trim() : name;
        var ours = $"---\ntitle: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\nsummary: \"A page published elsewhere, built here to check the generator.\"\n---\n";
        return Encoding.UTF8.GetBytes(ours + body);
    }

    private static void Check(string path, string actual)
    {
        if (GoldenFiles.Updating)
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }

    private const string Header = """
        # Real pages: what the build says about each

        Generated by `RealPagesTests` (rerun and rewrite with
        `SITE_UPDATE_GOLDEN=1 dotnet test tests/Site.Build.Tests --filter RealPagesTests`); every diagnostic is in
        `diagnostics.txt`. Each page is built alone as `input/pages/<name>.md`, with the other tool's front matter
        replaced by a title and a summary and the body exactly as published (SOURCES.md).

        | page | errors | warnings | built | codes |
        | --- | --: | --: | --- | --- |

        """;

    private const string SiteYaml = """
        title: Real Pages
        description: Pages published elsewhere, built to check the generator.
        base_url: https://stories.test.example
        language: en
        time_zone: America/Chicago
        organization:
          name: Test Health
          address: "1400 Riverbend Avenue, Riverside, IL 62704"
          phone: "+1-555-010-0100"
          own_domains: [test.example]
          own_phones: ["+1-555-010-0100"]
        service_lines:
          - { slug: cardiology, name: Heart Care, description: "Heart stories." }
        nav:
          - { title: About, url: /about/ }

        """;

    [GeneratedRegex(@"\A(?:---\r?\n[\s\S]*?\r?\n---|\+\+\+\r?\n[\s\S]*?\r?\n\+\+\+)[ \t]*\r?\n")]
    private static partial Regex ForeignFrontMatter();

    [GeneratedRegex(@"(?m)^title\s*[:=]\s*(.+?)\s*$")]
    private static partial Regex TitleField();

    [GeneratedRegex(@"(?m)^#[ \t]+(.+?)[ \t#]*\r?$")]
    private static partial Regex FirstHeading();
}
