using System.Diagnostics;
using Site.Build;
using Site.Engine.Diagnostics;

namespace Site.Preview;

/// <summary>
/// The builds behind <c>site preview</c>: the first builds everything; each one after a change reuses what the
/// change did not touch (<see cref="BuildSession"/>), so an edited story renders its page and the listings and
/// feeds it is in, a changed layout the pages that use it, and a changed <c>site.yml</c> everything. A build that
/// fails keeps the last good site and reports its errors. Nothing is written to disk. One rebuild at a time.
/// </summary>
public sealed class PreviewSession(BuildOptions options, TimeProvider clock)
{
    public const string AssetsPath = "/assets/v-preview";

    private readonly BuildSession session = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private int version;

    /// <summary>The last good site; null until the first build succeeds.</summary>
    public PreviewSite? Current { get; private set; }

    /// <summary>The errors (and warnings) of the last build; empty after a clean one.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Whether the last build failed (the site served is then the one before it).</summary>
    public bool Failing { get; private set; }

    public BuildSession Build => session;

    public string InputRoot => Path.GetFullPath(options.Input, options.WorkingDirectory);

    public string ThemeRoot => Path.GetFullPath(options.Theme, options.WorkingDirectory);

    /// <summary>Rebuilds after the given files or folders changed (all of them when <paramref name="everything"/>).</summary>
    public async Task<PreviewUpdate> RebuildAsync(IReadOnlyCollection<string> changed, bool everything = false, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var settings = Path.Combine(InputRoot, "site.yml");
            if (everything || changed.Any(p => p == settings || p == InputRoot || p == ThemeRoot))
            {
                session.Clear();
            }

            session.Changed(changed);

            var result = await new SiteBuild(options with { Session = session, WriteOutput = false, AssetsPath = AssetsPath, ShowPending = true }, clock).RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
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
