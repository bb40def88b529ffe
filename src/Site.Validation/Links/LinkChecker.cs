using System.Collections.Concurrent;
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
        var scans = new PageScan[pages.Count];
        var findings = new ConcurrentBag<LinkFailure>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, pages.Count, parallel, i =>
        {
            var page = HtmlPage.Parse(pages[i].Path, pages[i].Html);
            scans[i] = PageScanner.Scan(page);
            foreach (var diagnostic in scans[i].Findings)
            {
                findings.Add(new LinkFailure(diagnostic, KindOf(diagnostic.Code), string.Empty));
            }

            if (options.FirstPartyOnly)
            {
                foreach (var location in scans[i].InlineScripts)
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
        });

        var index = new SiteIndex(files, scans.ToDictionary(s => s.Path, StringComparer.Ordinal));
        var externals = new ConcurrentBag<(Reference Reference, Uri Url)>();
        Parallel.For(0, scans.Length, parallel, i =>
        {
            foreach (var reference in scans[i].References)
            {
                if (ReferenceCheck.Check(reference, scans[i], index, options.SiteUrl, out var external) is { } failure)
                {
                    findings.Add(failure);
                }
                else if (external is not null)
                {
                    if (options.FirstPartyOnly && reference.Kind is not (ReferenceKind.Link or ReferenceKind.LinkElement))
                    {
                        findings.Add(new LinkFailure(Diagnostic.Error(DiagnosticCodes.ThirdPartyResource, reference.Location, $"{ReferenceCheck.Noun(reference.Kind)} {reference.Target} loads from another origin; serve it from the site itself, so that no other company learns who reads the page (the Content-Security-Policy would block it too)"), "third-party", reference.Target));
                        continue;
                    }

                    externals.Add((reference, external));
                }
            }
        });

        var externalCount = 0;
        if (options.External is { } externalOptions && !externals.IsEmpty)
        {
            var results = await new ExternalLinkChecker(externalOptions).CheckAsync(externals.Select(e => e.Url), cancellationToken).ConfigureAwait(false);
            externalCount = results.Count;
            foreach (var (reference, url) in externals)
            {
                var result = results[ExternalLinkChecker.WithoutFragment(url)];
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
