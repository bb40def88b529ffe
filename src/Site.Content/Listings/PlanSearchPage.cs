using System.Collections.Immutable;
using Site.Content.Builds;
using Site.Content.Pages;
using Site.Content.Views;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Listings;

/// <summary>
/// Adds the <c>/search/</c> page to the documents flowing through, planned for <see cref="ApplyLayout"/> like a
/// listing. Whether it can search is decided by the build (<see cref="BuildContext.SearchIndex"/>: the Pagefind
/// binary is there and the index is made after the site is written); without it the page says search is unavailable.
/// Not in the sitemap: a search page with no query is not a page to find.
/// </summary>
public sealed class PlanSearchPage(BuildContext build) : IModule
{
    public const string PageUrl = "/search/";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var page = new PageView
        {
            Kind = "search",
            Title = "Search",
            Summary = $"Search the patient stories, articles, events and pages of {build.Settings.Organization.Name}.",
            Url = PageUrl,
            CanonicalUrl = build.AbsoluteUrl(PageUrl),
            Lang = build.Settings.Language,
            InSitemap = false,
            SearchAvailable = build.SearchIndex,
        };
        var document = new Document("generated:" + PageUrl) { OutputPath = PagePlanner.OutputPathFor(PageUrl) }
            .With(new PageLayout("search", page));
        return ValueTask.FromResult(inputs.Add(document));
    }

    /// <summary>The search page stands for the same while its plan is the same; the pages it follows keep their own identity.</summary>
    public bool Same(Document before, Document now) =>
        before.Id == "generated:" + PageUrl
            ? before.Get<PageLayout>().Page == now.Get<PageLayout>().Page
            : ReferenceEquals(before, now);
}
