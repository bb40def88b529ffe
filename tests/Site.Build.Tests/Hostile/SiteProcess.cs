using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// Runs the real <c>site build</c> on a folder, as a child process, so that a hostile input that hangs the build
/// (a FIFO), loops, or eats memory (a link to /dev/zero) is killed after <see cref="Timeout"/> and fails its test,
/// instead of hanging the suite or the machine. The child's managed heap is capped at <see cref="HeapLimit"/>.
/// GNU time, when present, measures its CPU time and peak memory for the render budget.
/// </summary>
public static class SiteProcess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>1 GiB: far more than any case needs, far less than would hurt a shared machine.</summary>
    public const string HeapLimit = "0x40000000";

    private const string GnuTime = "/usr/bin/time";

    public static async Task<SiteRun> BuildAsync(string root)
    {
        var measure = File.Exists(GnuTime);
        var resources = Path.Combine(root, ".hostile", "resources.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(resources)!);

        var start = new ProcessStartInfo(measure ? GnuTime : "dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        if (measure)
        {
            foreach (var arg in new[] { "-f", "%U %S %M", "-o", resources, "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }

        // The build cache is off: each case measures one build's rules and budget against a plain build, and the
        // cache's own work (the key over every input file, the kept page checks) is BuildCacheTests' subject.
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "site.dll"), "build", "--today", "2026-11-25", "--build-cache", string.Empty })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var timedOut = false;
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken))
        {
            deadline.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        var wall = clock.Elapsed;
        var (cpu, peak) = measure && !timedOut ? ReadResources(resources) : (null, null);
        return new SiteRun(process.ExitCode, timedOut, await stdout, await stderr, wall, cpu, peak);
    }

    /// <summary>GNU time's last line: user seconds, system seconds, peak resident set in KB.</summary>
    private static (double? Cpu, double? PeakMegabytes) ReadResources(string file)
    {
        if (!File.Exists(file))
        {
            return (null, null);
        }

        var last = File.ReadAllLines(file).LastOrDefault(l => l.Length > 0 && char.IsDigit(l[0]));
        var parts = last?.Split(' ');
        if (parts is not { Length: 3 })
        {
            return (null, null);
        }

        var user = double.Parse(parts[0], CultureInfo.InvariantCulture);
        var system = double.Parse(parts[1], CultureInfo.InvariantCulture);
        var kilobytes = double.Parse(parts[2], CultureInfo.InvariantCulture);
        return (user + system, kilobytes / 1024);
    }
}
