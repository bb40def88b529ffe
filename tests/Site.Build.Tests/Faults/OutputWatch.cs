using System.Diagnostics;

namespace Site.Build.Tests.Faults;

/// <summary>
/// Watches, through inotify (<see cref="FileSystemWatcher"/>), the folder that holds the output for two events of a
/// build: a staging folder (<c>output.staging-*</c>) appears, and the output folder's name changes (the swap: a
/// rename to or from that name, or its creation). Only for aiming kills and stops; no test outcome depends on when
/// the events come.
/// </summary>
public sealed class OutputWatch : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TaskCompletionSource<TimeSpan> swapped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<TimeSpan> staging = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string name;

    public OutputWatch(string output)
    {
        name = Path.GetFileName(output);
        watcher = new FileSystemWatcher(Path.GetDirectoryName(output)!) { NotifyFilter = NotifyFilters.DirectoryName, IncludeSubdirectories = false };
        watcher.Renamed += (_, e) => Seen(e.Name, e.OldName);
        watcher.Created += (_, e) => Seen(e.Name, null);
        watcher.Deleted += (_, e) => Seen(e.Name, null);
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Time since the watch began.</summary>
    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Completes with <see cref="Elapsed"/> at the first change of the output folder's name.</summary>
    public Task<TimeSpan> Swapped => swapped.Task;

    /// <summary>Completes with <see cref="Elapsed"/> when a staging folder beside the output first appears.</summary>
    public Task<TimeSpan> StagingCreated => staging.Task;

    public void Dispose() => watcher.Dispose();

    private void Seen(string? newName, string? oldName)
    {
        if (newName == name || oldName == name)
        {
            swapped.TrySetResult(clock.Elapsed);
        }
        else if (newName is not null && newName.StartsWith(name + ".staging-", StringComparison.Ordinal))
        {
            staging.TrySetResult(clock.Elapsed);
        }
    }
}
