using System.Diagnostics;
using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// strace's fault injection, to SIGKILL a build exactly when it enters a given system call for the n-th time
/// (counted per thread), such as the rename that swaps the new site in: a moment no delay can aim at.
/// </summary>
public static class Strace
{
    private static readonly Lazy<string?> Unusable = new(Probe);

    /// <summary>Skips the test, with the reason, when strace is missing or may not trace (no ptrace in a container).</summary>
    public static void SkipUnlessUsable()
    {
        if (Unusable.Value is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>
    /// Runs <c>dotnet site.dll</c> under <c>strace -f</c>, killed on entering the point's system call. The .NET
    /// runtime's diagnostics are off, so its own start-up (which removes a few files in /tmp) is not counted.
    /// </summary>
    public static Launcher Killing(KillPoint point) => Launcher.Through(
        "strace",
        ["-f", "-qq", "-o", "/dev/null", "-e", $"trace={point.Syscalls}", "-e", $"inject={point.Syscalls}:signal=SIGKILL:when={point.When}"],
        Launcher.SiteDll,
        new Dictionary<string, string> { ["DOTNET_EnableDiagnostics"] = "0" });

    private static string? Probe()
    {
        try
        {
            var start = new ProcessStartInfo("strace") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-f", "-qq", "-o", "/dev/null", "-e", "trace=/^rename", "-e", "inject=/^rename:signal=SIGKILL:when=1", "true" })
            {
                start.ArgumentList.Add(argument);
            }

            using var probe = Process.Start(start)!;
            var stderr = probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? null : $"strace cannot trace here (exit {probe.ExitCode}): {stderr.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return $"strace is not installed ({exception.Message}); apt-get install strace to run this test";
        }
    }

    /// <summary>The <paramref name="When"/>-th call of a set of system calls (strace's syntax, such as <c>/^rename</c>).</summary>
    public sealed record KillPoint(string Name, string Syscalls, int When)
    {
        public override string ToString() => $"{Name} number {When}";
    }
}
