using System.Diagnostics;
using System.Security.Cryptography;

namespace Site.Testing;

/// <summary>Every file of a folder (relative path with '/' to a SHA-256 of its bytes), for "nothing changed" checks.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string folder) =>
        !Directory.Exists(folder)
            ? new Dictionary<string, string>()
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(
                    f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                    f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                    StringComparer.Ordinal);

    /// <summary>
    /// Every file of a folder with its inode and modification time (from <c>find -printf</c>: .NET does not show
    /// inodes), for "this file was not written again" checks. Linux and macOS with GNU find only.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Inode, string Time)> Identities(string folder)
    {
        var start = new ProcessStartInfo("find") { RedirectStandardOutput = true, UseShellExecute = false, ArgumentList = { folder, "-type", "f", "-printf", "%P\t%i\t%T@\n" } };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => (p[1], p[2]), StringComparer.Ordinal);
    }
}
