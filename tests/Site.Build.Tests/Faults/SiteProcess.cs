using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Site.Build.Tests.Faults;

/// <summary>
/// One running <c>site</c> process, started by a <see cref="Launcher"/>: every line it prints on stdout and stderr
/// is kept, a test can wait for a line (a progress line such as "site build: writing N files") or for the exit,
/// and can SIGKILL, SIGSTOP or SIGCONT it. Waits end on an event (a line, the exit); the time limits are only
/// give-ups that turn a hang into a clear failure, never something a test measures.
/// </summary>
public sealed partial class SiteProcess : IDisposable
{
    /// <summary>How long any single wait may take before the test gives up (a hang, not slowness).</summary>
    public static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(3);

    private const int SigKill = 9;
    private const int SigCont = 18;
    private const int SigStop = 19;

    private readonly Process process;
    private readonly string description;
    private readonly object sync = new();
    private readonly List<string> lines = [];
    private readonly List<(Regex Pattern, TaskCompletionSource<bool> Seen)> waiters = [];
    private readonly TaskCompletionSource streamsClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int openStreams = 2;

    internal SiteProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = false;
        start.UseShellExecute = false;
        description = string.Join(' ', [start.FileName, .. start.ArgumentList.Select(a => a.Length > 80 ? a[..40] + "..." + a[^30..] : a)]);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Received(e.Data);
        process.ErrorDataReceived += (_, e) => Received(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Matches the progress line printed when the new site starts being written.</summary>
    public static Regex WritingLine { get; } = Writing();

    public bool HasExited => process.HasExited;

    /// <summary>The exit code once exited; 128 + the signal's number for a process killed by a signal (137 for SIGKILL).</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Everything printed so far, stdout and stderr interleaved in the order it arrived.</summary>
    public string Text
    {
        get
        {
            lock (sync)
            {
                return string.Join('\n', lines);
            }
        }
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (sync)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>True as soon as a line (on stdout or stderr) matches; false if the process closed both streams first.</summary>
    public Task<bool> WaitForLineAsync(Regex pattern)
    {
        lock (sync)
        {
            if (lines.Any(pattern.IsMatch))
            {
                return Task.FromResult(true);
            }

            if (openStreams == 0)
            {
                return Task.FromResult(false);
            }

            var seen = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((pattern, seen));
            return WithGiveUp(seen.Task, $"a line matching /{pattern}/");
        }
    }

    /// <summary>Waits for the exit (and for the last line printed); gives up, kills the process and fails after <see cref="GiveUp"/>.</summary>
    public Task<int> WaitForExitAsync() => WaitForExitAsync(GiveUp);

    public async Task<int> WaitForExitAsync(TimeSpan giveUp)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken);
        timeout.CancelAfter(giveUp);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            await streamsClosed.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree();
            throw new TimeoutException($"gave up after {giveUp.TotalSeconds:0} s waiting for `{description}` to exit; it printed:\n{Text}");
        }

        return process.ExitCode;
    }

    /// <summary>SIGKILL, at once: no handler runs, no file is closed or cleaned up. Returns false if it had already exited.</summary>
    public bool Kill()
    {
        if (process.HasExited)
        {
            return false;
        }

        return Signal(SigKill);
    }

    /// <summary>SIGSTOP: the process stays exactly where it is (and keeps its locks) until <see cref="Continue"/>. False if it had exited.</summary>
    public bool Pause() => Signal(SigStop) && !process.HasExited;

    public void Continue() => Signal(SigCont);

    public void Dispose()
    {
        // Nothing of a failed test keeps running: not a stopped build, nor a build traced by a killed strace.
        KillTree();
        process.Dispose();
    }

    public override string ToString() => description;

    private void KillTree()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It has exited meanwhile.
        }
    }

    private bool Signal(int signal)
    {
        try
        {
            return !process.HasExited && SendSignal(process.Id, signal) == 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void Received(string? line)
    {
        List<TaskCompletionSource<bool>> done = [];
        lock (sync)
        {
            if (line is null)
            {
                openStreams--;
                if (openStreams == 0)
                {
                    done.AddRange(waiters.Select(w => w.Seen));
                    waiters.Clear();
                    streamsClosed.TrySetResult();
                    foreach (var waiter in done)
                    {
                        waiter.TrySetResult(false);
                    }
                }

                return;
            }

            lines.Add(line);
            foreach (var waiter in waiters.Where(w => w.Pattern.IsMatch(line)).ToList())
            {
                waiters.Remove(waiter);
                done.Add(waiter.Seen);
            }
        }

        foreach (var seen in done)
        {
            seen.TrySetResult(true);
        }
    }

    private async Task<bool> WithGiveUp(Task<bool> task, string what)
    {
        try
        {
            return await task.WaitAsync(GiveUp, Xunit.TestContext.Current.CancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            KillTree();
            throw new TimeoutException($"gave up after {GiveUp.TotalSeconds:0} s waiting for {what} from `{description}`; it printed:\n{Text}");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    [GeneratedRegex(@"^site build: writing \d+ files")]
    private static partial Regex Writing();
}
