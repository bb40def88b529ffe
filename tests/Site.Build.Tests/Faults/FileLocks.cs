using System.Diagnostics;
using System.Globalization;

namespace Site.Build.Tests.Faults;

/// <summary>Whether any process holds an OS lock on a file (flock, POSIX or open file description), from /proc/locks.</summary>
public static class FileLocks
{
    public static bool IsLocked(string path)
    {
        if (!File.Exists(path) || !File.Exists("/proc/locks"))
        {
            return false;
        }

        var (major, minor, inode) = Identify(path);
        var id = $"{major:x2}:{minor:x2}:{inode}";
        return File.ReadAllLines("/proc/locks")
            .Where(l => !l.Contains("->", StringComparison.Ordinal))
            .Any(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(id, StringComparer.Ordinal));
    }

    /// <summary>The device (as /proc/locks shows it, major:minor in hex) and inode of a file, from stat(1).</summary>
    private static (ulong Major, ulong Minor, ulong Inode) Identify(string path)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "%d %i", "--", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var stat = Process.Start(start)!;
        var fields = stat.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        stat.WaitForExit();
        var device = ulong.Parse(fields[0], CultureInfo.InvariantCulture);
        var inode = ulong.Parse(fields[1], CultureInfo.InvariantCulture);

        // glibc's major() and minor() of a dev_t.
        var major = ((device >> 8) & 0xfff) | ((device >> 32) & 0xfffff000);
        var minor = (device & 0xff) | ((device >> 12) & 0xffffff00);
        return (major, minor, inode);
    }
}
