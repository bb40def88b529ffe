using Xunit;

namespace Site.Build.Tests.Faults;

/// <summary>
/// A small tmpfs mounted on a folder, to fill up for real: the kernel answers ENOSPC ("No space left on device")
/// to the write that does not fit. Needs root; unmounted on dispose.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (mount's syntax: 8m) on <paramref name="path"/>, or skips the test with the reason.</summary>
    public static SmallDisk Mount(string path, string size)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Assert.Skip("filling a disk needs a small tmpfs, and mounting one needs root (run the tests as root, as CI does)");
        }

        Directory.CreateDirectory(path);
        var (exit, output) = Shell.Run("mount", "-t", "tmpfs", "-o", $"size={size},mode=0755", "tmpfs", path);
        if (exit != 0)
        {
            Assert.Skip($"could not mount a tmpfs on {path} (exit {exit}): {output}");
        }

        return new SmallDisk(path);
    }

    public void Dispose()
    {
        if (Shell.Run("umount", Path).Exit != 0)
        {
            Shell.Run("umount", "-l", Path);
        }
    }
}
