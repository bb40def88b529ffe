using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Site.Engine.Pipelines;

/// <summary>
/// Where a build's time went, for <c>site build --timings</c>: the wall time of each step of each pipeline (steps of
/// different pipelines overlap, as the pipelines run at the same time) and its CPU time (for a per-document step, its
/// documents' CPU time added up; for a whole-set step, the CPU time of the thread it ran on, when it finished on the
/// thread it started on), and the build's own stages (settings, run, write). Thread-safe; costs four clock reads per
/// step and per document. The garbage collector's work is counted in the step that allocated.
/// </summary>
public sealed class RunTimings
{
    private readonly ConcurrentDictionary<(string Pipeline, int Step, string Module), Entry> steps = new();
    private readonly ConcurrentQueue<(string Stage, TimeSpan Wall, TimeSpan Cpu)> stages = new();

    /// <summary>One step: its wall time, its documents' wall and CPU time added up (zero for a whole-set step), and its own CPU time when it ran on one thread.</summary>
    private sealed class Entry
    {
        public long Wall;
        public long Work;
        public long WorkCpu;
        public long StepCpu;
        public int Documents;
    }

    internal void Step(string pipeline, int step, string module, long elapsedTicks, long cpuNanoseconds)
    {
        var entry = steps.GetOrAdd((pipeline, step, module), _ => new Entry());
        Interlocked.Add(ref entry.Wall, elapsedTicks);
        Interlocked.Add(ref entry.StepCpu, Math.Max(0, cpuNanoseconds));
    }

    internal void Document(string pipeline, int step, string module, long elapsedTicks, long cpuNanoseconds)
    {
        var entry = steps.GetOrAdd((pipeline, step, module), _ => new Entry());
        Interlocked.Add(ref entry.Work, elapsedTicks);
        Interlocked.Add(ref entry.WorkCpu, Math.Max(0, cpuNanoseconds));
        Interlocked.Increment(ref entry.Documents);
    }

    /// <summary>
    /// The CPU time the calling thread has used, in nanoseconds (Linux and macOS: <c>clock_gettime</c> of the thread's
    /// CPU clock; elsewhere -1, and the table shows wall time only). Unlike wall time, it does not count the time the
    /// thread waited for a core, so a breakdown taken on a busy machine still adds up.
    /// </summary>
    internal static long ThreadCpu()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return -1;
        }

        // CLOCK_THREAD_CPUTIME_ID is 3 on Linux, 16 on macOS.
        return clock_gettime(OperatingSystem.IsLinux() ? 3 : 16, out var now) == 0 ? (now.Seconds * 1_000_000_000L) + now.Nanoseconds : -1;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

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

        text.AppendLine("pipeline/step                                      wall_s   cpu_s  documents");
        foreach (var ((pipeline, step, module), entry) in steps
            .Select(s => (s.Key, s.Value, Cpu: s.Value.Documents > 0 ? s.Value.WorkCpu / 1e9 : s.Value.StepCpu / 1e9))
            .Where(s => TimeSpan.FromTicks(TicksToTimeSpan(s.Value.Wall)) >= minimum || s.Cpu >= minimum.TotalSeconds)
            .OrderByDescending(s => Math.Max(s.Cpu, Seconds(s.Value.Wall)))
            .Select(s => (s.Key, s.Value)))
        {
            var name = $"{pipeline}/{step}:{module}";
            var cpu = entry.Documents > 0 ? entry.WorkCpu : entry.StepCpu;
            text.AppendLine(string.Create(invariant, $"{name,-50} {Seconds(entry.Wall),6:0.00}  {cpu / 1e9,6:0.00}  {entry.Documents,9}"));
        }

        return text.ToString();
    }

    private static long TicksToTimeSpan(long stopwatchTicks) => (long)(stopwatchTicks * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency));

    private static double Seconds(long stopwatchTicks) => stopwatchTicks / (double)Stopwatch.Frequency;
}
