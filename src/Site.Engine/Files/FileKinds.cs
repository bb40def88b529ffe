namespace Site.Engine.Files;

/// <summary>Tells what a path is without opening it or following a link.</summary>
public static class FileKinds
{
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;
    private const int Link = 0xA000;

    /// <summary>How to name a path that is not a file or folder in a message ("a named pipe").</summary>
    public static string Describe(string path) =>
        (OperatingSystem.IsLinux() ? Posix.TypeOf(path) : null) switch
        {
            0x1000 => "a named pipe",
            0xC000 => "a socket",
            0x2000 or 0x6000 => "a device",
            Link => "a symbolic link",
            _ => "not a regular file",
        };

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && Posix.TypeOf(path) is { } type)
        {
            return type switch
            {
                Regular => FileKind.File,
                Directory => FileKind.Folder,
                Link => FileKind.SymbolicLink,
                _ => FileKind.Special,
            };
        }

        // Elsewhere (and when statx fails) .NET can tell links and folders apart, not pipes or devices from files.
        var info = new FileInfo(path);
        if (!info.Exists && !System.IO.Directory.Exists(path))
        {
            return info.LinkTarget is null ? FileKind.Missing : FileKind.SymbolicLink;
        }

        return info.LinkTarget is not null ? FileKind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Folder
            : FileKind.File;
    }
}
