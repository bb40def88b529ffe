using System.Diagnostics;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>The real <c>site</c> program, started as a process: exit codes, messages on stderr, no stack traces.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task A_good_build_exits_0_with_a_one_line_summary()
    {
        using var site = new SiteFixture();
        var (exit, stderr) = await Site(site.Root, "build", "--today", "2026-11-25");

        Assert.Equal(0, exit);
        Assert.Matches(@"site build: succeeded: \d+ pages written, 0 warnings, 0 errors, \d+\.\d\d s \(wrote output/; today is 2026-11-25\)", stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "output", "index.html")));
    }

    [Fact]
    public async Task A_build_with_errors_exits_1_prints_each_error_and_no_stack_trace()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/maria-walks-again.md", "---\ntitle: [\n---\n");
        site.Write("input/stories/tomas-gardens.md", string.Empty);

        var (exit, stderr) = await Site(site.Root, "build");

        Assert.Equal(1, exit);
        Assert.Contains("input/stories/maria-walks-again.md:3:1: error SG2003:", stderr, StringComparison.Ordinal);
        Assert.Contains("input/stories/tomas-gardens.md:1:1: error SG1012:", stderr, StringComparison.Ordinal);
        Assert.Contains("FAILED: 0 pages written, 0 warnings, 2 errors", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Theory]
    [InlineData("build", "--colour")]
    [InlineData("build", "--context", "staging")]
    [InlineData("build", "--today", "25/11/2026")]
    [InlineData("build", "--output")]
    [InlineData("publish")]
    public async Task A_wrong_command_line_exits_2(params string[] args)
    {
        using var site = new SiteFixture();
        var (exit, stderr) = await Site(site.Root, args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: site", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_lists_diagnostics_and_files()
    {
        using var site = new SiteFixture();
        site.Write("input/stories/tomas-gardens.md", string.Empty);

        var (exit, _) = await Site(site.Root, "build", "--report", "report.json");

        Assert.Equal(1, exit);
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "report.json")));
        var diagnostic = Assert.Single(report.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("SG1012", diagnostic.GetProperty("code").GetString());
        Assert.Equal("input/stories/tomas-gardens.md", diagnostic.GetProperty("file").GetString());
        Assert.False(report.RootElement.GetProperty("succeeded").GetBoolean());
    }

    private static async Task<(int Exit, string Stderr)> Site(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "site.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stderr);
    }
}
