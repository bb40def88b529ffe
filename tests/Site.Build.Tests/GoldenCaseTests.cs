using Site.Cli;
using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Small golden sites: Cases/&lt;case&gt;/input is built with the repository's theme on 2026-11-25; its diagnostics
/// must equal Cases/&lt;case&gt;/diagnostics.txt and, when the build succeeds, every file must equal
/// Cases/&lt;case&gt;/expected. A case with a <c>builds.txt</c> is built once per line of it instead (on the day the
/// line gives, after what the line does to a copy of the input), against <c>expected-&lt;name&gt;</c> and
/// <c>diagnostics-&lt;name&gt;.txt</c>. <c>SITE_UPDATE_GOLDEN=1</c> rewrites them all.
/// </summary>
public sealed class GoldenCaseTests
{
    private static readonly DateOnly DefaultDay = new(2026, 11, 25);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(Repository.PathTo("tests", "Site.Build.Tests", "Cases")).Where(d => Directory.Exists(Path.Combine(d, "input"))).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder)!;
            var builds = Path.Combine(folder, "builds.txt");
            if (!File.Exists(builds))
            {
                data.Add(name, string.Empty);
                continue;
            }

            foreach (var line in File.ReadAllLines(builds).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                data.Add(name, line.Split(' ')[0]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case(string name, string variant)
    {
        var folder = Repository.PathTo("tests", "Site.Build.Tests", "Cases", name);
        using var temp = new TempDirectory();
        var (today, action) = Variant(folder, variant);
        var working = folder;
        if (action is not null)
        {
            working = temp.Combine("case");
            temp.CopyIn(Path.Combine(folder, "input"), "case/input");
            await Perform(action, working, today);
        }

        var result = await Build(working, temp.Combine("output"), DeployContext.Production, today);
        var suffix = variant.Length == 0 ? string.Empty : "-" + variant;
        var diagnostics = string.Join("", result.Diagnostics.Select(d => d + "\n"));
        var expectedDiagnostics = Path.Combine(folder, $"diagnostics{suffix}.txt");
        if (GoldenFiles.Updating)
        {
            File.WriteAllText(expectedDiagnostics, diagnostics);
        }

        Assert.Equal(File.ReadAllText(expectedDiagnostics), diagnostics);
        var expected = Path.Combine(folder, "expected" + suffix);
        if (result.Succeeded)
        {
            // The theme's assets are compared once, in the demo's golden copy.
            var differences = GoldenFiles.Compare(temp.Combine("output"), expected, path => !path.StartsWith("assets/", StringComparison.Ordinal));
            Assert.True(differences.Count == 0, string.Join('\n', differences));
        }
        else
        {
            Assert.False(Directory.Exists(expected), "a failing case has no expected output");
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

    /// <summary>The day and the action of one line of a case's builds.txt (the default day and none without one).</summary>
    internal static (DateOnly Today, string? Action) Variant(string folder, string variant)
    {
        if (variant.Length == 0)
        {
            return (DefaultDay, null);
        }

        var line = File.ReadAllLines(Path.Combine(folder, "builds.txt")).Single(l => l.Split(' ')[0] == variant).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (DateOnly.ParseExact(line[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), line.Length > 2 ? line[2] : null);
    }

    private static async Task Perform(string action, string working, DateOnly today)
    {
        var (verb, argument) = (action.Split(':')[0], action.Split(':', 2)[1]);
        Assert.Equal("withdraw", verb);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await CommandLine.RunAsync(["withdraw", argument, "--reason", "the patient asked by phone", "--input", Path.Combine(working, "input"), "--today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
    }

    internal static Task<BuildResult> Build(string folder, string output, DeployContext context, DateOnly? today = null) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = folder, Theme = Repository.PathTo("theme"), Output = output, Today = today ?? DefaultDay, Context = context },
            FixedClock.On(2026, 11, 25)).RunAsync();
}
