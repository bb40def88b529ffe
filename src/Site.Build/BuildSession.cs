using Site.Engine.Pipelines;

namespace Site.Build;

/// <summary>
/// What consecutive builds of one preview share so that a build after a small change redoes only what the change
/// affects: the engine's memory of the last run (<see cref="ModuleMemo"/>, the one incremental mechanism), the day it
/// was for, and the files changed since (which the next build makes the memory forget). One build at a time.
/// </summary>
public sealed class BuildSession
{
    private readonly List<string> changed = [];

    public ModuleMemo Memo { get; } = new();

    /// <summary>How many pages the last build parsed to check them (the others were checked before and are unchanged).</summary>
    public LinkCheckCounts Links => new(Memo);

    internal DateOnly? Today { get; set; }

    /// <summary>
    /// Tells the session which files or folders changed since its last build (the preview's watcher does): they are
    /// read again; every other file listed before is taken to be as it was.
    /// </summary>
    public void Changed(IEnumerable<string> fullPaths)
    {
        lock (changed)
        {
            changed.AddRange(fullPaths);
        }
    }

    /// <summary>Forgets everything (the settings or the day changed).</summary>
    public void Clear() => Memo.Clear();

    /// <summary>The files and folders reported changed since the last build, emptied.</summary>
    internal IReadOnlyList<string> TakeChanged()
    {
        lock (changed)
        {
            var taken = changed.ToList();
            changed.Clear();
            return taken;
        }
    }

    /// <summary>The counts of the link check's work in the last build.</summary>
    public readonly record struct LinkCheckCounts(ModuleMemo Memo)
    {
        public int PagesParsed => Memo.Executed.GetValueOrDefault(nameof(Validation.Stage.CheckPages));
    }
}
