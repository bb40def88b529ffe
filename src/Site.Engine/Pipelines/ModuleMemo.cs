using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Engine.Pipelines;

/// <summary>
/// What a session of builds remembers between runs (the preview keeps one; a plain build has none). Documents are
/// immutable and compared by identity, so a per-document module given the very same input document as in an
/// earlier run gives the same outputs and diagnostics: the memo returns those instead of running it. A module whose
/// output also depends on something outside the document says so through <see cref="IMemoKey"/>. Whole-set modules
/// keep a document's identity across runs with <see cref="Reuse"/>, which is what lets the steps after them hit.
/// Entries live as long as their input document does. Thread-safe.
/// </summary>
public sealed class ModuleMemo
{
    private readonly ConcurrentDictionary<(string Pipeline, int Step), StepMemo> steps = new();
    private readonly ConcurrentDictionary<string, Document> reused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (object State, ImmutableArray<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics)> kept = new(StringComparer.Ordinal);
    private long hits;
    private long misses;

    /// <summary>Per-document module runs answered from the memo since the last <see cref="ResetCounters"/>.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Per-document module runs that had to execute since the last <see cref="ResetCounters"/>.</summary>
    public long Misses => Interlocked.Read(ref misses);

    /// <summary>How many times each module type executed (not answered from the memo) since the last reset.</summary>
    public ConcurrentDictionary<string, int> Executed { get; } = new(StringComparer.Ordinal);

    public void ResetCounters()
    {
        Interlocked.Exchange(ref hits, 0);
        Interlocked.Exchange(ref misses, 0);
        Executed.Clear();
    }

    /// <summary>Forgets everything, as when the settings every module reads have changed.</summary>
    public void Clear()
    {
        steps.Clear();
        reused.Clear();
        kept.Clear();
    }

    /// <summary>
    /// For a whole-set module whose output is a function of a few values of its inputs: when <paramref name="same"/>
    /// says <paramref name="state"/> (those values) is as last run, the same output documents and diagnostics again;
    /// otherwise runs <paramref name="create"/> (which reports into the bag it is given) and keeps its result.
    /// Comparing is cheap when most values are the very same objects as last run.
    /// </summary>
    public ImmutableArray<Document> Keep<TState>(string key, TState state, Func<TState, TState, bool> same, DiagnosticBag diagnostics, Func<DiagnosticBag, ImmutableArray<Document>> create)
        where TState : notnull
    {
        if (kept.TryGetValue(key, out var known) && known.State is TState before && same(before, state))
        {
            diagnostics.ReportAll(known.Diagnostics);
            return known.Outputs;
        }

        var bag = new DiagnosticBag();
        var outputs = create(bag);
        var reported = bag.ToList();
        kept[key] = (state, outputs, reported);
        diagnostics.ReportAll(reported);
        return outputs;
    }

    /// <summary>Forgets one reused document, as when the watcher saw its file change.</summary>
    public void Forget(string key) => reused.TryRemove(key, out _);

    /// <summary>Forgets every reused document whose key starts with <paramref name="prefix"/> (a renamed or deleted folder).</summary>
    public void ForgetUnder(string prefix)
    {
        foreach (var key in reused.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            reused.TryRemove(key, out _);
        }
    }

    /// <summary>The document kept under <paramref name="key"/>, if any (and not forgotten since).</summary>
    public bool TryGetReused(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Document? document) => reused.TryGetValue(key, out document);

    /// <summary>
    /// Returns the document kept under <paramref name="key"/> if <paramref name="same"/> says it stands for the
    /// same thing as <paramref name="candidate"/>; otherwise keeps and returns the candidate.
    /// </summary>
    public Document Reuse(string key, Document candidate, Func<Document, Document, bool> same)
    {
        if (reused.TryGetValue(key, out var previous) && same(previous, candidate))
        {
            return previous;
        }

        reused[key] = candidate;
        return candidate;
    }

    internal StepMemo Step(string pipeline, int step, Type module)
    {
        var memo = steps.GetOrAdd((pipeline, step), _ => new StepMemo(module));
        if (memo.Module != module)
        {
            memo = steps[(pipeline, step)] = new StepMemo(module);
        }

        return memo;
    }

    internal void Count(bool hit, Type module)
    {
        if (hit)
        {
            Interlocked.Increment(ref hits);
        }
        else
        {
            Interlocked.Increment(ref misses);
            Executed.AddOrUpdate(module.Name, 1, (_, n) => n + 1);
        }
    }

    internal sealed class StepMemo(Type module)
    {
        private readonly ConditionalWeakTable<Document, Entry> entries = new();

        public Type Module { get; } = module;

        public bool TryGet(Document input, string key, out Entry entry) =>
            entries.TryGetValue(input, out entry!) && entry.Key == key;

        public void Set(Document input, Entry entry) => entries.AddOrUpdate(input, entry);
    }

    internal sealed record Entry(string Key, IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics);
}
