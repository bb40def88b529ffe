using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The build report lists, under each withdrawn story, every reference the build took out of other pages (file,
/// line, what it was, what the page reads now), so an editor can reword them later.
/// </summary>
public sealed class TakedownReportTests
{
    [Fact]
    public async Task The_report_lists_the_removed_references_under_the_withdrawn_story()
    {
        using var temp = new TempDirectory();
        var result = await GoldenCaseTests.Build(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "takedown"), temp.Combine("output"), DeployContext.Production, new DateOnly(2027, 3, 15));
        BuildReport.Write(temp.Combine("report.json"), result, DeployContext.Production);

        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.Combine("report.json")));
        var anna = report.RootElement.GetProperty("withdrawn").EnumerateArray().Single();
        var references = anna.GetProperty("references_removed").EnumerateArray()
            .Select(r => $"{r.GetProperty("file").GetString()}:{r.GetProperty("line").GetInt32()} {r.GetProperty("what").GetString()} {(r.TryGetProperty("now_reads", out var text) ? text.GetString() : "-")}")
            .ToList();

        Assert.True(result.Succeeded);
        Assert.Equal(("/stories/anna-runs-again/", "2027-03-15"), (anna.GetProperty("url").GetString(), anna.GetProperty("since").GetString()));
        Assert.Equal(
            [
                "input/articles/getting-ready-for-knee-surgery.md:19 link went from a walker to a 5K",
                "input/articles/getting-ready-for-knee-surgery.md:20 link a story that is no longer available",
                "input/stories/ben-walks-the-dog.md:20 link a story that is no longer available",
                "input/stories/ben-walks-the-dog.md:21 link how one runner got back on the trails",
                "input/stories/ben-walks-the-dog.md:23 image -",
            ],
            references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_neutral_text_comes_from_site_settings()
    {
        using var temp = new TempDirectory();
        temp.CopyIn(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "takedown", "input"), "input");
        File.AppendAllText(temp.Combine("input", "site.yml"), "compliance: { withdrawn_link_text: \"a story we no longer share\" }\n");

        var result = await GoldenCaseTests.Build(temp.Path, temp.Combine("output"), DeployContext.Production, new DateOnly(2027, 3, 15));

        Assert.True(result.Succeeded);
        Assert.Contains("You can read a story we no longer share too,", File.ReadAllText(temp.Combine("output", "stories", "ben-walks-the-dog", "index.html")), StringComparison.Ordinal);
    }
}
