using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Compliance;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Content.Templates;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>
/// The content files that would be published but for an error (marked <see cref="ContentFailed"/> by a step of their
/// kind, or left out by <c>CheckContent</c>), as documents for pages that are checked but never written: their links
/// and images are checked in the same build as their other errors. A build with an error writes nothing, so these
/// pages never reach the site. Left out: drafts and scheduled content the build leaves out anyway, a text not
/// rendered (past the Markdown limits), every file when a template of the theme is broken (its own error says so), and a URL that a published file
/// already has (the duplicate is its own error).
/// </summary>
public sealed class ReadFailedContent(BuildContext build, ThemeTemplates templates, string contentPipeline, IReadOnlyList<string> kindPipelines) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!templates.Whole)
        {
            // A broken theme breaks every page; its own errors say so, and the pages wait for it.
            return ValueTask.FromResult(ImmutableArray<Document>.Empty);
        }

        var published = context.OutputsOf(contentPipeline);
        var sources = published.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var urls = published.Select(d => d.Get<ParsedContent>().Url).ToHashSet(StringComparer.Ordinal);
        var failed = ImmutableArray.CreateBuilder<Document>();
        foreach (var document in kindPipelines.SelectMany(p => context.OutputsOf(p)).OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            var parsed = document.Get<ParsedContent>();
            var frontMatter = parsed.FrontMatter;
            var marked = ContentFailed.Is(document);
            if (sources.Contains(document.SourcePath)
                || !document.TryGet<RenderedMarkdown>(out _)
                || (frontMatter.Draft && !build.IncludeDrafts)
                || (CheckContent.IsScheduled(frontMatter, build.Today) && !build.ShowPending)
                || (!marked && document.TryGet<ConsentDecision>(out var consent) && !consent.Publishable)
                || !templates.HasLayout(frontMatter.Layout ?? ContentKinds.Of(parsed.Kind).DefaultLayout)
                || !urls.Add(parsed.Url))
            {
                continue;
            }

            failed.Add(ContentFailed.Mark(document));
        }

        return ValueTask.FromResult(failed.ToImmutable());
    }

    /// <summary>The same again while no content document changed (in a session, only what changed is planned again).</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(Signature.By(kindPipelines.SelectMany(p => context.OutputsOf(p)), d => d), Signature.By(context.OutputsOf(contentPipeline), d => d));
}
