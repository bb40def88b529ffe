using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Site.Engine.Pipelines;

/// <summary>
/// Where a build's time went, for <c>site build --timings</c>: the wall time of each step of each pipeline (steps of
/// different pipelines overlap, as the pipelines run at the same time) and, for a per-document step, the time its
/// documents took added up (on a machine with N cores that is at most N times its wall time; it is the step's share of
/// the CPU), and the build's own stages (settings, run, write, swap). Thread-safe; costs two clock reads per step and
/// per document.
/// </summary>
public sealed class RunTimings
{
    private readonly ConcurrentDictionary<(string Pipeline, int Step, string Module), Entry> steps = new();
    private readonly ConcurrentQueue<(string Stage, TimeSpan Wall, TimeSpan Cpu)> stages = new();

    /// <summary>One step: its wall time, and the documents' time added up (zero for a whole-set step).</summary>
    private sealed class Entry
    {
        public long Wall;
        public long Work;
        public int Documents;
    }

    internal void Step(string pipeline, int step, string module, long elapsedTicks) =>
        Interlocked.Add(ref steps.GetOrAdd((pipeline, step, module), _ => new Entry()).Wall, elapsedTicks);

    internal void Document(string pipeline, int step, string module, long elapsedTicks)
    {
        var entry = steps.GetOrAdd((pipeline, step, module), _ => new Entry());
        Interlocked.Add(ref entry.Work, elapsedTicks);
        Interlocked.Increment(ref entry.Documents);
    }

    /// <summary>Times <paramref name="action"/> as one stage of the build, in wall time and in the process's CPU time.</summary>
    public T Stage<T>(string name, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            stages.Enqueue((name, Stopwatch.GetElapsedTime(start), Process.GetCurrentProcess().TotalProcessorTime - cpu));
        }
    }

    /// <summary>Times an asynchronous stage of the build, as <see cref="Stage{T}(string, Func{T})"/>.</summary>
    public async Task<T> StageAsync<T>(string name, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            stages.Enqueue((name, Stopwatch.GetElapsedTime(start), Process.GetCurrentProcess().TotalProcessorTime - cpu));
        }
    }

    /// <summary>
    /// The table: the build's stages first (wall and CPU seconds), then the steps that took at least
    /// <paramref name="minimum"/> of wall or document time, longest first.
    /// </summary>
    public string Format(TimeSpan minimum)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("stage                 wall_s   cpu_s");
        foreach (var (stage, wall, cpu) in stages)
        {
            text.AppendLine(string.Create(invariant, $"{stage,-20} {wall.TotalSeconds,7:0.00} {cpu.TotalSeconds,7:0.00}"));
        }

        text.AppendLine("pipeline/step                                      wall_s  docs_s  documents");
        foreach (var ((pipeline, step, module), entry) in steps
            .Where(s => TimeSpan.FromTicks(TicksToTimeSpan(s.Value.Wall)) >= minimum || TimeSpan.FromTicks(TicksToTimeSpan(s.Value.Work)) >= minimum)
            .OrderByDescending(s => Math.Max(s.Value.Wall, s.Value.Work)))
        {
            var name = $"{pipeline}/{step}:{module}";
            text.AppendLine(string.Create(invariant, $"{name,-50} {Seconds(entry.Wall),6:0.00}  {Seconds(entry.Work),6:0.00}  {entry.Documents,9}"));
        }

        return text.ToString();
    }

    private static long TicksToTimeSpan(long stopwatchTicks) => (long)(stopwatchTicks * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency));

    private static double Seconds(long stopwatchTicks) => stopwatchTicks / (double)Stopwatch.Frequency;
}
