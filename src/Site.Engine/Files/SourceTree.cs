namespace Site.Engine.Files;

/// <summary>
/// The one way the build lists a source folder (content, media, alerts, theme). It never follows a symbolic link
/// (so nothing outside the folder is reached and no loop is possible), reports links and anything that is not a
/// regular file instead of listing it as a file, and leaves out, the same way everywhere, hidden files, editors' lock
/// and backup files and operating systems' litter. Entries come in ordinal order of their relative path.
/// </summary>
public static class SourceTree
{
    private static readonly HashSet<string> LitterNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Thumbs.db", "ehthumbs.db", "desktop.ini", "Icon\r", "__MACOSX",
    };

    private static readonly HashSet<string> ScratchExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".swp", ".swo", ".swx", ".tmp", ".temp", ".bak", ".orig", ".rej", ".part", ".crdownload",
    };

    /// <summary>Every entry under <paramref name="root"/>; nothing when the root is missing or is itself a link.</summary>
    public static IReadOnlyList<SourceEntry> Walk(string root)
    {
        var entries = new List<SourceEntry>();
        if (FileKinds.Of(root) == FileKind.Folder)
        {
            Visit(root, string.Empty, entries);
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return entries;
    }

    /// <summary>The regular files under <paramref name="root"/>, in ordinal order.</summary>
    public static IEnumerable<SourceEntry> Files(string root) => Walk(root).Where(e => e.IsFile);

    /// <summary>
    /// True for names the build never reads: hidden (<c>.name</c>, which covers <c>.#lock</c>, <c>._fork</c>,
    /// <c>.DS_Store</c> and swap files), backups (<c>name~</c>, <c>#name#</c>, <c>.bak</c>, <c>.orig</c>), Office locks
    /// (<c>~$name</c>), partial downloads and temporary files, <c>Thumbs.db</c> and <c>desktop.ini</c>.
    /// </summary>
    public static bool IsIgnored(string name) =>
        name.Length == 0
        || name[0] == '.'
        || name[^1] == '~'
        || (name.Length > 1 && name[0] == '#' && name[^1] == '#')
        || name.StartsWith("~$", StringComparison.Ordinal)
        || LitterNames.Contains(name)
        || ScratchExtensions.Contains(Path.GetExtension(name));

    /// <summary>True when a path has an ignored name anywhere in it (forward or back slashes).</summary>
    public static bool IsIgnoredPath(string relativePath) =>
        relativePath.Split('/', '\\').Any(segment => segment.Length > 0 && IsIgnored(segment));

    private static void Visit(string folder, string prefix, List<SourceEntry> entries)
    {
        IEnumerable<FileSystemInfo> children;
        try
        {
            children = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            entries.Add(new SourceEntry(folder, prefix.TrimEnd('/'), FileKind.Folder, exception.Message));
            return;
        }

        foreach (var child in children)
        {
            if (IsIgnored(child.Name))
            {
                continue;
            }

            var relative = prefix + child.Name;
            switch (FileKinds.Of(child.FullName))
            {
                case FileKind.Folder:
                    Visit(child.FullName, relative + "/", entries);
                    break;
                case FileKind.Missing:
                    break;
                case var kind:
                    entries.Add(new SourceEntry(child.FullName, relative, kind));
                    break;
            }
        }
    }
}
