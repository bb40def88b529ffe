using Site.Content.Compliance;
using Site.Content.Markdown;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Validation.Links;

namespace Site.Build;

/// <summary>
/// Runs the link checker on the new build, in memory, before anything is written: the pages and the set of
/// files are the new build's own, so a page renamed in this build and still linked is caught. A failure on a
/// page made from Markdown is reported at the line of the Markdown file where the link was written, with the
/// HTML position as "via". The same broken target on many pages (a menu link, say) is reported a few times and
/// then summed up, so one mistake does not bury the others.
/// </summary>
public static class LinkValidation
{
    private const int RepeatsShown = 5;

    /// <summary>Checks the pages; returns the (page, URL) pairs reported as links to a withdrawn story.</summary>
    public static async Task<HashSet<(string Page, string Url)>> CheckAsync(IReadOnlyList<Document> published, IReadOnlyList<Withdrawal> withdrawals, string siteUrl, int parallelism, DiagnosticBag diagnostics, CancellationToken cancellationToken, LinkCheckCache? cache = null)
    {
        var gone = GoneTargets(withdrawals);
        var reportedGone = new HashSet<(string Page, string Url)>();
        var pages = published
            .Where(d => d.OutputPath!.EndsWith(".html", StringComparison.Ordinal) && d.Content is TextContent)
            .ToList();
        var sources = pages.Select(d => new PageSource(d.OutputPath!, ((TextContent)d.Content!).Text)).ToList();
        var files = published.Select(d => d.OutputPath!).ToHashSet(StringComparer.Ordinal);
        var byPath = pages.ToDictionary(d => d.OutputPath!, StringComparer.Ordinal);

        var report = await new LinkChecker(new LinkCheckOptions { SiteUrl = siteUrl, MaxDegreeOfParallelism = parallelism, FirstPartyOnly = true, Cache = cache })
            .CheckAsync(sources, files, cancellationToken).ConfigureAwait(false);

        var repeats = new Dictionary<(string Code, string Target), int>();
        foreach (var failure in report.Failures)
        {
            var diagnostic = failure.Diagnostic;
            var page = byPath[diagnostic.Location.Path];
            if (failure.Target.Length > 0 && Resolve(page.OutputPath!, failure.Target, siteUrl) is { } path && gone.TryGetValue(path, out var withdrawal))
            {
                reportedGone.Add((page.OutputPath!, withdrawal.Url));
                // Links to withdrawn stories were taken out of the pages (RemoveWithdrawnReferences); one that is
                // still here slipped past that step, which is a bug of the generator, not of the content.
                diagnostic = diagnostic with
                {
                    Code = DiagnosticCodes.MentionOfWithdrawn,
                    Message = $"{failure.Target} still leads to the withdrawn story {withdrawal.Url} ({withdrawal.Reason}) after the build took such links out; this is a bug in the generator: please report it, and remove the link meanwhile",
                };
            }

            if (page.TryGet<RenderedMarkdown>(out var markdown) && Find(markdown, failure.Target) is { } written && page.SourcePath is not null)
            {
                diagnostics.Report(diagnostic with { Location = new SourceLocation(page.SourcePath!, written.Line, written.Column), Via = diagnostic.Location });
                continue;
            }

            var key = (diagnostic.Code, failure.Target);
            var seen = repeats[key] = repeats.GetValueOrDefault(key) + 1;
            if (failure.Target.Length == 0 || seen <= RepeatsShown)
            {
                diagnostics.Report(diagnostic);
            }
        }

        foreach (var ((code, target), count) in repeats.Where(r => r.Value > RepeatsShown && r.Key.Target.Length > 0))
        {
            var first = report.Failures.First(f => f.Diagnostic.Code == code && f.Target == target).Diagnostic;
            diagnostics.Report(first with
            {
                Message = $"{first.Message}: the same target fails on {count - RepeatsShown} more pages; it comes from the theme or site.yml, so one fix mends them all",
            });
        }

        return reportedGone;
    }

    /// <summary>Every root-relative path (without a trailing slash) that belongs to a withdrawn story.</summary>
    public static Dictionary<string, Withdrawal> GoneTargets(IReadOnlyList<Withdrawal> withdrawals)
    {
        var gone = new Dictionary<string, Withdrawal>(StringComparer.Ordinal);
        foreach (var withdrawal in withdrawals)
        {
            foreach (var path in withdrawal.OldUrls.Prepend(withdrawal.Url).Concat(withdrawal.Media))
            {
                gone.TryAdd(path.TrimEnd('/'), withdrawal);
            }
        }

        return gone;
    }

    private static string? Resolve(string page, string target, string siteUrl) =>
        TargetResolver.Resolve(page, null, target, siteUrl) is Resolved.Internal found
            ? "/" + found.Path.TrimEnd('/')
            : null;

    private static SourceLink? Find(RenderedMarkdown markdown, string target)
    {
        if (target.Length == 0)
        {
            return null;
        }

        return markdown.Links.FirstOrDefault(l => l.Url == target)
            ?? markdown.Links.FirstOrDefault(l => TargetResolver.Decode(l.Url) == TargetResolver.Decode(target));
    }
}
