using System.Globalization;

namespace Site.Bench;

/// <summary>
/// <c>search [--count 4000] [--runs 3]</c>: builds the generated corpus once without a search index, then runs the
/// Pagefind binary that <c>site build</c> uses (tools/pagefind) over that output as a fresh process several times, as
/// the build's write step does on its staging folder, and prints the median and best wall time, the peak memory,
/// the pages indexed and the size of the index; then one whole <c>site build</c> with the index, for the total.
/// </summary>
public static class SearchBenchmark
{
    public static int Run(string[] args)
    {
        var count = 4000;
        var runs = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var repo = BuildBenchmark.FindRepository();
        // Where `npm ci` in tools/pagefind puts the Linux binary (the build finds it there too: SearchIndexer.DefaultBinary).
        var pagefind = Path.Combine(repo, "tools", "pagefind", "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
        if (!File.Exists(pagefind))
        {
            Console.Error.WriteLine($"Pagefind is not installed at {pagefind}; run `npm ci` in tools/pagefind");
            return 1;
        }

        var site = BuildBenchmark.Publish(repo);
        var work = Path.Combine(Path.GetTempPath(), "site-bench");
        var corpus = Path.Combine(work, $"corpus-{count}");
        if (!Directory.Exists(corpus))
        {
            CorpusWriter.Write(corpus, count, seed: 42);
        }

        var output = Path.Combine(corpus, $"output-search-{Guid.NewGuid():N}");
        string[] Build(string search) => [site, "build", "--input", Path.Combine(corpus, "input"), "--theme", Path.Combine(repo, "theme"), "--output", output, "--today", "2026-11-25", "--search", search, "--build-cache", ""];
        var (exit, plain, _) = BuildBenchmark.Timed(Build("off"));
        if (exit != 0)
        {
            Console.Error.WriteLine($"the build of {count} stories failed");
            return 1;
        }

        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; {count} stories, {pages} HTML pages; Pagefind {Version(pagefind)}; runs: {runs}");
        var times = new List<double>();
        var peaks = new List<double>();
        var index = Path.Combine(output, "pagefind");
        for (var run = 0; run < runs; run++)
        {
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }

            var (code, seconds, peak) = BuildBenchmark.Timed(pagefind, "--site", output, "--output-subdir", "pagefind", "--exclude-selectors", "#comments");
            if (code != 0)
            {
                Console.Error.WriteLine("Pagefind failed");
                return 1;
            }

            times.Add(seconds);
            peaks.Add(peak);
        }

        times.Sort();
        var files = Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
        var indexed = Directory.EnumerateFiles(Path.Combine(index, "fragment")).Count();
        Console.WriteLine("pagefind_median_s  best_s  peak_MB  fragments  index_files  index_MB");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[times.Count / 2],17:0.00}  {times[0],6:0.00}  {peaks.Max(),7:0}  {indexed,9}  {files.Count,11}  {files.Sum() / 1048576.0,8:0.0}"));

        Directory.Delete(output, recursive: true);
        var (withIndex, total, _) = BuildBenchmark.Timed(Build("required"));
        Directory.Delete(output, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"site build --search off: {plain:0.00} s; site build with the index: {total:0.00} s{(withIndex == 0 ? string.Empty : " (FAILED)")}"));
        return withIndex;
    }

    private static string Version(string pagefind) => BuildBenchmark.Exec(pagefind, ["--version"]).Trim().Replace("pagefind ", string.Empty, StringComparison.Ordinal);
}
