using System.Globalization;

namespace Site.Bench;

/// <summary>
/// <c>alert [--count 4000] [--runs 5]</c>: the fast path of a crisis. Builds the corpus once, then, per run, writes
/// a new severe alert into <c>input/alerts/</c> and times <c>site build</c> as a fresh process (process start
/// included) until the site with the banner on every page has replaced the previous output. Checks that the banner
/// is on the home page and on a story page before it counts the run. <c>--tmpfs</c> writes the site to /dev/shm, which
/// leaves out the disk (on this VM, creating and deleting 4,800 files costs from 0.5 s to 3 s, varying by the day).
/// </summary>
public static class AlertBenchmark
{
    public static int Run(string[] args)
    {
        var count = 4000;
        var runs = 5;
        var tmpfs = false;
        for (var i = 0; i < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--tmpfs": tmpfs = true; i--; break;
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var repo = BuildBenchmark.FindRepository();
        var site = BuildBenchmark.Publish(repo);
        var corpus = Path.Combine(Path.GetTempPath(), "site-bench", $"corpus-{count}");
        if (!Directory.Exists(corpus))
        {
            CorpusWriter.Write(corpus, count, seed: 42);
        }

        var input = Path.Combine(corpus, "input");
        var alerts = Path.Combine(input, "alerts");
        var output = Path.Combine(tmpfs ? "/dev/shm" : corpus, "output-alert");
        string[] Build() => [site, "build", "--input", input, "--theme", Path.Combine(repo, "theme"), "--output", output, "--today", "2026-11-25", "--context", "production", "--search", "off", "--build-cache", ""];
        if (Directory.Exists(alerts))
        {
            Directory.Delete(alerts, recursive: true);
        }

        BuildBenchmark.Timed(Build());
        var story = Directory.EnumerateFiles(Path.Combine(output, "stories"), "index.html", SearchOption.AllDirectories).First(f => Path.GetDirectoryName(f) != Path.Combine(output, "stories"));

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count} stories; runs: {runs}");
        Console.WriteLine("run  new_alert_to_rebuilt_site_s");
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var id = $"bench-closure-{run}";
            Directory.CreateDirectory(alerts);
            File.WriteAllText(Path.Combine(alerts, id + ".yml"), $"""
                id: {id}
                status: actual
                msg_type: alert
                category: health
                event: Clinic closure
                severity: severe
                urgency: immediate
                certainty: observed
                effective: 2026-11-25 00:00
                expires: 2026-11-26 00:00
                headline: "The Riverside clinic is closed today ({run})"
                description: "A water main broke near the building."
                instruction: "Go to the North Hills Campus for care today."
                contact: "Call +1-555-010-0100"
                updated: 2026-11-25 00:00
                locations: ["Riverside Clinic"]
                """);
            var (exit, seconds, _) = BuildBenchmark.Timed(Build());
            var marker = $"data-alert-id=\"{id}\"";
            if (exit != 0 || !File.ReadAllText(Path.Combine(output, "index.html")).Contains(marker, StringComparison.Ordinal) || !File.ReadAllText(story).Contains(marker, StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"run {run}: the rebuilt site does not show the new alert (exit {exit})");
                return 1;
            }

            times.Add(seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run,3}  {seconds,27:0.00}"));
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[times.Count / 2]:0.00} s, best {times[0]:0.00} s from saving a new alert to the rebuilt {count}-story site"));
        Directory.Delete(alerts, recursive: true);
        Directory.Delete(output, recursive: true);
        return 0;
    }
}
