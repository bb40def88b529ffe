using System.Globalization;

namespace Site.Bench;

/// <summary>
/// <c>rebuild [--count 4000] [--runs 3]</c>: what the build cache (<c>--build-cache</c>) saves in CI, on the generated
/// corpus, each build a fresh process of the published <c>site build</c>: cold builds (no output, no build cache; the
/// image cache kept, as on Netlify), rebuilds with nothing changed, and rebuilds after one edited story (a sentence
/// added to its text), with how many output files each rebuild wrote anew (a file left alone keeps its inode). The
/// edited story is put back as it was at the end. Prints each median and the ratio of the cold build to each rebuild.
/// </summary>
public static class RebuildBenchmark
{
    public static int Run(string[] args)
    {
        var count = 4000;
        var runs = 3;
        string? site = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--site": site = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var repo = BuildBenchmark.FindRepository();
        site ??= BuildBenchmark.Publish(repo);
        var work = Path.Combine(Path.GetTempPath(), "site-bench");
        var corpus = Path.Combine(work, $"corpus-{count}");
        if (!Directory.Exists(corpus))
        {
            CorpusWriter.Write(corpus, count, seed: 42);
        }

        var root = Path.Combine(work, $"rebuild-{Guid.NewGuid():N}");
        var output = Path.Combine(root, "output");
        var buildCache = Path.Combine(root, "build-cache");
        var story = Directory.EnumerateFiles(Path.Combine(corpus, "input", "stories"), "*.md").Order(StringComparer.Ordinal).Skip(7).First();
        var original = File.ReadAllBytes(story);
        string[] Build(bool cold) =>
        [
            "sh", "-c", cold ? "rm -rf \"$0\" \"$1\" && shift && exec \"$@\"" : "shift && exec \"$@\"", output, buildCache,
            site, "build", "--input", Path.Combine(corpus, "input"), "--theme", Path.Combine(repo, "theme"), "--output", output,
            "--today", "2026-11-25", "--search", "off", "--image-cache", Path.Combine(root, "image-cache"), "--build-cache", buildCache,
        ];

        try
        {
            Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd}; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count} stories; {runs} runs of each; edited story {Path.GetFileName(story)}");
            BuildBenchmark.Succeeded(BuildBenchmark.Timed(Build(cold: true)), "the first build (fills the image cache)");
            var cold = new List<double>();
            var same = new List<double>();
            var edited = new List<double>();
            var rewritten = new List<int>();
            var files = 0;
            for (var run = 0; run < runs; run++)
            {
                cold.Add(BuildBenchmark.Succeeded(BuildBenchmark.Timed(Build(cold: true)), "cold build").Seconds);
                same.Add(BuildBenchmark.Succeeded(BuildBenchmark.Timed(Build(cold: false)), "rebuild with nothing changed").Seconds);
                var before = Inodes(output);
                files = before.Count;
                File.AppendAllText(story, string.Create(CultureInfo.InvariantCulture, $"\nShe came back for the walk in run {run + 1}.\n"));
                edited.Add(BuildBenchmark.Succeeded(BuildBenchmark.Timed(Build(cold: false)), "rebuild after one edit").Seconds);
                var after = Inodes(output);
                rewritten.Add(after.Count(f => !before.TryGetValue(f.Key, out var inode) || inode != f.Value));
                File.WriteAllBytes(story, original);
            }

            var coldMedian = BuildBenchmark.Median(cold);
            Console.WriteLine("build                         median_s  runs_s                    cold/this  files_written");
            Print("cold (no output, no cache)", cold, coldMedian, files);
            Print("nothing changed", same, coldMedian, 0);
            Print("one story edited", edited, coldMedian, (int)BuildBenchmark.Median(rewritten.Select(r => (double)r)));
            return 0;
        }
        finally
        {
            File.WriteAllBytes(story, original);
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void Print(string name, List<double> seconds, double cold, int written) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28}  {BuildBenchmark.Median(seconds),8:0.00}  {string.Join(" ", seconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture))),-24}  {cold / BuildBenchmark.Median(seconds),9:0.0}  {written,13}"));

    /// <summary>Every file of the folder with its inode (<c>find -printf</c>: .NET does not show inodes).</summary>
    private static Dictionary<string, string> Inodes(string folder)
    {
        var lines = BuildBenchmark.Exec("find", [folder, "-type", "f", "-printf", "%P\t%i\n"]);
        return lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }
}
