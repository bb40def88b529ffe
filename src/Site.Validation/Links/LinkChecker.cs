using Site.Engine.Diagnostics;
using Site.Validation.External;
using Site.Validation.Html;

namespace Site.Validation.Links;

/// <summary>
/// Checks a whole site: every page is parsed once, in parallel, and scanned for the anchors it offers and the
/// URLs it uses; the other page checks given run on the same parse; then every reference is resolved against
/// the site's own files (a folder of HTML on disk, or the pages of a build still in memory). External links
/// are checked only when <see cref="LinkCheckOptions.External"/> is set.
/// </summary>
public sealed class LinkChecker(LinkCheckOptions options, IReadOnlyList<IPageCheck>? pageChecks = null)
{
    public async Task<LinkReport> CheckAsync(IReadOnlyList<PageSource> pages, IReadOnlySet<string> files, CancellationToken cancellationToken = default)
    {
        var cache = options.Cache;
        var results = new LinkCheckCache.PageResult[pages.Count];
        var fresh = new bool[pages.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, pages.Count, parallel, i =>
        {
            if (cache is not null && cache.Pages.TryGetValue(pages[i].Html, out var known) && known.Scan.Path == pages[i].Path)
            {
                results[i] = known;
                return;
            }

            results[i] = ScanPage(pages[i]);
            fresh[i] = true;
        });

        var scans = results.Select(r => r.Scan).ToArray();
        var byPath = scans.ToDictionary(s => s.Path, StringComparer.Ordinal);
        var generation = 0;
        if (cache is not null)
        {
            for (var i = 0; i < results.Length; i++)
            {
                if (fresh[i])
                {
                    cache.Pages.AddOrUpdate(pages[i].Html, results[i]);
                }
            }

            // The index is what references are resolved against: the files, and every page's anchors.
            var indexChanged = cache.Files is null
                || !cache.Files.SetEquals(files)
                || Enumerable.Range(0, results.Length).Any(i => fresh[i] && (!cache.ScansByPath.TryGetValue(scans[i].Path, out var before) || !before.Anchors.SetEquals(scans[i].Anchors)));
            cache.Generation += indexChanged ? 1 : 0;
            (cache.Files, cache.ScansByPath, generation) = (files, byPath, cache.Generation);
            cache.PagesParsed = fresh.Count(f => f);
        }

        var index = new SiteIndex(files, byPath);
        var resolvedCount = 0;
        Parallel.For(0, results.Length, parallel, i =>
        {
            var result = results[i];
            if (cache is null || result.ResolvedGeneration != generation)
            {
                Interlocked.Increment(ref resolvedCount);
                Resolve(result, index);
                result.ResolvedGeneration = generation;
            }
        });

        if (cache is not null)
        {
            cache.PagesResolved = resolvedCount;
        }

        var findings = results.SelectMany(r => r.Findings.Concat(r.Resolved)).ToList();
        var externals = results.SelectMany(r => r.Externals).ToList();
        var externalCount = 0;
        if (options.External is { } externalOptions && externals.Count > 0)
        {
            var answers = await new ExternalLinkChecker(externalOptions).CheckAsync(externals.Select(e => e.Url), cancellationToken).ConfigureAwait(false);
            externalCount = answers.Count;
            foreach (var (reference, url) in externals)
            {
                var result = answers[ExternalLinkChecker.WithoutFragment(url)];
                if (!result.Ok)
                {
                    var (code, message) = result.Status is { } status
                        ? (DiagnosticCodes.ExternalBroken, $"external {ReferenceCheck.Noun(reference.Kind)} {reference.Target} is broken: {result.Detail}")
                        : (DiagnosticCodes.ExternalUnreachable, $"external {ReferenceCheck.Noun(reference.Kind)} {reference.Target} could not be reached: {result.Detail}");
                    findings.Add(new LinkFailure(Diagnostic.Error(code, reference.Location, message), "external", reference.Target));
                }
            }
        }

        var sorted = findings.OrderBy(f => f.Diagnostic, DiagnosticOrder.Instance).ToList();
        return new LinkReport(sorted, pages.Count, scans.Sum(s => s.References.Count), externalCount);
    }

    /// <summary>Parses one page and scans it: its anchors and references, and what can be found on the page alone.</summary>
    private LinkCheckCache.PageResult ScanPage(PageSource source)
    {
        var page = HtmlPage.Parse(source.Path, source.Html);
        var scan = PageScanner.Scan(page);
        var findings = new List<LinkFailure>();
        foreach (var diagnostic in scan.Findings)
        {
            findings.Add(new LinkFailure(diagnostic, KindOf(diagnostic.Code), string.Empty));
        }

        if (options.FirstPartyOnly)
        {
            foreach (var location in scan.InlineScripts)
            {
                findings.Add(new LinkFailure(Diagnostic.Error(DiagnosticCodes.InlineScript, location, "inline script (a <script> without src, or an on... attribute) would be blocked by the site's Content-Security-Policy; move it to a file under theme/assets/"), "inline-script", string.Empty));
            }
        }

        foreach (var check in pageChecks ?? [])
        {
            foreach (var diagnostic in check.Check(page))
            {
                findings.Add(new LinkFailure(diagnostic, KindOf(diagnostic.Code), string.Empty));
            }
        }

        return new LinkCheckCache.PageResult(scan, findings);
    }

    /// <summary>Resolves every reference of a page against the site's index.</summary>
    private void Resolve(LinkCheckCache.PageResult result, SiteIndex index)
    {
        var failures = new List<LinkFailure>();
        var externals = new List<(Reference, Uri)>();
        foreach (var reference in result.Scan.References)
        {
            if (ReferenceCheck.Check(reference, result.Scan, index, options.SiteUrl, out var external) is { } failure)
            {
                failures.Add(failure);
            }
            else if (external is not null)
            {
                if (options.FirstPartyOnly && reference.Kind is not (ReferenceKind.Link or ReferenceKind.LinkElement))
                {
                    failures.Add(new LinkFailure(Diagnostic.Error(DiagnosticCodes.ThirdPartyResource, reference.Location, $"{ReferenceCheck.Noun(reference.Kind)} {reference.Target} loads from another origin; serve it from the site itself, so that no other company learns who reads the page (the Content-Security-Policy would block it too)"), "third-party", reference.Target));
                    continue;
                }

                externals.Add((reference, external));
            }
        }

        result.Resolved = failures;
        result.Externals = externals;
    }

    /// <summary>Reads every file of a folder: the HTML pages to check and the set of all files that links may name.</summary>
    public static (IReadOnlyList<PageSource> Pages, IReadOnlySet<string> Files) ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = files
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(f => new PageSource(f, File.ReadAllText(Path.Combine(folder, f))))
            .ToList();
        return (pages, files);
    }

    private static string KindOf(string code) => code switch
    {
        DiagnosticCodes.EmptyHref => "empty",
        DiagnosticCodes.ImageWithoutAlt => "alt",
        DiagnosticCodes.ImageWithoutSrc => "image",
        _ => "page",
    };
}
