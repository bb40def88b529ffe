using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;

namespace Site.Engine.Pipelines;

/// <summary>
/// What a session of runs remembers (the preview keeps one; a plain build has none): the one incremental mechanism
/// of the engine. Modules only declare what their output depends on; the engine decides reuse, step by step:
/// <list type="bullet">
/// <item>a per-document module given the very same (immutable) document, with the same <see cref="IDocumentModule.DependsOn"/>,
/// gives its remembered outputs and diagnostics;</item>
/// <item>a whole-set module whose <see cref="IModule.DependsOn"/> is the same as last run gives its remembered outputs and diagnostics;</item>
/// <item>after a whole-set module runs, each output that <see cref="IModule.Same"/> says stands for the same thing as
/// last run's document with its id is replaced by that document, so the steps after it hit.</item>
/// </list>
/// <see cref="Forget"/> drops the kept documents of a source that changed. Each step keeps what its last run made,
/// nothing older. Thread-safe.
/// </summary>
public sealed class ModuleMemo
{
    private readonly ConcurrentDictionary<(string Pipeline, int Step), StepMemo> steps = new();
    private long hits;
    private long misses;

    /// <summary>Module runs answered from the memo since the last <see cref="ResetCounters"/>.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Module runs that had to execute since the last <see cref="ResetCounters"/>.</summary>
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
    public void Clear() => steps.Clear();

    /// <summary>Forgets every kept document whose id or source path is <paramref name="key"/> (its file changed).</summary>
    public void Forget(string key) => ForgetWhere(d => d.Id == key || d.SourcePath == key);

    /// <summary>Forgets every kept document whose id or source path starts with <paramref name="prefix"/> (a renamed or deleted folder).</summary>
    public void ForgetUnder(string prefix) =>
        ForgetWhere(d => d.Id.StartsWith(prefix, StringComparison.Ordinal) || (d.SourcePath?.StartsWith(prefix, StringComparison.Ordinal) ?? false));

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

    private void ForgetWhere(Func<Document, bool> match)
    {
        foreach (var step in steps.Values)
        {
            foreach (var (id, document) in step.Kept)
            {
                if (match(document))
                {
                    step.Kept.TryRemove(id, out _);
                }
            }
        }
    }

    /// <summary>What one step of one pipeline remembers.</summary>
    internal sealed class StepMemo(Type module)
    {
        // Each entry records the last run that used it; entries no run used lately are dropped now and then.
        private readonly Dictionary<Document, Entry> entries = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(object Before, object Now), bool> comparisons = new(new IdentityPairs());
        private int run;

        public Type Module { get; } = module;

        /// <summary>Whether the module says when a document stands for the same as the last run's (it defines <see cref="IModule.Same"/>).</summary>
        public bool KeepsIdentity { get; } = module.GetMethod(nameof(IModule.Same), [typeof(Document), typeof(Document)]) is not null;

        /// <summary>The whole-set result of the last run, under its signature.</summary>
        public (Signature Signature, ImmutableArray<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics)? Whole { get; set; }

        /// <summary>The documents the step made last time, by id (for <see cref="IModule.Same"/>).</summary>
        public ConcurrentDictionary<string, Document> Kept { get; } = new(StringComparer.Ordinal);

        /// <summary>The remembered result of an input with the same signature. One thread at a time (the engine asks in order).</summary>
        public bool TryGet(Document input, Signature signature, out Entry entry)
        {
            if (!entries.TryGetValue(input, out entry!))
            {
                return false;
            }

            // A signature made once per run is shared by many documents of the step: compare each pair of them once.
            bool same;
            if (entry.Signature.Identity is not { } before || signature.Identity is not { } now)
            {
                same = entry.Signature == signature;
            }
            else if (!comparisons.TryGetValue((before, now), out same))
            {
                comparisons[(before, now)] = same = entry.Signature == signature;
            }

            if (same)
            {
                entry.Run = run;
            }

            return same;
        }

        /// <summary>Starts a run of the step over <paramref name="inputs"/> documents; drops what no recent run used once there is much of it.</summary>
        public void NewRun(int inputs)
        {
            comparisons.Clear();
            run++;
            if (entries.Count > 2 * inputs + 64)
            {
                foreach (var stale in entries.Where(e => e.Value.Run < run - 1).Select(e => e.Key).ToList())
                {
                    entries.Remove(stale);
                }
            }
        }

        public void Set(Document input, Entry entry)
        {
            entry.Run = run;
            lock (entries)
            {
                entries[input] = entry;
            }
        }
    }

    internal sealed record Entry(Signature Signature, IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics)
    {
        /// <summary>The last run of the step that used the entry.</summary>
        public int Run { get; set; }
    }

    private sealed class IdentityPairs : IEqualityComparer<(object Before, object Now)>
    {
        public bool Equals((object Before, object Now) x, (object Before, object Now) y) => ReferenceEquals(x.Before, y.Before) && ReferenceEquals(x.Now, y.Now);

        public int GetHashCode((object Before, object Now) pair) => HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Before), RuntimeHelpers.GetHashCode(pair.Now));
    }
}
