using System.Globalization;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// Runs the CLI as a user that file permissions apply to. Root ignores them, so as root (CI) the program runs as
/// <c>nobody</c> (uid and gid 65534, through setpriv), from a world-readable copy of the built CLI, on a site
/// folder given to that user; as any other user it simply runs as that user.
/// </summary>
public static class Unprivileged
{
    public const int Nobody = 65534;

    /// <summary>The copy of the CLI and the user's home, made (and tried) once per test run.</summary>
    private static readonly Lazy<Task<(Launcher? Launcher, string? Unusable)>> AsNobody = new(PrepareAsync);

    /// <summary>A launcher that permissions apply to, with <paramref name="site"/> owned by that user; skips the test with the reason when there is none.</summary>
    public static async Task<Launcher> LauncherAsync(FaultSite site)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return Launcher.Direct;
        }

        var (launcher, unusable) = await AsNobody.Value;
        if (unusable is not null)
        {
            Assert.Skip(unusable);
        }

        var (exit, output) = Shell.Run("chown", "-R", $"{Nobody}:{Nobody}", site.Root);
        if (exit != 0)
        {
            Assert.Skip($"could not give the site to nobody (chown exit {exit}): {output}");
        }

        if (Blocked(site.Root) is { } blocked)
        {
            Assert.Skip($"nobody cannot reach {site.Root}: {blocked} does not let others through (o+x)");
        }

        return launcher!;
    }

    private static async Task<(Launcher?, string?)> PrepareAsync()
    {
        var setpriv = Shell.Find("setpriv");
        if (setpriv is null)
        {
            return (null, "running as root, which ignores permissions, and setpriv (util-linux) is not installed to run the build as nobody");
        }

        // Deleted when the test run ends; the user must reach it: every folder above it must let others through.
        var scratch = new TempDirectory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => scratch.Dispose();
        var cli = scratch.Combine("cli");
        var home = scratch.Combine("home");
        Directory.CreateDirectory(cli);
        Directory.CreateDirectory(home);
        // With runtimes/: SkiaSharp's native library is there.
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(cli, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Shell.Run("chmod", "-R", "a+rX", cli);
        Shell.Run("chown", $"{Nobody}:{Nobody}", home);
        if (Blocked(cli) is { } blocked)
        {
            return (null, $"nobody cannot reach the copy of the CLI in {cli}: {blocked} does not let others through (o+x)");
        }

        var launcher = Launcher.Through(
            setpriv,
            [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups"],
            Path.Combine(cli, "site.dll"),
            new Dictionary<string, string> { ["HOME"] = home, ["DOTNET_CLI_HOME"] = home });
        using var probe = await launcher.RunAsync(cli, "explain", "SG1015");
        return probe.ExitCode == 0 ? (launcher, null) : (null, $"the CLI does not run as nobody here (exit {probe.ExitCode}): {probe.Text}");
    }

    private static string? Blocked(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if ((directory.UnixFileMode & UnixFileMode.OtherExecute) == 0 && !IsOwnedByNobody(directory.FullName))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static bool IsOwnedByNobody(string path) =>
        Shell.Run("stat", "-c", "%u", path) is (0, var owner) && owner == Nobody.ToString(CultureInfo.InvariantCulture);
}
