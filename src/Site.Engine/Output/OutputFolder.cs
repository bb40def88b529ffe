namespace Site.Engine.Output;

/// <summary>
/// The output folder of one build, held from start to end. <see cref="Lock"/> takes <c>output.lock</c> beside the
/// folder (an operating-system lock, so it is released when the process ends, even by a crash), so that a second
/// build on the same folder stops at once instead of mixing its files in; then it removes the staging and old folders
/// a killed build left. The new site is written to a staging folder beside the output and swapped in by
/// <see cref="Commit"/>: on Linux both names are exchanged in one step (<c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>), so there is no moment without an output folder, and a failure before or during the swap
/// leaves the previous output exactly as it was.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly FileStream? lockFile;

    private OutputFolder(string fullPath, FileStream? lockFile)
    {
        FullPath = fullPath;
        this.lockFile = lockFile;
        var suffix = $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..16];
        StagingPath = Path.Combine(Parent, $"{Name}.staging-{suffix}");
    }

    public string FullPath { get; }

    public string StagingPath { get; }

    private string Parent => Path.GetDirectoryName(FullPath)!;

    private string Name => Path.GetFileName(FullPath);

    /// <summary>
    /// An output folder not locked, for writing tests and tools that know no other build runs.
    /// </summary>
    public static OutputFolder Unlocked(string outputPath) => new(Resolve(outputPath), null);

    /// <summary>
    /// Takes the output folder's lock; throws <see cref="OutputLockedException"/> when another build holds it, and an
    /// <see cref="IOException"/> when the lock file cannot be made (a read-only parent folder, a full disk).
    /// Then removes what killed builds left beside the folder.
    /// </summary>
    public static OutputFolder Lock(string outputPath)
    {
        var fullPath = Resolve(outputPath);
        var parent = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(parent);
        var lockPath = fullPath + ".lock";
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Linux and macOS, a sharing lock on Windows.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (File.Exists(lockPath) && exception is not (DirectoryNotFoundException or PathTooLongException))
        {
            throw new OutputLockedException(lockPath, exception);
        }

        var folder = new OutputFolder(fullPath, stream);
        folder.RemoveLeftovers();
        return folder;
    }

    /// <summary>What <see cref="Commit"/> did.</summary>
    public enum Swap
    {
        /// <summary>The new site is in place and the previous one is deleted.</summary>
        Done,

        /// <summary>The new site is in place; the previous one could not be deleted and is left at <see cref="OutputFolder.StagingPath"/>.</summary>
        PreviousLeft,
    }

    /// <summary>
    /// Puts the staging folder in place of the output folder. Throws an <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when it cannot, and then the output folder is as it was.
    /// </summary>
    public Swap Commit()
    {
        if (!Directory.Exists(FullPath))
        {
            Directory.Move(StagingPath, FullPath);
            return Swap.Done;
        }

        if (!Exchange())
        {
            // Where the system cannot exchange two names: two renames, with a moment between them without an output.
            var retired = StagingPath + ".old";
            Directory.Move(FullPath, retired);
            try
            {
                Directory.Move(StagingPath, FullPath);
            }
            catch
            {
                Directory.Move(retired, FullPath);
                throw;
            }

            Directory.Move(retired, StagingPath);
        }

        // The previous site now has the staging folder's name.
        return TryDelete(StagingPath) ? Swap.Done : Swap.PreviousLeft;
    }

    /// <summary>Deletes the staging folder, leaving the output folder as it was.</summary>
    public void Discard() => TryDelete(StagingPath);

    public void Dispose() => lockFile?.Dispose();

    private bool Exchange()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var error = Files.Posix.Exchange(StagingPath, FullPath);
        return error switch
        {
            0 => true,
            Errno.NotSupported or Errno.InvalidArgument or Errno.NoSystemCall => false,
            Errno.AccessDenied or Errno.NotPermitted => throw new UnauthorizedAccessException($"Access to the path '{FullPath}' is denied."),
            _ => throw new IOException($"{System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(error)} : '{FullPath}'", error),
        };
    }

    /// <summary>Staging and old folders of this output that a killed build left behind (only the lock holder may do this).</summary>
    private void RemoveLeftovers()
    {
        foreach (var pattern in new[] { $"{Name}.staging-*", $"{Name}.old-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(Parent, pattern))
            {
                TryDelete(leftover);
            }
        }
    }

    private static string Resolve(string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var fullPath = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        _ = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException("The output folder cannot be a root folder.", nameof(outputPath));
        return fullPath;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (!Directory.Exists(path))
            {
                return true;
            }

            // Deleting thousands of files is bound by the file system; delete the top-level folders side by side.
            Parallel.ForEach(
                Directory.EnumerateDirectories(path),
                new ParallelOptions { MaxDegreeOfParallelism = 8 },
                directory => Directory.Delete(directory, recursive: true));
            Directory.Delete(path, recursive: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or AggregateException)
        {
            return false;
        }
    }

    private static class Errno
    {
        public const int NotPermitted = 1;
        public const int AccessDenied = 13;
        public const int InvalidArgument = 22;
        public const int NoSystemCall = 38;
        public const int NotSupported = 95;
    }
}
