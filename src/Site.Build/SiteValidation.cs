using Site.Content.Compliance;
using Site.Content.Images;
using Site.Content.Markdown;
using Site.Content.Sources;
using Site.Content.Takedown;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Links;
using Site.Engine.Pipelines;
using Site.Validation.Accessibility;
using Site.Validation.Links;
using Site.Validation.Privacy;
using Site.Validation.Stage;

namespace Site.Build;

/// <summary>
/// How a build checks itself with the validate stage: the site's address, the page checks (the first-party rule,
/// the page structure and the URL schemes), the traces of withdrawn stories that no file may hold (but <c>_redirects</c>, which must name
/// them), and where a failure was written: a failure on a page made from Markdown is reported at the line of the
/// Markdown file that wrote the link, with the page position as "via"; a link that still leads to a withdrawn story
/// is a bug (the build takes such links out), said so.
/// </summary>
public static class SiteValidation
{
    public static ValidationOptions Options(string siteUrl, string withdrawalsPipeline, UrlSchemes schemes, IReadOnlyList<string>? contentFolders = null, string? mediaFolder = null) => new()
    {
        FailedSources = context => contentFolders is null ? null : FailedContent(context.Diagnostics.ToList(), contentFolders),
        SiteUrl = siteUrl,
        PageChecks = [new FirstPartyRule(), new PageStructureCheck(), new UrlSchemeRule(schemes)],
        Traces = context => Traces(Withdrawals.In(context, withdrawalsPipeline), siteUrl),
        Relocate = (context, page, failure) => OnFailedPage(page, NameNearestMedia(context, Relocate(context, page, failure, siteUrl, withdrawalsPipeline), failure, mediaFolder)),
        DescribeRedirect = DescribeRedirect,
    };

    /// <summary>A rule of the generated <c>_redirects</c> comes from a <c>redirect_from</c>: the message names its file.</summary>
    private static string DescribeRedirect(PipelineContext context, RedirectRule rule)
    {
        var sources = context.Once("validate:redirect-sources", () =>
        {
            var byUrl = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var document in context.OutputsOf(SitePipelines.Content))
            {
                if (document.SourcePath is { } source && document.TryGet<ParsedContent>(out var parsed) && parsed.FrontMatter.RedirectFrom.Count > 0)
                {
                    byUrl.TryAdd(parsed.Url.TrimEnd('/'), source);
                }
            }

            return byUrl;
        });
        return sources.TryGetValue(rule.To.TrimEnd('/'), out var file) ? $"by the 'redirect_from' of {file}" : LinkHints.Describe(rule);
    }

    /// <summary>
    /// The slugs of the content files with errors, when every error so far is in a content file (each then simply has
    /// no page, and the rest of the site can be checked); null when any is elsewhere (a template, media, alerts).
    /// </summary>
    private static HashSet<string>? FailedContent(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> contentFolders)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Any(e => !e.Location.Path.EndsWith(".md", StringComparison.Ordinal) || !contentFolders.Any(f => e.Location.Path.StartsWith(f, StringComparison.Ordinal))))
        {
            return null;
        }

        return errors.Select(e => Path.GetFileNameWithoutExtension(e.Location.Path)).ToHashSet(StringComparer.Ordinal);
    }

    private static List<Trace> Traces(IReadOnlyList<Withdrawal> withdrawals, string siteUrl) =>
        withdrawals
            .SelectMany(w => w.Paths.SelectMany(p => new[] { p, siteUrl.TrimEnd('/') + p }).Append("/" + w.Slug).Where(t => t.Length > 1).Select(t => new Trace(
                t,
                DiagnosticCodes.MentionOfWithdrawn,
                $"this file still mentions {t}, which belongs to the withdrawn story {w.Url} ({w.Reason}), after the build took such references out; this is a bug in the generator: please report it, and remove the mention{{fix}} meanwhile",
                Netlify.GenerateRedirects.OutputPath)))
            .ToList();

    private static Diagnostic Relocate(PipelineContext context, Document page, LinkFailure failure, string siteUrl, string withdrawalsPipeline)
    {
        var diagnostic = failure.Diagnostic;
        var gone = context.Once(withdrawalsPipeline + ":gone", () => GoneTargets(Withdrawals.In(context, withdrawalsPipeline)));
        if (failure.Target.Length > 0 && gone.Count > 0 && TargetResolver.Resolve(page.OutputPath!, null, failure.Target, siteUrl) is Resolved.Internal found && gone.TryGetValue("/" + found.Path.TrimEnd('/'), out var withdrawal))
        {
            // Links to withdrawn stories were taken out of the pages (RemoveWithdrawnReferences); one that is
            // still here slipped past that step, which is a bug of the generator, not of the content.
            diagnostic = diagnostic with
            {
                Code = DiagnosticCodes.MentionOfWithdrawn,
                Message = $"{failure.Target} still leads to the withdrawn story {withdrawal.Url} ({withdrawal.Reason}) after the build took such links out; this is a bug in the generator: please report it, and remove the link meanwhile",
            };
        }

        if (failure.Target.Length > 0 && page.SourcePath is { } source && page.TryGet<RenderedMarkdown>(out var markdown) && Find(context, markdown, page, failure) is { } written)
        {
            return diagnostic with { Location = new SourceLocation(source, written.Line, written.Column), Via = diagnostic.Location };
        }

        return diagnostic;
    }

    /// <summary>
    /// On the page of a content file with errors (checked, never written), a failure written in its Markdown is
    /// reported at its line as on any page. What the theme adds to that page from the file's fields (its tag and
    /// service line links, its image) lead to pages made only for published files, or are what the file's own errors
    /// are about: they are not reported, but noted once for the file. A heading problem of the page is the Markdown
    /// error already reported.
    /// </summary>
    private static Diagnostic OnFailedPage(Document page, Diagnostic diagnostic)
    {
        if (page.SourcePath is not { } source || !ContentFailed.Is(page))
        {
            return diagnostic;
        }

        if (diagnostic.Code is DiagnosticCodes.HtmlSkippedHeadingLevel or DiagnosticCodes.HeadingOneCount)
        {
            // The very error the Markdown check reported at its line, which the build lists once.
            return page.TryGet<RenderedMarkdown>(out var markdown) && RenderMarkdown.HeadingDiagnostics(source, markdown.Outline) is [var first, ..] ? first : NotChecked(source);
        }

        return diagnostic.Location.Path != source ? NotChecked(source) : diagnostic;
    }

    private static Diagnostic NotChecked(string source) =>
        new(DiagnosticCodes.NotCheckedYet, Severity.Info, "this file has errors, so its page is not published; the links and images the theme adds to it (its tags, service lines and image) are checked once this file's errors are fixed", new SourceLocation(source));

    /// <summary>
    /// A missing image under <c>/media/</c> names the nearest file that is in input/media (a difference in capital
    /// letters first), unless the message already suggests one.
    /// </summary>
    private static Diagnostic NameNearestMedia(PipelineContext context, Diagnostic diagnostic, LinkFailure failure, string? mediaFolder)
    {
        var path = failure.Target.Split('#', '?')[0];
        if (mediaFolder is null || diagnostic.Code != DiagnosticCodes.ImageNotFound || diagnostic.Message.Contains("did you mean", StringComparison.Ordinal)
            || !(path.StartsWith("/media/", StringComparison.Ordinal) || path.StartsWith("media/", StringComparison.Ordinal) || path.StartsWith("../../media/", StringComparison.Ordinal)))
        {
            return diagnostic;
        }

        var files = context.Once(typeof(SiteValidation), () => Directory.Exists(mediaFolder)
            ? (IReadOnlyCollection<string>)SourceTree.Files(mediaFolder).Select(f => f.RelativePath).ToList()
            : []);
        var relative = "media/" + TargetResolver.Decode(path[(path.IndexOf("media/", StringComparison.Ordinal) + "media/".Length)..]);
        return MediaSuggestion.Nearest(relative, files) is not null
            ? diagnostic with { Message = $"{diagnostic.Message}; {MediaSuggestion.Advice(relative, files, "image")}" }
            : diagnostic;
    }

    /// <summary>Every root-relative path (without a trailing slash) that belongs to a withdrawn story.</summary>
    private static Dictionary<string, Withdrawal> GoneTargets(IReadOnlyList<Withdrawal> withdrawals)
    {
        var gone = new Dictionary<string, Withdrawal>(StringComparer.Ordinal);
        foreach (var withdrawal in withdrawals)
        {
            foreach (var path in withdrawal.Paths)
            {
                gone.TryAdd(path.TrimEnd('/'), withdrawal);
            }
        }

        return gone;
    }

    /// <summary>
    /// The Markdown link that wrote a failed reference. The page's links are matched with the file's in order: the
    /// file's links (not images, whose addresses the build rewrites) are one run of the page's links with those
    /// addresses, and the theme's may come before and after. When they cannot be matched so (a link the build took
    /// out), the n-th use of an address on the page is the n-th time the file writes it, and a use past the file's
    /// count stays on the page.
    /// </summary>
    private static SourceLink? Find(PipelineContext context, RenderedMarkdown markdown, Document page, LinkFailure failure)
    {
        var target = TargetResolver.Decode(failure.Target);
        var written = markdown.Links
            .Where(l => l.Url == failure.Target || TargetResolver.Decode(l.Url) == target)
            .OrderBy(l => l.Line).ThenBy(l => l.Column)
            .ToList();
        if (written.Count <= 1 || !page.TryGet<PageScan>(out var scan))
        {
            return written.FirstOrDefault();
        }

        var at = failure.Diagnostic.Location;
        if (context.Once((page.Id, "validate:markdown-links"), () => Align(markdown, scan)) is { } aligned)
        {
            if (aligned.TryGetValue((at.Line, at.Column), out var link))
            {
                return link;
            }

            if (failure.Kind == "link")
            {
                return null;
            }
        }

        var uses = scan.References
            .Where(r => r.Target == failure.Target || TargetResolver.Decode(r.Target) == target)
            .Select(r => r.Location)
            .Distinct()
            .OrderBy(l => l.Line).ThenBy(l => l.Column)
            .ToList();
        var n = uses.FindIndex(l => l.Line == at.Line && l.Column == at.Column);
        return n < 0 ? written[0] : n < written.Count ? written[n] : null;
    }

    /// <summary>
    /// The page position of each link the Markdown file wrote: the first run of the page's links (among those with
    /// addresses the file uses) that has the file's addresses in the file's order; null when there is none.
    /// </summary>
    private static Dictionary<(int Line, int Column), SourceLink>? Align(RenderedMarkdown markdown, PageScan scan)
    {
        var written = markdown.Links.Where(l => !l.IsImage).OrderBy(l => l.Line).ThenBy(l => l.Column).ToList();
        var keys = written.Select(l => TargetResolver.Decode(l.Url)).ToList();
        var used = keys.ToHashSet(StringComparer.Ordinal);
        var uses = scan.References
            .Where(r => r.Kind == ReferenceKind.Link)
            .Select(r => (r.Location, Key: TargetResolver.Decode(r.Target)))
            .Where(r => used.Contains(r.Key))
            .OrderBy(r => r.Location.Line).ThenBy(r => r.Location.Column)
            .ToList();
        for (var offset = 0; written.Count > 0 && offset + written.Count <= uses.Count; offset++)
        {
            var i = 0;
            while (i < written.Count && uses[offset + i].Key == keys[i])
            {
                i++;
            }

            if (i == written.Count)
            {
                var aligned = new Dictionary<(int, int), SourceLink>();
                for (var k = 0; k < written.Count; k++)
                {
                    aligned.TryAdd((uses[offset + k].Location.Line, uses[offset + k].Location.Column), written[k]);
                }

                return aligned;
            }
        }

        return null;
    }
}
