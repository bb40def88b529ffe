using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Small golden sites: Cases/&lt;case&gt;/input is built with the repository's theme on 2026-11-25; its diagnostics
/// must equal Cases/&lt;case&gt;/diagnostics.txt and, when the build succeeds, every file must equal
/// Cases/&lt;case&gt;/expected. <c>SITE_UPDATE_GOLDEN=1</c> rewrites both.
/// </summary>
public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(Repository.PathTo("tests", "Site.Build.Tests", "Cases"))
            .Where(d => Directory.Exists(Path.Combine(d, "input")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case(string name)
    {
        var folder = Repository.PathTo("tests", "Site.Build.Tests", "Cases", name);
        using var temp = new TempDirectory();
        var result = await Build(folder, temp.Combine("output"), DeployContext.Production);

        var diagnostics = string.Join("", result.Diagnostics.Select(d => d + "\n"));
        var expectedDiagnostics = Path.Combine(folder, "diagnostics.txt");
        if (GoldenFiles.Updating)
        {
            File.WriteAllText(expectedDiagnostics, diagnostics);
        }

        Assert.Equal(File.ReadAllText(expectedDiagnostics), diagnostics);
        if (result.Succeeded)
        {
            // The theme's assets are compared once, in the demo's golden copy.
            var differences = GoldenFiles.Compare(temp.Combine("output"), Path.Combine(folder, "expected"), path => !path.StartsWith("assets/", StringComparison.Ordinal));
            Assert.True(differences.Count == 0, string.Join('\n', differences));
        }
        else
        {
            Assert.False(Directory.Exists(Path.Combine(folder, "expected")), "a failing case has no expected output");
        }
    }

    [Theory]
    [InlineData(DeployContext.DeployPreview)]
    [InlineData(DeployContext.BranchDeploy)]
    [InlineData(DeployContext.Dev)]
    public async Task No_context_publishes_what_production_would_not(DeployContext context)
    {
        using var temp = new TempDirectory();
        var result = await Build(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "compliance"), temp.Combine("output"), context);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Written, p => p.Contains("expired", StringComparison.Ordinal) || p.Contains("revoked", StringComparison.Ordinal) || p.Contains("pending", StringComparison.Ordinal));
        Assert.Equal(["published", "published", "published", "published", "published", "pending", "withdrawn", "withdrawn"], result.Stories.Select(s => s.Status).OrderByDescending(s => s == "published").ThenBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_report_tells_a_compliance_officer_what_is_live_and_why()
    {
        using var temp = new TempDirectory();
        var result = await Build(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "compliance"), temp.Combine("output"), DeployContext.Production);
        var reportPath = temp.Combine("report.json");
        BuildReport.Write(reportPath, result, DeployContext.Production);

        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(reportPath));
        var stories = report.RootElement.GetProperty("stories").EnumerateArray().ToDictionary(s => s.GetProperty("file").GetString()!);
        var expired = stories["input/stories/expired.md"];
        Assert.Equal(("withdrawn", "authorization AUTH-2 expired on 2026-11-24", "2026-11-24"), (expired.GetProperty("status").GetString(), expired.GetProperty("reason").GetString(), expired.GetProperty("authorization_expires").GetString()));
        Assert.Equal("pending", stories["input/stories/pending.md"].GetProperty("status").GetString());
        Assert.Equal("555-201-7788", stories["input/stories/with-exception.md"].GetProperty("phi_exceptions")[0].GetProperty("match").GetString());
        var revoked = report.RootElement.GetProperty("withdrawn").EnumerateArray().Single(w => w.GetProperty("url").GetString() == "/stories/revoked/");
        Assert.Equal("/stories/old-revoked-name/", revoked.GetProperty("old_urls")[0].GetString());
        Assert.Equal("/media/revoked.svg", revoked.GetProperty("media_removed")[0].GetString());
        Assert.True(revoked.GetProperty("takedown_steps_by_hand").GetArrayLength() >= 3);
    }

    private static Task<BuildResult> Build(string folder, string output, DeployContext context) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = folder, Theme = Repository.PathTo("theme"), Output = output, Today = new DateOnly(2026, 11, 25), Context = context },
            FixedClock.On(2026, 11, 25)).RunAsync();
}
