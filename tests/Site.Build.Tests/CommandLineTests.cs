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

    [Theory]
    [InlineData("site: Unrecognized command or argument 'bulid'; did you mean 'build'?", "bulid")]
    [InlineData("site build: Unrecognized command or argument '--contxt'; did you mean '--context'?", "build", "--contxt", "dev")]
    [InlineData("site check: Unrecognized command or argument '--extrenal'; did you mean '--external'?", "check", "--extrenal")]
    public async Task A_mistyped_command_or_option_gets_a_suggestion(string expected, params string[] args)
    {
        using var site = new SiteFixture();
        var (exit, stderr) = await Site(site.Root, args);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--today <YYYY-MM-DD>", "--context <NAME>")]
    [InlineData("check", "--external", "--format")]
    [InlineData("withdraw", "--reason", "<STORY>")]
    public async Task Every_command_has_help(string command, string first, string second)
    {
        using var site = new SiteFixture();
        var (exit, stdout, _) = await SiteWithOutput(site.Root, command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains($"site {command}", stdout, StringComparison.Ordinal);
        Assert.Contains(first, stdout, StringComparison.Ordinal);
        Assert.Contains(second, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timings_say_where_the_build_went()
    {
        using var site = new SiteFixture();

        var (exit, stderr) = await Site(site.Root, "build", "--search", "off", "--timings");

        Assert.Equal(0, exit);
        var lines = stderr.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("settings ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("pipelines ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("write ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("validate/1:CheckPages ", StringComparison.Ordinal) || l.StartsWith("stories/1:ParseContent ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("process: ", StringComparison.Ordinal) && l.Contains("peak memory", StringComparison.Ordinal));
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

    [Fact]
    public async Task Check_passes_a_good_site_and_fails_a_broken_one_with_one_line_each()
    {
        using var site = new SiteFixture();
        Assert.Equal(0, (await Site(site.Root, "build")).Exit);
        var (good, goodErr) = await Site(site.Root, "check");
        File.WriteAllText(Path.Combine(site.Output, "extra.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head>\n<body><a href=\"/stories/nope/\">x</a><img src=\"/media/a.png\"></body></html>\n");

        var (exit, stdout, stderr) = await SiteWithOutput(site.Root, "check", "output");

        Assert.Equal(0, good);
        Assert.Contains("site check: passed:", goodErr, StringComparison.Ordinal);
        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "extra.html:3:7: error SG3001: link target /stories/nope/ not found",
                "extra.html:3:37: error SG3003: image /media/a.png not found",
                "extra.html:3:37: error SG4006: image /media/a.png has no alt attribute; describe it, or write alt=\"\" if it is decorative (WCAG 1.1.1)",
            ],
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("3 failures", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_can_print_one_json_document()
    {
        using var site = new SiteFixture();
        Assert.Equal(0, (await Site(site.Root, "build")).Exit);
        File.WriteAllText(Path.Combine(site.Output, "extra.html"), "<a href=\"missing/\">x</a>");

        var (exit, stdout, _) = await SiteWithOutput(site.Root, "check", "--format", "json");

        Assert.Equal(1, exit);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var failure = Assert.Single(json.RootElement.GetProperty("failures").EnumerateArray());
        Assert.Equal(("extra.html", 1, 1, "link", "missing/"), (failure.GetProperty("file").GetString(), failure.GetProperty("line").GetInt32(), failure.GetProperty("column").GetInt32(), failure.GetProperty("kind").GetString(), failure.GetProperty("target").GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("totals").GetProperty("failures").GetInt32());
        Assert.True(json.RootElement.GetProperty("totals").GetProperty("pages").GetInt32() > 10);
    }

    [Theory]
    [InlineData("check", "no-such-folder")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "a", "b")]
    public async Task Check_with_a_wrong_command_line_exits_2(params string[] args)
    {
        using var site = new SiteFixture();
        Assert.Equal(2, (await Site(site.Root, args)).Exit);
    }

    internal static async Task<(int Exit, string Stdout, string Stderr)> SiteWithOutput(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "site.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, stdout, await stderr);
    }

    private static async Task<(int Exit, string Stderr)> Site(string workingDirectory, params string[] args)
    {
        var (exit, _, stderr) = await SiteWithOutput(workingDirectory, args);
        return (exit, stderr);
    }
}
