using Site.Engine.Files;

namespace Site.Preview;

/// <summary>
/// Watches folders (recursively) and hands over batches of changed paths. Editors save in odd ways (a temporary
/// file renamed over the original, two writes in a row, delete then create), so events are gathered until the
/// folders have been quiet for <see cref="Quiet"/> (or <see cref="MaxWait"/> has passed since the first one), and a
/// burst gives one batch. A renamed folder gives both its old and new path. When the system drops events (its buffer
/// overflowed) or a watched folder itself goes away, the watcher starts again and reports "everything changed".
/// Editor scratch files and litter (the names <see cref="SourceTree.IsIgnored"/> gives, which the build never reads) are ignored. The quiet
/// period is measured on the clock given (tests pass one they move by hand).
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly object sync = new();
    private readonly IReadOnlyList<string> folders;
    private readonly Func<IReadOnlyCollection<string>, bool, Task> onChange;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly SemaphoreSlim signal = new(0);
    private readonly Task loop;
    private readonly TimeProvider clock;
    private bool everything;
    private DateTimeOffset first;
    private DateTimeOffset last;

    public SiteWatcher(IReadOnlyList<string> folders, Func<IReadOnlyCollection<string>, bool, Task> onChange, TimeProvider? clock = null)
    {
        this.folders = folders;
        this.onChange = onChange;
        this.clock = clock ?? TimeProvider.System;
        Start();
        loop = Task.Run(DispatchAsync);
    }

    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(10);

    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Batches handed over so far.</summary>
    public int Batches { get; private set; }

    public void Dispose()
    {
        stop.Cancel();
        signal.Release();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping.
        }

        lock (sync)
        {
            StopWatchers();
        }

        stop.Dispose();
    }

    private void Start()
    {
        lock (sync)
        {
            StopWatchers();
            foreach (var folder in folders.Where(Directory.Exists))
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Changed += (_, e) => Notice(e.FullPath);
                watcher.Created += (_, e) => Notice(e.FullPath);
                watcher.Deleted += (_, e) => Notice(e.FullPath);
                watcher.Renamed += (_, e) =>
                {
                    Notice(e.OldFullPath);
                    Notice(e.FullPath);
                };
                watcher.Error += (_, _) => Restart();
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }
        }
    }

    private void Restart()
    {
        lock (sync)
        {
            everything = true;
            Touch();
        }

        // Start again from a clean state; a folder that is gone is watched again once it is back.
        Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock).ConfigureAwait(false);
            Start();
        });
    }

    private void StopWatchers()
    {
        foreach (var watcher in watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }

        watchers.Clear();
    }

    /// <summary>Takes a path as changed, as an event from the file system does.</summary>
    public void Notice(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || SourceTree.IsIgnored(name))
        {
            return;
        }

        lock (sync)
        {
            pending.Add(path);
            if (folders.Any(f => path == f))
            {
                everything = true;
            }

            Touch();
        }
    }

    private void Touch()
    {
        var now = clock.GetUtcNow();
        if (first == default)
        {
            first = now;
        }

        last = now;
        signal.Release();
    }

    private async Task DispatchAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            await signal.WaitAsync().ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                TimeSpan wait;
                lock (sync)
                {
                    var now = clock.GetUtcNow();
                    wait = now - first >= MaxWait ? TimeSpan.Zero : Quiet - (now - last);
                }

                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                await Task.Delay(wait, clock).ConfigureAwait(false);
            }

            string[] batch;
            bool all;
            lock (sync)
            {
                batch = [.. pending];
                all = everything;
                pending.Clear();
                everything = false;
                first = default;
                while (signal.CurrentCount > 0)
                {
                    signal.Wait(0);
                }
            }

            if (batch.Length == 0 && !all || stop.IsCancellationRequested)
            {
                continue;
            }

            Batches++;
            try
            {
                await onChange(batch, all).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"site preview: rebuild failed unexpectedly: {exception.GetType().Name}: {exception.Message}");
            }
        }
    }
}
