using System.Globalization;

namespace Site.Bench;

/// <summary>
/// <c>check [--count 4000] [--runs 3] [--proofer-runs 1]</c>: builds the generated corpus once, then checks the
/// built folder with <c>site check</c> and with html-proofer (<c>htmlproofer --disable-external DIR</c>, Debian's
/// ruby-html-proofer 3.19) in the same run, each as a fresh process, and prints both times and the ratio.
/// </summary>
public static class CheckBenchmark
{
    public static int Run(string[] args)
    {
        var count = 4000;
        var runs = 3;
        var prooferRuns = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--count": count = value; break;
                case "--runs": runs = value; break;
                case "--proofer-runs": prooferRuns = value; break;
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

        var output = Path.Combine(corpus, $"output-check-{Guid.NewGuid():N}");
        try
        {
            var built = BuildBenchmark.Timed(site, "build", "--input", Path.Combine(corpus, "input"), "--theme", Path.Combine(repo, "theme"), "--output", output, "--today", "2026-11-25", "--search", "off");
            if (built.Exit != 0)
            {
                Console.Error.WriteLine("the corpus did not build");
                return 1;
            }

            var files = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores; {count} stories, {files} HTML pages; internal links, fragments and images");
            Console.WriteLine("tool                      runs  median_s  peak_MB");
            var ours = Enumerable.Range(0, runs).Select(_ => BuildBenchmark.Timed(site, "check", output, "--base-url", "https://bench.example")).ToList();
            Print("site check", ours);

            var proofer = "/usr/bin/htmlproofer";
            if (!File.Exists(proofer))
            {
                Console.WriteLine("htmlproofer: not installed (apt-get install ruby-html-proofer); no comparison");
                return 0;
            }

            var theirs = Enumerable.Range(0, prooferRuns).Select(_ => BuildBenchmark.Timed(proofer, "--disable-external", output)).ToList();
            Print("htmlproofer 3.19", theirs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"site check is {Median(theirs) / Median(ours):0.0}x faster"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static void Print(string name, List<(int Exit, double Seconds, double PeakMb)> results) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24}  {results.Count,4}  {Median(results),8:0.00}  {results.Max(r => r.PeakMb),7:0}  (exit {results[0].Exit})"));

    private static double Median(List<(int Exit, double Seconds, double PeakMb)> results)
    {
        var sorted = results.Select(r => r.Seconds).Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
