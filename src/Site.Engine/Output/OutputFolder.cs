namespace Site.Engine.Output;

/// <summary>
/// Builds a new site in a staging folder beside the output folder and swaps it in only on success,
/// so that a failed build leaves the previous output untouched, file for file.
/// </summary>
public sealed class OutputFolder
{
    public OutputFolder(string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        FullPath = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(FullPath) ?? throw new ArgumentException("The output folder cannot be a root folder.", nameof(outputPath));
        var name = Path.GetFileName(FullPath);
        var suffix = $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..16];
        StagingPath = Path.Combine(parent, $"{name}.staging-{suffix}");
        RetiredPath = Path.Combine(parent, $"{name}.old-{suffix}");
    }

    public string FullPath { get; }

    public string StagingPath { get; }

    private string RetiredPath { get; }

    /// <summary>Replaces the output folder with the staging folder.</summary>
    public void Commit()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath)!);
        if (Directory.Exists(FullPath))
        {
            Directory.Move(FullPath, RetiredPath);
            Directory.Move(StagingPath, FullPath);
            TryDelete(RetiredPath);
        }
        else
        {
            Directory.Move(StagingPath, FullPath);
        }
    }

    /// <summary>Deletes the staging folder, leaving the output folder as it was.</summary>
    public void Discard() => TryDelete(StagingPath);

    private static void TryDelete(string path)
    {
        try
        {
            if (!Directory.Exists(path))
            {
                return;
            }

            // Deleting thousands of files is bound by the file system; delete the top-level folders side by side.
            Parallel.ForEach(
                Directory.EnumerateDirectories(path),
                new ParallelOptions { MaxDegreeOfParallelism = 8 },
                directory => Directory.Delete(directory, recursive: true));
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover staging folder is harmless; the next build uses a new name.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
