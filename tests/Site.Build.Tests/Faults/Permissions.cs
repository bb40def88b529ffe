namespace Site.Build.Tests.Faults;

/// <summary>Takes write permission away from folders and files (for everyone) and gives it back to the owner.</summary>
public static class Permissions
{
    private const UnixFileMode Write = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    private const string UnixOnly = "permission faults are Unix modes; these tests run on Linux";

    public static void RemoveWrite(string path, bool recursive)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(UnixOnly);
        }

        foreach (var entry in Entries(path, recursive))
        {
            entry.UnixFileMode &= ~Write;
        }
    }

    public static void RestoreWrite(string path, bool recursive)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(UnixOnly);
        }

        foreach (var entry in Entries(path, recursive))
        {
            entry.UnixFileMode |= UnixFileMode.UserWrite;
        }
    }

    private static IEnumerable<FileSystemInfo> Entries(string path, bool recursive)
    {
        var root = new DirectoryInfo(path);
        if (!root.Exists)
        {
            return [];
        }

        return recursive ? [root, .. root.EnumerateFileSystemInfos("*", SearchOption.AllDirectories)] : [root];
    }
}
