using System.Diagnostics;
using Site.Cli;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// The <c>./site</c> launcher: the program's own check of its sources against the stamp written when it was published
/// (<see cref="Launcher"/>), and the script's control flow, run with a stand-in for <c>dotnet</c> on the PATH so that
/// no test publishes anything (the real timings are in docs/BENCHMARKS.md, "The ./site launcher").
/// </summary>
public sealed class LauncherTests
{
    private static TempDirectory Repository()
    {
        var temp = new TempDirectory();
        temp.Write("Directory.Packages.props", "<Project />");
        temp.Write("src/Site.Cli/Program.cs", "// program");
        temp.Write("src/Site.Cli/Site.Cli.csproj", "<Project />");
        temp.Write("src/Site.Cli/bin/Release/site.dll", "built");
        temp.Write("src/Site.Cli/obj/project.assets.json", "{}");
        return temp;
    }

    private static string Stamp(TempDirectory repository) => Directory.CreateDirectory(repository.Combine(".site-bin")).FullName + "/stamp";

    [Fact]
    public void The_sources_are_src_without_bin_and_obj_and_the_build_settings()
    {
        using var repository = Repository();
        Assert.Equal(["Directory.Packages.props", "src/Site.Cli/Program.cs", "src/Site.Cli/Site.Cli.csproj"], Launcher.Sources(repository.Path));
    }

    [Fact]
    public void Unchanged_sources_are_not_stale()
    {
        using var repository = Repository();
        Launcher.Record(repository.Path, Stamp(repository), DateTime.UtcNow.AddSeconds(1));
        Assert.False(Launcher.IsStale(repository.Path, Stamp(repository)));

        // What a build writes (bin/, obj/) and what is outside src/ do not count.
        repository.Write("src/Site.Cli/obj/other.json", "{}");
        repository.Write("input/stories/new.md", "---\n");
        Assert.False(Launcher.IsStale(repository.Path, Stamp(repository)));
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("added")]
    [InlineData("removed")]
    [InlineData("renamed")]
    [InlineData("settings")]
    public void A_change_to_the_sources_makes_the_program_stale(string change)
    {
        using var repository = Repository();
        Launcher.Record(repository.Path, Stamp(repository), DateTime.UtcNow.AddSeconds(-5));
        foreach (var file in Launcher.Sources(repository.Path))
        {
            File.SetLastWriteTimeUtc(repository.Combine(file.Split('/')), DateTime.UtcNow.AddSeconds(-10));
        }

        Assert.False(Launcher.IsStale(repository.Path, Stamp(repository)));
        var program = repository.Combine("src", "Site.Cli", "Program.cs");
        switch (change)
        {
            case "edited":
                File.AppendAllText(program, "\n// more");
                break;
            case "added":
                repository.Write("src/Site.Build/New.cs", "// new");
                File.SetLastWriteTimeUtc(repository.Combine("src", "Site.Build", "New.cs"), DateTime.UtcNow.AddDays(-1));
                break;
            case "removed":
                File.Delete(program);
                break;
            case "renamed":
                File.Move(program, repository.Combine("src", "Site.Cli", "Main.cs"));
                break;
            default:
                File.WriteAllText(repository.Combine("Directory.Packages.props"), "<Project><ItemGroup /></Project>");
                break;
        }

        Assert.True(Launcher.IsStale(repository.Path, Stamp(repository)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("site launcher stamp 1\nnot a time\n")]
    [InlineData("another format\n0\n")]
    public void A_missing_or_unreadable_stamp_counts_as_stale(string? text)
    {
        using var repository = Repository();
        if (text is not null)
        {
            repository.Write(".site-bin/stamp", text);
        }

        Assert.True(Launcher.IsStale(repository.Path, Stamp(repository)));
    }

    [Fact]
    public async Task The_script_publishes_once_reuses_the_program_and_publishes_again_when_it_says_it_is_stale()
    {
        using var repository = Repository();
        var dotnet = StandIn(repository);

        var first = await Run(repository, dotnet, [], "build", "--search", "off");
        Assert.Equal(0, first.Exit);
        Assert.Contains("building the site command once", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(["publish Release ReadyToRun", "record", "run build --search off"], Log(repository));

        var second = await Run(repository, dotnet, [], "build");
        Assert.Equal(0, second.Exit);
        Assert.Equal(string.Empty, second.Stderr);
        Assert.Equal("run build", Log(repository)[^1]);
        Assert.DoesNotContain("publish", string.Join(' ', Log(repository).Skip(3)), StringComparison.Ordinal);

        File.AppendAllText(repository.Combine("src", "Site.Cli", "Program.cs"), "\n// edited");
        var third = await Run(repository, dotnet, [], "preview");
        Assert.Equal(0, third.Exit);
        Assert.Contains("src/ changed since the site command was built", third.Stderr, StringComparison.Ordinal);
        Assert.Equal(["run preview (stale)", "publish Release ReadyToRun", "record", "run preview"], Log(repository)[^4..]);
    }

    [Fact]
    public async Task The_script_passes_the_programs_exit_code_on_and_keeps_the_last_program_when_publishing_fails()
    {
        using var repository = Repository();
        var dotnet = StandIn(repository);
        Assert.Equal(0, (await Run(repository, dotnet, [], "--version")).Exit);

        var failing = await Run(repository, dotnet, [("EXIT_WITH", "1")], "build");
        Assert.Equal(1, failing.Exit);
        Assert.Equal("run build", Log(repository)[^1]);

        File.AppendAllText(repository.Combine("src", "Site.Cli", "Program.cs"), "\n// does not compile");
        var broken = await Run(repository, dotnet, [("PUBLISH_FAILS", "1")], "build");
        Assert.Equal(1, broken.Exit);
        Assert.Contains("Program.cs(3,1): error CS1002", broken.Stderr, StringComparison.Ordinal);
        Assert.Contains("site: error: building the site command failed", broken.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(repository.Combine(".site-bin", "cli", "site.dll")));
    }

    /// <summary>
    /// A stand-in for <c>dotnet</c>: <c>publish</c> writes a site.dll into its <c>-o</c> folder (or fails like a compile
    /// error); running site.dll logs the command, records the stamp, or says it is stale (exit 3) the way the program
    /// does, by comparing the stamp with the sources' content here.
    /// </summary>
    private static string StandIn(TempDirectory repository)
    {
        var path = repository.Write("tools-stand-in/dotnet", """
            #!/usr/bin/env bash
            log="$SITE_LAUNCHER_ROOT/calls.log"
            sources() { cat "$SITE_LAUNCHER_ROOT"/src/Site.Cli/*.cs "$SITE_LAUNCHER_ROOT/Directory.Packages.props" | md5sum; }
            if [ "$1" = publish ]; then
              [ -z "${PUBLISH_FAILS:-}" ] || { echo "Program.cs(3,1): error CS1002: ; expected"; exit 1; }
              while [ $# -gt 0 ]; do [ "$1" = -o ] && out="$2"; shift; done
              mkdir -p "$out" && echo built > "$out/site.dll"
              echo "publish Release ReadyToRun" >> "$log"
              exit 0
            fi
            shift
            if [ -n "${SITE_LAUNCHER_RECORD:-}" ]; then
              [ -f "$(dirname "$SITE_LAUNCHER_STAMP")/started" ] || exit 9
              sources > "$SITE_LAUNCHER_STAMP"; echo record >> "$log"; exit 0
            fi
            if [ "$(sources)" != "$(cat "$SITE_LAUNCHER_STAMP")" ]; then echo "run $* (stale)" >> "$log"; exit 3; fi
            echo "run $*" >> "$log"
            exit "${EXIT_WITH:-0}"
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.Copy(Site.Testing.Repository.PathTo("site"), repository.Combine("site"));
        return Path.GetDirectoryName(path)!;
    }

    private static string[] Log(TempDirectory repository) => File.ReadAllLines(repository.Combine("calls.log"));

    private static async Task<(int Exit, string Stderr)> Run(TempDirectory repository, string standIn, (string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [repository.Combine("site"), .. args])
        {
            WorkingDirectory = repository.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["PATH"] = standIn + ":" + Environment.GetEnvironmentVariable("PATH");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stderr).Trim());
    }
}
