using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Site.Bench;

/// <summary>
/// <c>measure -- COMMAND ARGS</c>: runs one child process and prints its exit code, wall time and peak resident
/// memory (getrusage of children, exact because this process has only that one child).
/// </summary>
public static class Measure
{
    public static int Run(string[] args)
    {
        var command = args.SkipWhile(a => a == "--").ToArray();
        var start = new ProcessStartInfo(command[0]) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in command[1..])
        {
            start.ArgumentList.Add(arg);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        stopwatch.Stop();
        var peakKb = PeakChildKilobytes();
        Console.WriteLine($"exit={process.ExitCode} wall_ms={stopwatch.Elapsed.TotalMilliseconds:0} peak_kb={peakKb}");
        if (process.ExitCode != 0)
        {
            Console.Error.Write(stderr.Result);
            Console.Error.Write(stdout.Result);
        }

        return 0;
    }

    private static long PeakChildKilobytes()
    {
        var usage = new RUsage();
        return getrusage(-1, ref usage) == 0 ? usage.MaxRss : -1; // RUSAGE_CHILDREN; Linux reports kilobytes
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, ref RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec;
        public long UtimeUsec;
        public long StimeSec;
        public long StimeUsec;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NVcsw;
        public long NIvcsw;
    }
}
