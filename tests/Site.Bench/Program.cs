using Site.Bench;

return args.FirstOrDefault() switch
{
    "corpus" => CorpusCommand.Run(args[1..]),
    "build" => BuildBenchmark.Run(args[1..]),
    "check" => CheckBenchmark.Run(args[1..]),
    "alert" => AlertBenchmark.Run(args[1..]),
    "preview" => await PreviewBenchmark.RunAsync(args[1..]),
    "measure" => Measure.Run(args[1..]),
    "phi" => PhiBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "race" => RaceBenchmark.Run(args[1..]),
    "rebuild" => RebuildBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          dotnet run -c Release --project tests/Site.Bench -- corpus --count N --out DIR [--seed 42]
              write a site of N realistic stories (input/ with site.yml, stories, media) that passes the schema
          dotnet run -c Release --project tests/Site.Bench -- build [--counts 1000,4000] [--runs 3] [--site PATH]
              generate corpora, run 'site build' as a fresh process on each, print wall time and peak memory
          dotnet run -c Release --project tests/Site.Bench -- check [--count 4000] [--runs 3] [--proofer-runs 1]
              check the built corpus with 'site check' and with html-proofer in the same run, print both times
          dotnet run -c Release --project tests/Site.Bench -- alert [--count 4000] [--runs 5] [--tmpfs]
              add a new severe alert to the built corpus and time the rebuild until every page shows it
          dotnet run -c Release --project tests/Site.Bench -- preview [--count 4000] [--edits 20]
              run 'site preview' on the corpus and time from saving a story to the preview serving the new text
          dotnet run -c Release --project tests/Site.Bench -- phi [--count 4000] [--runs 5]
              scan every story of the corpus with the PHI guard on one thread and print the CPU time it takes
          dotnet run -c Release --project tests/Site.Bench -- search [--count 4000] [--runs 3]
              run Pagefind (tools/pagefind) over the built corpus and print its time, memory and index size
          dotnet run -c Release --project tests/Site.Bench -- race [--count 4000] [--pairs 5] [--cold-images]
              build the same corpus with 'site build' and with Hugo, alternated, cold, on disk and on tmpfs; print
              every pair, the median ratio site/hugo and the peak memory of each (--cold-images: no image cache,
              so every run draws every share image)
          dotnet run -c Release --project tests/Site.Bench -- rebuild [--count 4000] [--runs 3]
              cold builds, rebuilds with nothing changed and rebuilds after one edited story, with the build cache;
              print each median, the cold/rebuild ratio and how many output files each rebuild wrote anew
        """);
    return 2;
}
