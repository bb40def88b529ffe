using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Bench;

/// <summary>
/// <c>build [--counts 1000,4000] [--runs 3] [--site PATH]</c>: publishes the CLI (Release, ReadyToRun), generates each corpus
/// once, then runs <c>site build</c> as a fresh process (process start included, no previous output) several
/// times per size and prints the median and best wall time and the peak resident memory; each run alternates with
/// one that writes to tmpfs (/dev/shm), which separates the generator's own time from the disk's.
/// </summary>
public static partial class BuildBenchmark
{
    public static int Run(string[] args)
    {
        var counts = new[] { 1000, 4000 };
        var runs = 3;
        string? site = null;
        var photos = 0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--counts": counts = args[i + 1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--site": site = args[i + 1]; break;
                case "--photos": photos = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var repo = FindRepository();
        site ??= Publish(repo);

        var work = Path.Combine(Path.GetTempPath(), "site-bench");
        if (photos > 0)
        {
            return counts.Select(count => RunPhotos(site, repo, work, count, runs, photos)).Max();
        }

        var memory = Directory.Exists("/dev/shm") ? "/dev/shm" : null;
        var outputs = new List<string>();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; runs per size: {runs}");
        Console.WriteLine("stories  files  median_s  best_s  peak_MB  tmpfs_median_s");
        foreach (var count in counts)
        {
            var corpus = Path.Combine(work, $"corpus-{count}");
            if (!Directory.Exists(corpus))
            {
                CorpusWriter.Write(corpus, count, seed: 42);
            }

            var times = new List<double>();
            var memoryTimes = new List<double>();
            var peaks = new List<double>();
            var files = 0;
            for (var run = 0; run < runs * 2; run++)
            {
                // Every run writes a folder of its own (a fresh clone has no output yet); all are deleted at the end,
                // because deleting thousands of files just before a build slows the next file creations on ext4.
                var toMemory = run % 2 == 1;
                if (toMemory && memory is null)
                {
                    continue;
                }

                var output = Path.Combine(toMemory ? memory! : corpus, $"output-{Guid.NewGuid():N}");
                outputs.Add(output);
                var line = Exec("dotnet", [typeof(BuildBenchmark).Assembly.Location, "measure", "--", site, "build", "--input", Path.Combine(corpus, "input"), "--theme", Path.Combine(repo, "theme"), "--output", output, "--today", "2026-11-25", "--search", "off", "--build-cache", ""]);
                var match = MeasurePattern().Match(line);
                if (!match.Success || match.Groups[1].Value != "0")
                {
                    Console.Error.WriteLine($"build of {count} stories failed:\n{line}");
                    return 1;
                }

                var seconds = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) / 1000.0;
                (toMemory ? memoryTimes : times).Add(seconds);
                peaks.Add(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) / 1024.0);
                files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count();
            }

            times.Sort();
            memoryTimes.Sort();
            var inMemory = memoryTimes.Count == 0 ? "-" : memoryTimes[memoryTimes.Count / 2].ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,7}  {files,5}  {times[times.Count / 2],8:0.00}  {times[0],6:0.00}  {peaks.Max(),7:0}  {inMemory,14}"));
        }

        foreach (var output in outputs)
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }

    /// <summary>
    /// <c>--photos N</c>: the same corpus with N different photos as heroes (story i shows photo i mod N), built once with
    /// an empty image cache (every photo encoded), then alternately without photos (today's corpus) and with the
    /// cache the first build filled, on disk; prints each median and the cached build's ratio to the plain one.
    /// </summary>
    private static int RunPhotos(string site, string repo, string work, int count, int runs, int photos)
    {
        var plain = Path.Combine(work, $"corpus-{count}");
        if (!Directory.Exists(plain))
        {
            CorpusWriter.Write(plain, count, seed: 42);
        }

        var pictured = Path.Combine(work, $"corpus-{count}-photos-{photos}");
        if (!Directory.Exists(pictured))
        {
            CorpusWriter.Write(pictured, count, seed: 42, photos);
        }

        var cache = Path.Combine(work, $"image-cache-{Guid.NewGuid():N}");
        var outputs = new List<string>();
        (double Seconds, double PeakMb, int Files) Once(string corpus, string imageCache)
        {
            var output = Path.Combine(corpus, $"output-{Guid.NewGuid():N}");
            outputs.Add(output);
            var (exit, seconds, peak) = Timed(site, "build", "--input", Path.Combine(corpus, "input"), "--theme", Path.Combine(repo, "theme"), "--output", output, "--today", "2026-11-25", "--image-cache", imageCache, "--search", "off", "--build-cache", "");
            if (exit != 0)
            {
                throw new InvalidOperationException($"build of {corpus} failed");
            }

            return (seconds, peak, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count} stories, {photos} photos (1600x1067 JPEG); runs: {runs}");
        Console.WriteLine("build                               files  median_s  best_s  peak_MB");
        var cold = Once(pictured, cache);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"photos, empty cache (cold)",-34}  {cold.Files,5}  {cold.Seconds,8:0.00}  {cold.Seconds,6:0.00}  {cold.PeakMb,7:0}"));
        var without = new List<(double Seconds, double PeakMb, int Files)>();
        var cached = new List<(double Seconds, double PeakMb, int Files)>();
        for (var run = 0; run < runs; run++)
        {
            without.Add(Once(plain, cache + "-unused"));
            cached.Add(Once(pictured, cache));
        }

        string Row(string name, List<(double Seconds, double PeakMb, int Files)> rows)
        {
            var times = rows.Select(r => r.Seconds).Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{name,-34}  {rows[0].Files,5}  {times[times.Count / 2],8:0.00}  {times[0],6:0.00}  {rows.Max(r => r.PeakMb),7:0}");
        }

        Console.WriteLine(Row("no photos (SVG heroes)", without));
        Console.WriteLine(Row("photos, from the cache", cached));
        var ratio = cached.Select(r => r.Seconds).Order().ElementAt(runs / 2) / without.Select(r => r.Seconds).Order().ElementAt(runs / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cached / no photos: {ratio:0.00}"));
        foreach (var output in outputs)
        {
            Directory.Delete(output, recursive: true);
        }

        Directory.Delete(cache, recursive: true);
        return 0;
    }

    /// <summary>
    /// Publishes the CLI: as it is deployed for builds (Release, ReadyToRun), or, with <paramref name="readyToRun"/>
    /// false, compiled at run time as <c>dotnet run --project src/Site.Cli</c> does on an editor's computer.
    /// </summary>
    internal static string Publish(string repo, bool readyToRun = true)
    {
        var published = Path.Combine(repo, "artifacts", readyToRun ? "site" : "site-jit");
        Exec("dotnet", ["publish", Path.Combine(repo, "src", "Site.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", $"-p:PublishReadyToRun={(readyToRun ? "true" : "false")}", "-o", published, "-v", "q", "-nologo"]);
        return Path.Combine(published, "site");
    }

    /// <summary>Runs a command as a fresh process through <c>measure</c>: (exit code, wall seconds, peak MB).</summary>
    internal static (int Exit, double Seconds, double PeakMb) Timed(params string[] command)
    {
        var line = Exec("dotnet", [typeof(BuildBenchmark).Assembly.Location, "measure", "--", .. command]);
        var match = MeasurePattern().Match(line);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) / 1000.0, double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) / 1024.0)
            : throw new InvalidOperationException("measure printed no result: " + line);
    }

    /// <summary>The run when it exited 0; otherwise an exception naming <paramref name="what"/> failed.</summary>
    internal static (int Exit, double Seconds, double PeakMb) Succeeded((int Exit, double Seconds, double PeakMb) run, string what) =>
        run.Exit == 0 ? run : throw new InvalidOperationException($"{what} failed (exit {run.Exit})");

    /// <summary>The median (the mean of the two middle values for an even count).</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository (Site.sln not found).");
    }

    internal static string Exec(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {error.Result}{output}");
        }

        return output + error.Result;
    }

    [GeneratedRegex(@"exit=(\d+) wall_ms=(\d+) peak_kb=(\d+)")]
    private static partial Regex MeasurePattern();
}
