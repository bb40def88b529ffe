using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Content.Views;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>
/// Gives a content document its output path, layout and page view model. What only <c>site preview</c> shows carries a
/// notice saying why it is not on the site: a story waiting for its authorization, a draft, or content scheduled for a
/// later day.
/// </summary>
public sealed class PlanContentPage(BuildContext build) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var parsed = input.Get<ParsedContent>();
        var page = PagePlanner.ForContent(parsed, input.Get<RenderedMarkdown>(), build, input.TryGet<Comments.VoteTotals>(out var votes) ? votes : null, input.TryGet<RenderedTranscript>(out var transcript) ? transcript : null);
        page = page with { PreviewNotice = NoticeFor(input, build) };
        if (input.TryGet<Translations>(out var translations))
        {
            page = page with { Translations = TranslationLinks.For(translations, parsed.Url, build) };
        }

        if (input.TryGet<RelatedStories>(out var related))
        {
            page = page with { Related = related.Entries };
        }

        var layout = parsed.FrontMatter.Layout ?? ContentKinds.Of(parsed.Kind).DefaultLayout;
        yield return input.With(new PageLayout(layout, page)) with { OutputPath = PagePlanner.OutputPathFor(parsed.Url) };
    }

    /// <summary>Why a content document is shown only by the preview, or null when it is on the public site.</summary>
    public static string? NoticeFor(Document input, BuildContext build)
    {
        var parsed = input.Get<ParsedContent>();
        if (input.TryGet<Compliance.ConsentDecision>(out var consent) && !consent.Publishable)
        {
            return $"Preview only: {consent.Reason}. This story is not published until the signed authorization is recorded in 'consent'.";
        }

        if (parsed.FrontMatter.Draft)
        {
            return "Draft: this page is left out of the site until 'draft: true' is removed.";
        }

        return CheckContent.IsScheduled(parsed.FrontMatter, build.Today)
            ? $"Scheduled: published on {Dates.Human(parsed.FrontMatter.Date!.Value)}. Until then this page is left out of the site; the first build on or after that day publishes it."
            : null;
    }
}
