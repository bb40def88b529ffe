using System.Collections.Concurrent;

namespace Site.Engine.Diagnostics;

/// <summary>
/// Collects diagnostics from any number of threads. <see cref="ToSortedList"/> returns them in a stable
/// order (file, line, column, code, message) so that output never depends on thread timing.
/// Thread-safe.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();
    private int errorCount;
    private int warningCount;

    public int ErrorCount => Volatile.Read(ref errorCount);

    public int WarningCount => Volatile.Read(ref warningCount);

    public bool HasErrors => ErrorCount > 0;

    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref errorCount);
        }
        else if (diagnostic.Severity == Severity.Warning)
        {
            Interlocked.Increment(ref warningCount);
        }
    }

    public void ReportAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }
    }

    /// <summary>Everything reported so far, in the order it was reported.</summary>
    public IReadOnlyList<Diagnostic> ToList() => items.ToList();

    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var list = items.Distinct().ToList();
        list.Sort(DiagnosticOrder.Instance);
        return list;
    }
}
