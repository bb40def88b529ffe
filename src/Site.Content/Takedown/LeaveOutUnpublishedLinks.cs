using Site.Content.Builds;
using Site.Content.Compliance;
using Site.Content.Formats;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Takedown;

/// <summary>
/// Takes out of the rendered pages every link to content that exists but is not published by this build: a draft, or
/// content scheduled for a later day (<see cref="CheckContent.IsScheduled"/>). The link's words stay as plain text,
/// and each one is a warning (SG2080) at the Markdown line that wrote it (or at the page, for a link from the theme or
/// site.yml), so that a date not having come yet, or a draft not being finished, never makes a good build fail with a
/// broken link. The first build on or after a scheduled day (or with the draft published) keeps the link as written.
/// </summary>
/// <param name="build">The build, for its today, its base URL and whether it shows drafts and scheduled content.</param>
/// <param name="contentPipeline">The pipeline of what is published (the output of <see cref="CheckContent"/>).</param>
/// <param name="kindPipelines">The pipelines of every content kind, published or not.</param>
public sealed class LeaveOutUnpublishedLinks(BuildContext build, string contentPipeline, IReadOnlyList<string> kindPipelines) : IDocumentModule
{
    /// <summary>A page is looked at again only when what is unpublished changes.</summary>
    public Signature DependsOn(Document input, PipelineContext context) =>
        context.Once((this, "signature"), () => Signature.Of(Targets(context).Values.OrderBy(t => t.Url, StringComparer.Ordinal).Select(t => (object)t).ToArray()));

    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var targets = Targets(context);
        if (targets.Count == 0 || input.Content is not TextContent { Text: var html } || input.OutputPath is not { } output || !output.EndsWith(".html", StringComparison.Ordinal))
        {
            return [input];
        }

        var pageUrl = SitePath.PageUrl(output);
        bool Unpublished(string href) => SitePath.Resolve(pageUrl, href, build.BaseUrl) is { } path && targets.ContainsKey(path);
        if (!targets.Keys.Any(k => html.Contains(k[(k.LastIndexOf('/') + 1)..], StringComparison.OrdinalIgnoreCase)))
        {
            return [input];
        }

        var (rewritten, links) = ReferenceRewriter.UnwrapLinks(html, Unpublished);
        if (links.Count == 0)
        {
            return [input];
        }

        // Where each link was written: the page's Markdown links to the same target, in order.
        var written = new Dictionary<string, Queue<SourceLink>>(StringComparer.Ordinal);
        if (input.TryGet<RenderedMarkdown>(out var markdown) && input.TryGet<ParsedContent>(out var parsed))
        {
            foreach (var link in markdown.Links.Where(l => !l.IsImage))
            {
                if (SitePath.Resolve(parsed.Url, link.Url, build.BaseUrl) is { } path && targets.ContainsKey(path))
                {
                    if (!written.TryGetValue(path, out var queue))
                    {
                        written[path] = queue = new Queue<SourceLink>();
                    }

                    queue.Enqueue(link);
                }
            }
        }

        foreach (var (index, href, text) in links)
        {
            var path = SitePath.Resolve(pageUrl, href, build.BaseUrl)!;
            var target = targets[path];
            var (line, column) = Position(html, index);
            var onPage = new SourceLocation(output, line, column);
            var fromMarkdown = input.SourcePath is { } source && written.TryGetValue(path, out var queue) && queue.TryDequeue(out var link)
                ? new SourceLocation(source, link.Line, link.Column)
                : (SourceLocation?)null;
            var words = text is null ? "it had no text" : $"its text '{text}' stays, as plain text";
            var fix = fromMarkdown is null ? "; the link comes from the theme or site.yml, so change it there if it should not wait" : string.Empty;
            context.Diagnostics.Report(Diagnostic.Warning(
                DiagnosticCodes.LinkToUnpublished,
                fromMarkdown ?? onPage,
                $"the link to {target.Url} was left out of this page ({words}): {target.Describe()}{fix}",
                fromMarkdown is null ? null : onPage));
        }

        return [input with { Content = DocumentContent.FromText(rewritten) }];
    }

    /// <summary>Every draft and scheduled item this build leaves out, by its normalized URL.</summary>
    private Dictionary<string, Unpublished> Targets(PipelineContext context) =>
        context.Once(this, () =>
        {
            var published = context.OutputsOf(contentPipeline).Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
            var targets = new Dictionary<string, Unpublished>(StringComparer.OrdinalIgnoreCase);
            foreach (var document in ContentFailed.Without(kindPipelines.SelectMany(p => context.OutputsOf(p))))
            {
                var parsed = document.Get<ParsedContent>();
                var frontMatter = parsed.FrontMatter;
                if (published.Contains(document.SourcePath) || (document.TryGet<ConsentDecision>(out var consent) && consent.IsWithdrawn))
                {
                    continue;
                }

                var draft = frontMatter.Draft && !build.IncludeDrafts;
                var scheduled = CheckContent.IsScheduled(frontMatter, build.Today) && !build.ShowPending;
                if (draft || scheduled)
                {
                    targets.TryAdd(SitePath.Normalize(parsed.Url), new Unpublished(parsed.Url, document.SourcePath!, ContentKinds.Of(parsed.Kind).NewWord ?? "page", draft ? null : frontMatter.Date));
                }
            }

            return targets;
        });

    private static (int Line, int Column) Position(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
        return (line, column);
    }

    /// <summary>A draft (no <paramref name="On"/>) or a scheduled item (published on <paramref name="On"/>).</summary>
    private sealed record Unpublished(string Url, string Source, string Kind, DateOnly? On)
    {
        public string Describe() => On is { } day
            ? $"that {Kind} ({Source}) is scheduled for {Dates.Iso(day)}; the first build on or after that day keeps the link"
            : $"that {Kind} ({Source}) is a draft ('draft: true'); the link comes back when it is published";
    }
}
