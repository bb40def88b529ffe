using System.Globalization;

namespace Site.Bench;

/// <summary>
/// <c>race [--count 4000] [--pairs 5]</c>: the same generated corpus built by <c>site build</c> (published, Release,
/// ReadyToRun, every check on) and by Hugo (the <c>hugo</c> on the PATH) with the same page set: story pages, the home
/// page, the paginated story listing, tag and service-line pages, the Atom/RSS feed, the sitemap and the 404 page.
/// Each pair runs A then B (the order swapped every other pair), each a fresh process that first removes the output
/// of its previous run (so the removal is inside the timed run, as in CI), on disk and then on tmpfs (/dev/shm).
/// Prints every pair and the median of the ratios site / Hugo, and each one's peak resident memory.
/// Without Hugo it says so and exits 0. The site's image cache (resized photos and share images, kept by content hash,
/// as Hugo keeps processed images in resources/_gen) is filled by the untimed first run and kept, so a timed run draws
/// no share image; <c>--cold-images</c> turns the cache off, so that every run draws one 1200×630 card per story.
/// The build cache (<c>--build-cache</c>) is off: a cold build is one with nothing to reuse (see <c>rebuild</c>).
/// </summary>
public static class RaceBenchmark
{
    public static int Run(string[] args)
    {
        var count = 4000;
        var pairs = 5;
        string? site = null;
        var coldImages = false;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] == "--cold-images")
            {
                coldImages = true;
                i--;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"option {args[i]} needs a value");
                return 2;
            }

            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--pairs": pairs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--site": site = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var hugo = FindOnPath("hugo");
        if (hugo is null)
        {
            Console.WriteLine("race: skipped: 'hugo' is not installed (Debian: apt-get install hugo); nothing to compare with");
            return 0;
        }

        var repo = BuildBenchmark.FindRepository();
        site ??= BuildBenchmark.Publish(repo);
        var work = Path.Combine(Path.GetTempPath(), "site-bench");
        var corpus = Path.Combine(work, $"corpus-{count}");
        if (!Directory.Exists(corpus))
        {
            CorpusWriter.Write(corpus, count, seed: 42);
        }

        var hugoSite = Path.Combine(work, $"hugo-{count}");
        HugoSite.Write(Path.Combine(corpus, "input"), hugoSite);
        var version = BuildBenchmark.Exec(hugo, ["version"]).Trim();
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd}; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {count} stories; {pairs} pairs per place; {version}; image cache {(coldImages ? "off (every share image drawn in every run)" : "kept between runs (filled by the untimed first run)")}");

        var places = new List<(string Name, string Root)> { ("disk", corpus) };
        if (Directory.Exists("/dev/shm"))
        {
            places.Add(("tmpfs", Path.Combine("/dev/shm", $"site-race-{count}")));
        }

        foreach (var (name, root) in places)
        {
            Directory.CreateDirectory(root);
            var ours = Path.Combine(root, "race-site");
            var theirs = Path.Combine(root, "race-hugo");
            var images = coldImages ? string.Empty : Path.Combine(root, "race-image-cache");
            string[] Site() => ["sh", "-c", "rm -rf \"$0\" && exec \"$@\"", ours, site, "build", "--input", Path.Combine(corpus, "input"), "--theme", Path.Combine(repo, "theme"), "--output", ours, "--today", "2026-11-25", "--search", "off", "--image-cache", images, "--build-cache", ""];
            string[] Hugo() => ["sh", "-c", "rm -rf \"$0\" && exec \"$@\"", theirs, hugo, "--source", hugoSite, "--destination", theirs, "--quiet"];

            // One untimed run of each first: caches warm, outputs exist for the first timed removal.
            BuildBenchmark.Succeeded(BuildBenchmark.Timed(Site()), "site build");
            BuildBenchmark.Succeeded(BuildBenchmark.Timed(Hugo()), "hugo");
            Console.WriteLine($"{name}: pair  site_s  hugo_s  site/hugo  site_MB  hugo_MB");
            var ratios = new List<double>();
            double ourPeak = 0, theirPeak = 0;
            for (var pair = 0; pair < pairs; pair++)
            {
                (int Exit, double Seconds, double PeakMb) a, b;
                if (pair % 2 == 0)
                {
                    a = BuildBenchmark.Succeeded(BuildBenchmark.Timed(Site()), "site build");
                    b = BuildBenchmark.Succeeded(BuildBenchmark.Timed(Hugo()), "hugo");
                }
                else
                {
                    b = BuildBenchmark.Succeeded(BuildBenchmark.Timed(Hugo()), "hugo");
                    a = BuildBenchmark.Succeeded(BuildBenchmark.Timed(Site()), "site build");
                }

                ratios.Add(a.Seconds / b.Seconds);
                ourPeak = Math.Max(ourPeak, a.PeakMb);
                theirPeak = Math.Max(theirPeak, b.PeakMb);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {pair + 1,4}  {a.Seconds,6:0.00}  {b.Seconds,6:0.00}  {a.Seconds / b.Seconds,9:0.00}  {a.PeakMb,7:0}  {b.PeakMb,7:0}"));
            }

            var median = BuildBenchmark.Median(ratios);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median site/hugo {median:0.00}; peak memory site {ourPeak:0} MB, hugo {theirPeak:0} MB; pages: site {Pages(ours)}, hugo {Pages(theirs)}"));
            if (name == "tmpfs")
            {
                Directory.Delete(root, recursive: true);
            }
            else
            {
                Directory.Delete(ours, recursive: true);
                Directory.Delete(theirs, recursive: true);
                if (images.Length > 0)
                {
                    Directory.Delete(images, recursive: true);
                }
            }
        }

        return 0;
    }

    private static int Pages(string output) => Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
