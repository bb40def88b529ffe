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
    };

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

        if (failure.Target.Length > 0 && page.SourcePath is { } source && page.TryGet<RenderedMarkdown>(out var markdown) && Find(markdown, failure.Target) is { } written)
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

    private static SourceLink? Find(RenderedMarkdown markdown, string target) =>
        markdown.Links.FirstOrDefault(l => l.Url == target)
        ?? markdown.Links.FirstOrDefault(l => TargetResolver.Decode(l.Url) == TargetResolver.Decode(target));
}
