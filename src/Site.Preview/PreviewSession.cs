using System.Diagnostics;
using Site.Engine.Diagnostics;

namespace Site.Preview;

/// <summary>
/// The preview's view of its builds: the last good site and the diagnostics of the last build. It knows only the
/// engine; the build itself is a delegate (the site's <c>PreviewBuilds</c>), told which files changed. A build that
/// fails keeps the last good site and reports its errors. One rebuild at a time.
/// </summary>
/// <param name="build">Builds the site after the given files changed (or everything), in memory.</param>
/// <param name="inputRoot">The input folder, watched.</param>
/// <param name="themeRoot">The theme folder, watched.</param>
public sealed class PreviewSession(Func<IReadOnlyCollection<string>, bool, CancellationToken, Task<PreviewBuild>> build, string inputRoot, string themeRoot)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int version;

    /// <summary>The last good site; null until the first build succeeds.</summary>
    public PreviewSite? Current { get; private set; }

    /// <summary>The errors (and warnings) of the last build; empty after a clean one.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Whether the last build failed (the site served is then the one before it).</summary>
    public bool Failing { get; private set; }

    public string InputRoot => inputRoot;

    public string ThemeRoot => themeRoot;

    /// <summary>Rebuilds after the given files or folders changed (all of them when <paramref name="everything"/>).</summary>
    public async Task<PreviewUpdate> RebuildAsync(IReadOnlyCollection<string> changed, bool everything = false, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var result = await build(changed, everything, cancellationToken).ConfigureAwait(false);
            Diagnostics = result.Diagnostics;
            Failing = !result.Succeeded;
            if (!result.Succeeded)
            {
                return new PreviewUpdate(false, [], result.Diagnostics, stopwatch.Elapsed);
            }

            var next = new PreviewSite(result.Published, ++version);
            var paths = Current?.ChangedIn(next) ?? [];
            Current = next;
            return new PreviewUpdate(true, paths.Select(PreviewSite.UrlOf).ToList(), result.Diagnostics, stopwatch.Elapsed);
        }
        finally
        {
            gate.Release();
        }
    }
}
