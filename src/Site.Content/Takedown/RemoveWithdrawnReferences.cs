using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Takedown;

/// <summary>
/// Takes every reference to a withdrawn story out of the rendered pages, so that a withdrawal never has to wait for
/// someone to edit the pages that link to it (and never fails a build): see <see cref="ReferenceRewriter"/>. Each
/// removal is a warning (SG5002) at the Markdown line that wrote it, naming the story, why and since when, with the
/// text the page now shows, and the page carries a <see cref="RemovedReferences"/> facet for the build report. A
/// reference from the theme or site.yml (on many pages) is reported once, with the number of pages, by
/// <see cref="ReportFromTheme"/> over the whole site.
/// </summary>
public sealed class RemoveWithdrawnReferences(BuildContext build, string withdrawalsPipeline) : IDocumentModule
{
    /// <summary>A page is looked at again only when the withdrawals (or the words that stand in for a link) change.</summary>
    public Signature DependsOn(Document input, PipelineContext context) => Targets(context).Signature;

    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var (targets, _) = Targets(context);
        return [targets is null ? input : Rewrite(input, targets, build.Settings.EffectiveCompliance.EffectiveWithdrawnLinkText, context.Diagnostics)];
    }

    private (WithdrawnTargets? Targets, Signature Signature) Targets(PipelineContext context) =>
        context.Once(this, () =>
        {
            var withdrawals = Withdrawals.In(context, withdrawalsPipeline);
            var neutral = build.Settings.EffectiveCompliance.EffectiveWithdrawnLinkText;
            return withdrawals.Count == 0
                ? ((WithdrawnTargets?)null, default(Signature))
                : (new WithdrawnTargets(withdrawals, build.BaseUrl), Signature.Of(neutral, withdrawals.Select(w => new object[] { w, w.Paths, w.Slug, w.PatientName, w.Since })));
        });

    /// <summary>Reports the references that came from the theme or site.yml (on many pages) once each, with the number of pages.</summary>
    public static void ReportFromTheme(IEnumerable<Document> pages, IReadOnlyList<Withdrawal> withdrawals, DiagnosticBag diagnostics)
    {
        var byUrl = withdrawals.ToDictionary(w => w.Url, StringComparer.Ordinal);
        var fromTheme = pages.SelectMany(d => d.TryGet<RemovedReferences>(out var removed) ? removed.Items : []).Where(r => r.FromTheme && byUrl.ContainsKey(r.StoryUrl));
        foreach (var group in fromTheme.GroupBy(r => (r.StoryUrl, r.Href, r.What)).OrderBy(g => g.Key.Href, StringComparer.Ordinal))
        {
            var first = group.OrderBy(r => r.Page, StringComparer.Ordinal).First();
            var count = group.Select(r => r.Page).Distinct(StringComparer.Ordinal).Count();
            diagnostics.Report(Diagnostic.Warning(
                DiagnosticCodes.LinkToWithdrawn,
                new SourceLocation(first.Page, first.Line, first.Column),
                $"{Describe(first, byUrl[first.StoryUrl])} on {(count == 1 ? "this page" : $"{count} pages")}; it comes from the theme or site.yml, so remove it there"));
        }
    }

    private static Document Rewrite(Document page, WithdrawnTargets targets, string neutral, DiagnosticBag diagnostics)
    {
        if (page.Content is not TextContent { Text: var html } || page.OutputPath is not { } output || !output.EndsWith(".html", StringComparison.Ordinal) || !targets.MayMention(html))
        {
            return page;
        }

        var url = SitePath.PageUrl(output);
        var (rewritten, found) = ReferenceRewriter.Rewrite(html, url, targets, neutral);
        if (found.Count == 0)
        {
            return page;
        }

        var removed = new List<RemovedReference>();
        var written = WrittenLinks(page, targets);
        foreach (var item in found)
        {
            var (line, column) = Position(html, item.Index);
            var reference = new RemovedReference(item.Withdrawal.Url, output, line, column, output, item.What, item.Shown) { Href = item.Href, Neutral = item.Neutral };
            if (Source(page, item, written) is not { } at)
            {
                removed.Add(reference with { FromTheme = true });
                continue;
            }

            var fix = item.What is "image" or "media" ? "check that the text around it still reads well" : "reword the sentence when you can";
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.LinkToWithdrawn, at, $"{Describe(reference, item.Withdrawal)}; {fix}", new SourceLocation(output, line, column)));
            removed.Add(reference with { File = at.Path, Line = at.Line, Column = at.Column });
        }

        return page.With(new RemovedReferences(removed)) with { Content = DocumentContent.FromText(rewritten) };
    }

    /// <summary>The page's Markdown links and images that lead to a withdrawn story, in the order they were written, per target.</summary>
    private static Dictionary<(string Story, string What), Queue<SourceLink>> WrittenLinks(Document page, WithdrawnTargets targets)
    {
        var written = new Dictionary<(string, string), Queue<SourceLink>>();
        if (!page.TryGet<RenderedMarkdown>(out var markdown) || !page.TryGet<ParsedContent>(out var parsed))
        {
            return written;
        }

        foreach (var link in markdown.Links)
        {
            if (targets.Find(parsed.Url, link.Url) is { } withdrawal)
            {
                var key = (withdrawal.Url, link.IsImage ? "image" : "link");
                if (!written.TryGetValue(key, out var queue))
                {
                    written[key] = queue = new Queue<SourceLink>();
                }

                queue.Enqueue(link);
            }
        }

        return written;
    }

    /// <summary>Where an editor wrote the reference: the next unclaimed Markdown link to the same story, or the address found in the file's text.</summary>
    private static SourceLocation? Source(Document page, ReferenceRewriter.Found item, Dictionary<(string Story, string What), Queue<SourceLink>> written)
    {
        if (page.SourcePath is not { } source)
        {
            return null;
        }

        var what = item.What is "image" or "media" ? "image" : "link";
        if (written.TryGetValue((item.Withdrawal.Url, what), out var queue) && queue.TryDequeue(out var link))
        {
            return new SourceLocation(source, link.Line, link.Column);
        }

        if (item.What == "mention" && page.TryGet<ParsedContent>(out var parsed))
        {
            var text = parsed.Text;
            var index = text.IndexOf(item.Href, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                var (line, column) = Position(text, index);
                return new SourceLocation(source, line, column);
            }
        }

        return null;
    }

    private static string Describe(RemovedReference reference, Withdrawal withdrawal)
    {
        var since = $"withdrawn since {Dates.Iso(withdrawal.Since)}: {withdrawal.Reason}";
        return reference switch
        {
            { What: "image" or "media" } => $"the {(reference.What == "image" ? "image" : "media file")} {reference.Href} of the withdrawn story {withdrawal.Url} was dropped ({since})",
            { What: "resource" } => $"the reference to {reference.Href}, of the withdrawn story {withdrawal.Url}, was dropped ({since})",
            { What: "mention" } => $"the address {reference.Href} of the withdrawn story {withdrawal.Url} was replaced in the text by '{reference.Shown}' ({since})",
            { Neutral: true } => $"the link to the withdrawn story {withdrawal.Url} was taken out ({since}); its text named the story or the patient, so the page reads '{reference.Shown}' instead",
            { Shown: { } text } => $"the link to the withdrawn story {withdrawal.Url} was taken out ({since}); its text '{text}' stays, as plain text",
            _ => $"the link to the withdrawn story {withdrawal.Url} was taken out ({since}); it had no text",
        };
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
        return (line, column);
    }
}
