namespace Site.Cli;

/// <summary>
/// The command's half of the <c>site</c> launchers at the top of the repository (<c>./site</c> and <c>site.cmd</c>),
/// which publish this program once (Release, ReadyToRun) into <c>.site-bin/</c> and run it from there until its
/// sources change. Both launchers run the published program with <see cref="StampVariable"/> set; before anything else
/// it compares its sources with the stamp written when it was published, and when they differ it exits at once with
/// <see cref="StaleExitCode"/>, on which the launcher publishes it again. So the check is one piece of code for both
/// launchers, takes milliseconds (it reads file names and times, not contents), and a program built from other
/// sources never runs a command. Without the variables (<c>dotnet run</c>, tests) nothing here happens.
/// </summary>
public static class Launcher
{
    /// <summary>The exit code that tells a launcher to publish the program again. No command exits with it.</summary>
    public const int StaleExitCode = 3;

    /// <summary>The stamp file: its sources as they were when the launcher began to publish it.</summary>
    public const string StampVariable = "SITE_LAUNCHER_STAMP";

    /// <summary>The repository whose <c>src/</c> the program is built from.</summary>
    public const string RootVariable = "SITE_LAUNCHER_ROOT";

    /// <summary>Set by a launcher right after publishing: write the stamp and exit.</summary>
    public const string RecordVariable = "SITE_LAUNCHER_RECORD";

    /// <summary>The file a launcher touches before it publishes: its time is when the sources were taken.</summary>
    public const string StartedFile = "started";

    private const string Header = "site launcher stamp 1";

    /// <summary>
    /// What the launcher variables ask for, before any command runs: null to go on with the command line, or the exit
    /// code (0 after recording a stamp, <see cref="StaleExitCode"/> when the sources changed).
    /// </summary>
    public static int? Handle(TextWriter stderr)
    {
        var stamp = Environment.GetEnvironmentVariable(StampVariable);
        var root = Environment.GetEnvironmentVariable(RootVariable);
        if (string.IsNullOrEmpty(stamp) || string.IsNullOrEmpty(root))
        {
            return null;
        }

        if (Environment.GetEnvironmentVariable(RecordVariable) is { Length: > 0 })
        {
            var started = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(stamp))!, StartedFile);
            if (!File.Exists(started))
            {
                stderr.WriteLine($"site: error: {started} is missing; the launcher writes it before it publishes the program");
                return CommandLine.Failed;
            }

            Record(root, stamp, File.GetLastWriteTimeUtc(started));
            return CommandLine.Success;
        }

        return IsStale(root, stamp) ? StaleExitCode : null;
    }

    /// <summary>
    /// The files the program is built from, relative to <paramref name="root"/> with '/', sorted: everything under
    /// <c>src/</c> except <c>bin/</c> and <c>obj/</c> folders, and the repository's build settings.
    /// </summary>
    public static IReadOnlyList<string> Sources(string root)
    {
        var files = new List<string>();
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config" })
        {
            if (File.Exists(Path.Combine(root, name)))
            {
                files.Add(name);
            }
        }

        var src = Path.Combine(root, "src");
        if (Directory.Exists(src))
        {
            Walk(new DirectoryInfo(src), "src", files);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Writes the stamp: the time the sources were taken, then their names.</summary>
    public static void Record(string root, string stampPath, DateTime takenUtc)
    {
        var lines = new List<string> { Header, takenUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        lines.AddRange(Sources(root));
        var temporary = stampPath + ".tmp";
        File.WriteAllLines(temporary, lines);
        File.Move(temporary, stampPath, overwrite: true);
    }

    /// <summary>
    /// Whether the sources differ from the stamp: a file added, removed or renamed, or one written after the sources
    /// were taken. A missing or unreadable stamp counts as changed.
    /// </summary>
    public static bool IsStale(string root, string stampPath)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(stampPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return true;
        }

        if (lines.Length < 2 || lines[0] != Header || !long.TryParse(lines[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks))
        {
            return true;
        }

        var sources = Sources(root);
        if (!sources.SequenceEqual(lines.Skip(2), StringComparer.Ordinal))
        {
            return true;
        }

        var taken = new DateTime(ticks, DateTimeKind.Utc);
        return sources.Any(file => File.GetLastWriteTimeUtc(Path.Combine(root, file)) > taken);
    }

    private static void Walk(DirectoryInfo folder, string relative, List<string> files)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var path = relative + "/" + entry.Name;
            if (entry is DirectoryInfo child)
            {
                if (entry.Name is not ("bin" or "obj") && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    Walk(child, path, files);
                }
            }
            else
            {
                files.Add(path);
            }
        }
    }
}
