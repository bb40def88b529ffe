using System.Runtime.CompilerServices;
using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;
using Site.Validation.Links;

namespace Site.Build;

/// <summary>
/// What consecutive builds of one preview share so that a build after a small change redoes only what the change
/// affects: the engine's memo of per-document results, the link checker's scans, and the withdrawal scan of each
/// unchanged file. Everything is kept by the identity of immutable documents and strings, so an unchanged input
/// gives back the very same result, and a changed one misses. One build at a time.
/// </summary>
public sealed class BuildSession
{
    public ModuleMemo Memo { get; } = new();

    public LinkCheckCache Links { get; } = new();

    internal DateOnly? Today { get; set; }

    internal string WithdrawalKey { get; set; } = string.Empty;

    internal ConditionalWeakTable<string, IReadOnlyList<Diagnostic>> Withdrawals { get; set; } = new();

    /// <summary>
    /// Tells the session which files or folders changed since its last build (the preview's watcher does): they are
    /// read again; every other file listed before is taken to be as it was.
    /// </summary>
    public void Changed(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths)
        {
            Memo.Forget(Site.Content.Sources.SourceFile.KeyFor(path));
            Memo.ForgetUnder(Site.Content.Sources.SourceFile.KeyFor(path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar));
        }
    }

    /// <summary>Forgets everything (the settings or the day changed).</summary>
    public void Clear()
    {
        Memo.Clear();
        Withdrawals = new();
        WithdrawalKey = string.Empty;
    }
}
