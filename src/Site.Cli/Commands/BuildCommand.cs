using System.CommandLine;
using System.Globalization;
using Site.Build;
using Site.Content.Model;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site build</c>: progress and diagnostics on stderr, the stories' compliance table, what was left out (drafts and
/// scheduled content, by kind), then one summary line.
/// </summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var output = new Option<string>("--output") { Description = "where the site is written; replaced only when the build succeeds", HelpName = "DIR", DefaultValueFactory = _ => "output" };
        var today = SiteOptions.Today();
        var context = SiteOptions.Context(DeployContext.Dev);
        var imageCache = SiteOptions.ImageCache();
        var buildCache = SiteOptions.BuildCache();
        var drafts = new Option<bool>("--drafts") { Description = "also build content marked 'draft: true'" };
        var baseUrl = new Option<string?>("--base-url") { Description = "override base_url from site.yml", HelpName = "URL" };
        var report = new Option<string?>("--report") { Description = "write every diagnostic, file written and file left out to a JSON file", HelpName = "FILE.json" };
        var search = new Option<string>("--search")
        {
            Description = $"the search index: 'auto' makes it when Pagefind is installed ({SearchIndexer.ToolFolder}, or ${SearchIndexer.BinaryVariable}) and warns when not, 'required' fails without it, 'off' makes none",
            HelpName = "auto|required|off",
            DefaultValueFactory = _ => "auto",
        };
        search.AcceptOnlyFromAmong("auto", "required", "off");
        var timings = new Option<bool>("--timings") { Description = "print where the build's time went: each stage's wall and CPU time, and each pipeline step's" };
        var command = new Command("build", "build the site from input/ and theme/ into output/") { input, theme, output, today, context, drafts, baseUrl, report, imageCache, buildCache, search, timings };
        command.SetAction((result, token) => RunAsync(
            new BuildOptions
            {
                Input = result.GetValue(input)!,
                Theme = result.GetValue(theme)!,
                Output = result.GetValue(output)!,
                Today = result.GetValue(today),
                Context = SiteOptions.ContextOf(result, context),
                IncludeDrafts = result.GetValue(drafts),
                BaseUrl = result.GetValue(baseUrl),
                Report = result.GetValue(report),
                ImageCache = SiteOptions.ImageCacheOf(result, imageCache),
                BuildCache = SiteOptions.BuildCacheOf(result, buildCache),
                Pagefind = result.GetValue(search) switch
                {
                    "off" => null,
                    "required" => PagefindBinary() ?? SearchIndexer.DefaultBinary(Directory.GetCurrentDirectory()),
                    _ => PagefindBinary(),
                },
                SearchRequired = result.GetValue(search) == "required",
                Timings = result.GetValue(timings) ? new Engine.Pipelines.RunTimings() : null,
            },
            stderr,
            clock,
            token));
        return command;
    }

    /// <summary>
    /// The Pagefind binary: $SITE_PAGEFIND when set, else the one <c>npm ci</c> in tools/pagefind installs under the
    /// working folder, when that folder is the project's (it has tools/pagefind/package.json; then a missing binary is
    /// warned of). A site built from another folder, with no tools/pagefind, is built without an index, silently.
    /// </summary>
    private static string? PagefindBinary()
    {
        if (Environment.GetEnvironmentVariable(SearchIndexer.BinaryVariable) is { Length: > 0 } path)
        {
            return path;
        }

        var root = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(root, SearchIndexer.ToolFolder, "package.json")) ? SearchIndexer.DefaultBinary(root) : null;
    }

    private static async Task<int> RunAsync(BuildOptions options, TextWriter stderr, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await new SiteBuild(options, clock).RunAsync(new SynchronousProgress(stderr), cancellationToken).ConfigureAwait(false);
        if (result.CacheNote is { } note)
        {
            stderr.WriteLine(note.ToString());
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        StoryTable.Write(stderr, result);
        if (LeftOut(result.Excluded) is { } leftOut)
        {
            stderr.WriteLine(leftOut);
        }

        if (result.Photos is { } photos && photos.Encoded + photos.FromCache > 0)
        {
            stderr.WriteLine($"site build: photos: {photos.Encoded} resized, {photos.FromCache} from the cache{(options.ImageCache is null ? " (no cache)" : string.Empty)}");
        }

        if (result.SearchIndex is { } index)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"site build: search index: {index.Pages} pages indexed by Pagefind in {index.Elapsed.TotalSeconds:0.00} s"));
        }

        if (result.PageScans > 0)
        {
            stderr.WriteLine($"site build: page checks: {result.PageScans} unchanged pages taken from the build cache, {result.PagesWritten - result.PageScans} parsed and checked");
        }

        if (result.ShareImages is { } shares && shares.Drawn + shares.FromCache > 0)
        {
            stderr.WriteLine($"site build: share images: {shares.Drawn} drawn, {shares.FromCache} from the cache{(options.ImageCache is null ? " (no cache)" : string.Empty)}");
        }

        if (options.Report is { } report)
        {
            BuildReport.Write(report, result, options.Context);
        }

        if (options.Timings is { } timings)
        {
            var process = System.Diagnostics.Process.GetCurrentProcess();
            stderr.Write(timings.Format(TimeSpan.FromMilliseconds(20)));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process: {process.TotalProcessorTime.TotalSeconds:0.00} s CPU since start, peak memory {process.PeakWorkingSet64 / (1024 * 1024)} MB, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused by the GC"));
        }

        if (result.ReplayedFrom is { } cache)
        {
            stderr.WriteLine($"site build: nothing changed since the cached build ({cache}/): its result is shown above, and {options.Output}/ was left as it was");
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = result.Succeeded ? $"wrote {options.Output}/" : $"{options.Output}/ left unchanged";
        stderr.WriteLine($"site build: {(result.Succeeded ? "succeeded" : "FAILED")}: {Count(result.PagesWritten, "page")} written, {Count(result.WarningCount, "warning")}, {Count(result.ErrorCount, "error")}, {seconds} s ({outcome}; today is {result.Today:yyyy-MM-dd})");
        return result.Succeeded ? CommandLine.Success : CommandLine.Failed;
    }

    /// <summary>
    /// The summary of what was left out, by kind, or null when nothing was:
    /// <c>site build: left out: 1 draft article (input/articles/x.md); scheduled: 1 event on 2026-12-05 (input/events/y.md)</c>.
    /// A group names at most <see cref="MaxFilesNamed"/> files (the rest are in <c>--report</c>).
    /// </summary>
    public static string? LeftOut(IReadOnlyList<ExcludedContent> excluded)
    {
        if (excluded.Count == 0)
        {
            return null;
        }

        var drafts = excluded
            .Where(e => e.Status == ExcludedContent.DraftStatus)
            .GroupBy(e => e.Kind)
            .OrderBy(g => g.Key)
            .Select(g => $"{Counted(g.Count(), "draft " + Noun(g.Key, g.Count()))} ({Files(g)})")
            .ToList();
        var scheduled = excluded
            .Where(e => e.Status == ExcludedContent.ScheduledStatus)
            .GroupBy(e => (e.PublishOn, e.Kind))
            .OrderBy(g => g.Key.PublishOn)
            .ThenBy(g => g.Key.Kind)
            .Select(g => $"{Counted(g.Count(), Noun(g.Key.Kind, g.Count()))} on {g.Key.PublishOn:yyyy-MM-dd} ({Files(g)})")
            .ToList();
        var parts = new List<string>();
        if (drafts.Count > 0)
        {
            parts.Add(string.Join(", ", drafts));
        }

        if (scheduled.Count > 0)
        {
            parts.Add("scheduled: " + string.Join(", ", scheduled));
        }

        return "site build: left out: " + string.Join("; ", parts);
    }

    private const int MaxFilesNamed = 5;

    private static string Noun(ContentKind kind, int count)
    {
        var info = ContentKinds.Of(kind);
        return count == 1 ? info.NewWord ?? "page" : info.Folder;
    }

    private static string Files(IEnumerable<ExcludedContent> group)
    {
        var files = group.Select(e => e.Source).ToList();
        return files.Count <= MaxFilesNamed
            ? string.Join(", ", files)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", files.Take(MaxFilesNamed))} and {files.Count - MaxFilesNamed} more: see --report FILE.json");
    }

    /// <summary>A count and a noun already in the right number (<c>2 draft articles</c>).</summary>
    private static string Counted(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}");

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private sealed class SynchronousProgress(TextWriter stderr) : IProgress<string>
    {
        public void Report(string value) => stderr.WriteLine($"site build: {value}");
    }
}
