using Site.Content.Builds;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;

namespace Site.Build.Cache;

/// <summary>
/// The whole-build cache (<c>.site-cache/build/</c>, <c>--build-cache DIR</c>). Before the pipelines run, the build's
/// key (<see cref="BuildCacheKey"/>) is compared with the manifest of the last successful build: when the key is the
/// same, the output folder still holds exactly the files that build left (names, sizes, modification times) and no
/// event has started or ended since, the build replays the stored result and leaves the output as it is. Anything
/// else, including a missing, unreadable, damaged or older manifest, is a full build with one info line (SG1026)
/// saying why. The manifest is written only after a successful swap, atomically (a temporary file, then a rename);
/// a failed build never writes it. A build that fetches vote totals from a comment server is never replayed.
/// </summary>
internal sealed class BuildCache
{
    private readonly BuildCacheFolders folders;
    private readonly BuildCacheKey? key;
    private readonly DateTimeOffset now;

    private BuildCache(BuildCacheFolders folders, BuildCacheKey? key, DateTimeOffset now, CachedBuild? replay, Diagnostic? note)
    {
        this.folders = folders;
        this.key = key;
        this.now = now;
        Replay = replay;
        Note = note;
    }

    /// <summary>The cached build to replay, or null when this build runs in full.</summary>
    public CachedBuild? Replay { get; }

    /// <summary>Why the cache was not used (SG1026, an info), or null when it was.</summary>
    public Diagnostic? Note { get; }

    /// <summary>
    /// Looks at the cache for a build with these options and settings. When the cached build cannot be replayed,
    /// <see cref="Note"/> says why, in one info line (SG1026).
    /// </summary>
    public static BuildCache Open(BuildOptions options, BuildCacheFolders folders, BuildContext build)
    {
        var at = new SourceLocation(folders.Display(folders.Cache));
        var now = EventFrontMatter.Instant(build.Now, build.Zone);
        if (build.Settings.Comments is { Provider: CommentProviderKind.Waline, TotalsAtBuild: true, Server: not null })
        {
            return new BuildCache(folders, null, now, null, NotUsed(at, "vote totals are fetched from the comment server on every build (comments.totals_at_build), so a build with a comment server is never skipped"));
        }

        var key = BuildCacheKey.Of(options, folders, build);
        BuildCache Cold(string why) => new(folders, key, now, null, NotUsed(at, why));
        var manifest = folders.Display(folders.Manifest);
        byte[] bytes;
        try
        {
            if (!File.Exists(folders.Manifest))
            {
                // The first build with a cache is an ordinary build: nothing to say (the manifest is made when it succeeds).
                return new BuildCache(folders, key, now, null, null);
            }

            bytes = File.ReadAllBytes(folders.Manifest);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Cold($"{manifest} cannot be read ({exception.Message}); the next successful build writes a new one");
        }

        if (CachedBuild.Parse(bytes, out var problem) is not { } cached)
        {
            return Cold($"{manifest} cannot be trusted: {problem}; the next successful build writes a new one");
        }

        if (cached.Key.Value != key.Value)
        {
            return Cold(key.Difference(cached.Key));
        }

        if (cached.ValidUntil is { } until && now >= until)
        {
            return Cold($"an event has started or ended since the cached build (at {until:yyyy-MM-dd HH:mm} UTC), which changes the event pages and listings");
        }

        if (OutputDifference(cached.Output, folders) is { } difference)
        {
            return Cold($"{folders.Display(folders.Output)}/ is not what the cached build left: {difference}");
        }

        return new BuildCache(folders, key, now, cached, null);
    }

    /// <summary>
    /// Keeps a successful build's result, after its output is swapped in: the manifest names every file of the output
    /// as it is now. The manifest is written to a temporary file and renamed over the old one; a failure to write it
    /// costs the next build its shortcut and nothing else.
    /// </summary>
    public void Save(BuildResult result, RunResult run, BuildContext build)
    {
        if (key is null)
        {
            return;
        }

        var temporary = folders.Manifest + $".tmp-{Environment.ProcessId}";
        try
        {
            var cached = new CachedBuild(BuildCacheKey.FormatVersion, key, NextEventChange(run, build, now), OutputFiles(folders.Output), CachedResult.From(result));
            Directory.CreateDirectory(folders.Cache);
            File.WriteAllBytes(temporary, cached.ToBytes());
            File.Move(temporary, folders.Manifest, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// The first instant after <paramref name="now"/> at which an event of the content starts or ends: its pages, the
    /// listings and the calendars change then, with the same files. Null when no such instant is to come.
    /// </summary>
    private static DateTimeOffset? NextEventChange(RunResult run, BuildContext build, DateTimeOffset now) =>
        run.Outputs
            .Where(o => ContentKinds.All.Any(k => k.Pipeline == o.Key))
            .SelectMany(o => o.Value)
            .Select(d => d.TryGet<ParsedContent>(out var parsed) ? parsed.FrontMatter as EventFrontMatter : null)
            .OfType<EventFrontMatter>()
            .SelectMany(e => e.Span(build.Zone) is var (start, end) ? new[] { start, end } : [])
            .Where(instant => instant > now)
            .Select(instant => (DateTimeOffset?)instant.ToUniversalTime())
            .Min();

    private static List<CachedFile> OutputFiles(string output) =>
        new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => new CachedFile(Path.GetRelativePath(output, f.FullName).Replace('\\', '/'), f.Length, f.LastWriteTimeUtc.Ticks))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>How the output differs from the files the cached build left, in words, or null when it is the same.</summary>
    private static string? OutputDifference(IReadOnlyList<CachedFile> expected, BuildCacheFolders folders)
    {
        if (!Directory.Exists(folders.Output))
        {
            return "the folder is missing";
        }

        List<CachedFile> actual;
        try
        {
            actual = OutputFiles(folders.Output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"it cannot be listed ({exception.Message})";
        }

        var byPath = expected.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in actual)
        {
            if (!byPath.Remove(file.Path, out var was))
            {
                return $"{file.Path} was added";
            }

            if (was.Size != file.Size || was.WriteTimeTicks != file.WriteTimeTicks)
            {
                return $"{file.Path} was changed";
            }
        }

        return byPath.Keys.Order(StringComparer.Ordinal).FirstOrDefault() is { } missing ? $"{missing} is missing" : null;
    }

    private static Diagnostic NotUsed(SourceLocation at, string why) =>
        new(DiagnosticCodes.BuildCacheNotUsed, Severity.Info, $"the build cache was not used: {why}; this build runs in full", at);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to replace.
        }
    }
}
