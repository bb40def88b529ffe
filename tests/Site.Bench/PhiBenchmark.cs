using System.Diagnostics;
using System.Globalization;
using Site.Content.Compliance;
using Site.Content.Model;

namespace Site.Bench;

/// <summary>
/// <c>phi [--count 4000] [--runs 5]</c>: the PHI guard's own cost on the generated corpus: every story file is read
/// into memory first, then scanned as the build scans it (the whole file, front matter included), on one thread, so
/// that the CPU time of the scan alone is measured. Prints the median, best and worst CPU time per run and the hits.
/// </summary>
public static class PhiBenchmark
{
    public static int Run(string[] args)
    {
        var count = 4000;
        var runs = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--count": count = value; break;
                case "--runs": runs = value; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var corpus = Path.Combine(Path.GetTempPath(), "site-bench", $"corpus-{count}");
        if (!Directory.Exists(corpus))
        {
            CorpusWriter.Write(corpus, count, seed: 42);
        }

        var texts = Directory.EnumerateFiles(Path.Combine(corpus, "input", "stories"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var organization = new Organization("Riverside Health", "1400 Riverbend Avenue, Riverside, IL 62704", "+1-555-010-0100", ["riversidehealth.example"], ["+1-555-010-0100"]);
        var scanner = new PhiScanner(organization);
        var megabytes = texts.Sum(t => t.Length) / 1e6;
        var hits = texts.Sum(t => scanner.Scan(t).Count); // warm up: compile, load the phone metadata
        var process = Process.GetCurrentProcess();
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            foreach (var text in texts)
            {
                scanner.Scan(text);
            }

            wall.Stop();
            process.Refresh();
            times.Add((process.TotalProcessorTime - before).TotalSeconds);
        }

        times.Sort();

        // Where the time goes: preparing the text, then each detector.
        var prepared = new List<Site.Content.Compliance.Phi.PhiText>();
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            prepared.Add(new Site.Content.Compliance.Phi.PhiText(text));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"prepare (digit windows)",-28} {clock.Elapsed.TotalSeconds:0.000} s"));
        var spans = new List<Site.Content.Compliance.Phi.PhiSpan>();
        foreach (var detector in scanner.Detectors)
        {
            clock.Restart();
            foreach (var text in prepared)
            {
                spans.Clear();
                detector.Find(text, spans);
            }

            var name = detector is Site.Content.Compliance.Phi.LabelledIdDetector labelled ? $"{detector.GetType().Name} ({labelled.Kind})" : detector.GetType().Name;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-28} {clock.Elapsed.TotalSeconds:0.000} s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PHI guard on {texts.Count} stories ({megabytes:0.0} million characters), {runs} runs: CPU median {times[times.Count / 2]:0.000} s, best {times[0]:0.000} s, worst {times[^1]:0.000} s; {hits} hits"));
        return 0;
    }
}
