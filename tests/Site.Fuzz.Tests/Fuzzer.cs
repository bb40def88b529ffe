using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using CsCheck;
using Xunit;

namespace Site.Fuzz.Tests;

/// <summary>
/// Runs one property over generated inputs with CsCheck. By default a bounded number of cases (part of
/// <c>dotnet test</c>); with <c>SITE_FUZZ_MINUTES=N</c> for N minutes. Cases run on a worker thread and each must
/// finish within <see cref="CaseLimit"/>, so a hang fails instead of stopping the run. A failing case is printed as a
/// test method to paste into the target's class (see docs/FUZZING.md).
/// </summary>
public static class Fuzzer
{
    /// <summary>The time one case may take. Every case takes milliseconds; this is only there to catch a hang.</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The seed of the default mode: every <c>dotnet test</c> (and so CI) tries the same cases, so that a result does
    /// not depend on the day; a long run (<c>SITE_FUZZ_MINUTES</c>) or <c>SITE_FUZZ_RANDOM=1</c> draws new ones, and
    /// CsCheck's own <c>CsCheck_Seed</c> replays a failure.
    /// </summary>
    public const string FixedSeed = "faQuS4JoBOs3";

    /// <summary>The seed to use: CsCheck_Seed when set, none (random) in a long or random run, else <see cref="FixedSeed"/>.</summary>
    public static string? Seed =>
        Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } replay ? replay
        : Minutes is not null || Environment.GetEnvironmentVariable("SITE_FUZZ_RANDOM") == "1" ? null
        : FixedSeed;

    /// <summary>The minutes each property runs for, from SITE_FUZZ_MINUTES; null in the default mode.</summary>
    public static double? Minutes =>
        double.TryParse(Environment.GetEnvironmentVariable("SITE_FUZZ_MINUTES"), NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? minutes
            : null;

    /// <summary>
    /// Checks <paramref name="property"/> (which throws when it does not hold) on inputs of <paramref name="gen"/>;
    /// <paramref name="call"/> writes the C# call that repeats one case, such as <c>Check("---\n")</c>.
    /// </summary>
    public static void Run<T>(string target, Gen<T> gen, Action<T> property, Func<T, string> call, int iterations)
    {
        using var worker = new CaseWorker();
        var log = new StringBuilder();
        var minutes = Minutes;
        string Print(T value) => Regression(target, call(value));

        // A stack overflow ends the process before any test can report; the case being run is then left in this file.
        var casePath = CasePath(target);
        var caseFile = new FileStream(casePath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        void Guarded(T value)
        {
            var text = Encoding.UTF8.GetBytes(Print(value));
            caseFile.SetLength(0);
            caseFile.Write(text);
            caseFile.Flush();
            worker.Run(() => property(value), () => Print(value));
        }

        try
        {
            if (minutes is { } m)
            {
                gen.Sample(Guarded, writeLine: line => log.AppendLine(line), time: (int)Math.Ceiling(m * 60), threads: 1, print: Print);
            }
            else
            {
                gen.Sample(Guarded, writeLine: line => log.AppendLine(line), seed: Seed, iter: iterations, threads: 1, print: Print);
            }
        }
        finally
        {
            caseFile.Dispose();
            File.Delete(casePath);
        }

        // A hung case leaves its worker busy; later cases are not run, and the hung one is the failure.
        if (worker.Hung is { } hung)
        {
            Assert.Fail($"a case did not finish within {CaseLimit.TotalSeconds:0} s:\n{hung}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(log.ToString());
    }

    /// <summary>Where the case being run is written while a target runs: what a crash of the test process leaves behind.</summary>
    public static string CasePath(string target) => Path.Combine(Path.GetTempPath(), $"site-fuzz-{target}-{Environment.ProcessId}.case.txt");

    /// <summary>The text of a regression test for one case, ready to paste into the target's test class.</summary>
    public static string Regression(string target, string call)
    {
        var name = $"Found_{Hash(call):x8}";
        return $"\n// {target}: paste into its test class as a regression test\n[Fact]\npublic void {name}() => {call};\n";
    }

    /// <summary>A C# string literal for any text: non-ASCII and control characters as \u escapes (lone surrogates survive), long runs of one character as new string(c, n).</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length;)
        {
            var run = 1;
            while (i + run < value.Length && value[i + run] == value[i])
            {
                run++;
            }

            if (run >= 16)
            {
                if (current.Length > 0)
                {
                    parts.Add("\"" + current + "\"");
                    current.Clear();
                }

                parts.Add($"new string('{Escape(value[i], inChar: true)}', {run})");
                i += run;
                continue;
            }

            current.Append(Escape(value[i], inChar: false));
            i++;
        }

        if (current.Length > 0 || parts.Count == 0)
        {
            parts.Add("\"" + current + "\"");
        }

        return string.Join(" + ", parts);
    }

    public static string Literal(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => Literal(v))) + "]";

    private static string Escape(char c, bool inChar) => c switch
    {
        '\\' => "\\\\",
        '"' when !inChar => "\\\"",
        '\'' when inChar => "\\'",
        '\0' => "\\0",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        >= ' ' and < '\u007f' => c.ToString(),
        _ => $"\\u{(int)c:X4}",
    };

    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>One background thread that runs cases one at a time and gives up waiting on one after <see cref="CaseLimit"/>.</summary>
    private sealed class CaseWorker : IDisposable
    {
        private readonly SemaphoreSlim start = new(0);
        private readonly SemaphoreSlim done = new(0);
        private readonly Lock gate = new();
        private readonly Thread thread;
        private Action? work;
        private ExceptionDispatchInfo? failure;
        private volatile bool stopping;

        public CaseWorker()
        {
            thread = new Thread(Loop) { IsBackground = true, Name = "fuzz case" };
            thread.Start();
        }

        public string? Hung { get; private set; }

        public void Run(Action action, Func<string> describe)
        {
            lock (gate)
            {
                if (Hung is not null)
                {
                    return;
                }

                work = action;
                failure = null;
                start.Release();
                if (!done.Wait(CaseLimit))
                {
                    Hung = describe();
                    throw new TimeoutException($"the case did not finish within {CaseLimit.TotalSeconds:0} s");
                }

                failure?.Throw();
            }
        }

        public void Dispose()
        {
            stopping = true;
            if (Hung is null)
            {
                start.Release();
                thread.Join();
                start.Dispose();
                done.Dispose();
            }
        }

        private void Loop()
        {
            while (true)
            {
                start.Wait();
                if (stopping)
                {
                    return;
                }

                try
                {
                    work!();
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }

                done.Release();
            }
        }
    }
}
