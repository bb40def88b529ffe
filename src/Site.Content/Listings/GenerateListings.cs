using System.Collections.Immutable;
using System.Globalization;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Content.Views;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Listings;

/// <summary>
/// Creates the generated pages from the content of <paramref name="contentPipeline"/>: the home page with the
/// newest stories; the story, article and event indexes; a page per service line and per tag (paginated by
/// <c>page_size</c>); the tag index; the 404 page and the 410 page served for withdrawn stories. Each comes out planned, ready for <see cref="ApplyLayout"/>.
/// </summary>
public sealed class GenerateListings(BuildContext build, string contentPipeline) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(Generate(context));

    /// <summary>The listings change only when what they show of the content changes (an edit to a story's text changes none of them).</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(Signature.By(
            context.OutputsOf(contentPipeline).Select(d => d.Get<ParsedContent>()),
            p => new object[] { PagePlanner.EntryFor(p, build.Zone), p.Kind, p.FrontMatter.ServiceLines, p.FrontMatter.Tags }));

    /// <summary>Whether two plans of a generated page would render the same (so a session keeps the page rendered before).</summary>
    public bool Same(Document before, Document now)
    {
        var (a, b) = (before.Get<PageLayout>(), now.Get<PageLayout>());
        return a.Layout == b.Layout
            && a.Page with { List = null } == b.Page with { List = null }
            && (a.Page.List, b.Page.List) switch
            {
                (null, null) => true,
                ({ } x, { } y) => x.Entries.SequenceEqual(y.Entries) && SamePagination(x.Pagination, y.Pagination),
                _ => false,
            };
    }

    private ImmutableArray<Document> Generate(PipelineContext context)
    {
        var content = context.OutputsOf(contentPipeline)
            .Select(d => d.Get<ParsedContent>())
            .Where(p => p.Kind != ContentKind.Page)
            .OrderByDescending(p => p.FrontMatter.Date)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var settings = build.Settings;
        var pages = new List<Document>();

        var stories = content.Where(p => p.Kind == ContentKind.Story).ToList();
        pages.Add(Plan("/", "home", settings.Title, settings.Description, new ListView(stories.Take(settings.HomeStories).Select(p => PagePlanner.EntryFor(p, build.Zone)).ToList(), null)));
        foreach (var kind in ContentKinds.All.Where(k => k.Listing is not null))
        {
            var listing = kind.Listing!;
            pages.AddRange(Paged(listing.Url, listing.Title, listing.Summary.Replace("{organization}", settings.Organization.Name, StringComparison.Ordinal), content.Where(p => p.Kind == kind.Kind).ToList()));
        }

        foreach (var line in settings.ServiceLines)
        {
            var entries = content.Where(p => p.FrontMatter.ServiceLines.Contains(line.Slug, StringComparer.Ordinal)).ToList();
            pages.AddRange(Paged($"/services/{line.Slug}/", line.Name, line.Description, entries));
        }

        var tags = content
            .SelectMany(p => p.FrontMatter.Tags.Distinct(StringComparer.Ordinal).Select(t => (Tag: t, Page: p)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var tag in tags)
        {
            pages.AddRange(Paged($"/tags/{tag.Key}/", $"Tagged “{tag.Key}”", $"Everything tagged {tag.Key}.", tag.Select(x => x.Page).ToList()));
        }

        var tagEntries = tags
            .Select(g => new EntryView("Tag", g.Key, $"/tags/{g.Key}/", Count(g.Count()), string.Empty, string.Empty, null))
            .ToList();
        pages.Add(Plan("/tags/", "list", "All tags", "Browse stories and articles by topic.", new ListView(tagEntries, null)));
        pages.Add(Special("/404.html", "404", "Page not found", "The page you asked for is not here."));
        pages.Add(Special("/410.html", "410", "This story is no longer available", "The story you asked for has been removed."));
        return pages.ToImmutableArray();
    }

    private static bool SamePagination(PaginationView? a, PaginationView? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x with { Pages = [] } == y with { Pages = [] } && x.Pages.SequenceEqual(y.Pages),
            _ => false,
        };

    private static string Count(int count) =>
        count == 1 ? "1 entry" : count.ToString(CultureInfo.InvariantCulture) + " entries";

    private IEnumerable<Document> Paged(string url, string title, string summary, IReadOnlyList<ParsedContent> entries) =>
        Paginator.Paginate(url, entries.Select(p => PagePlanner.EntryFor(p, build.Zone)).ToList(), build.Settings.PageSize)
            .Select(page => Plan(
                page.Url,
                "list",
                page.List.Pagination is { Current: > 1 } p ? $"{title} (page {p.Current} of {p.Total})" : title,
                summary,
                page.List));

    /// <summary>A page served by the host for an error status (404, 410): not in the sitemap.</summary>
    private Document Special(string url, string layout, string title, string summary)
    {
        var document = Plan(url, layout, title, summary, null);
        var planned = document.Get<PageLayout>();
        return document.With(planned with { Page = planned.Page with { InSitemap = false } });
    }

    private Document Plan(string url, string layout, string title, string summary, ListView? list)
    {
        var page = new PageView
        {
            Kind = layout == "home" ? "home" : "list",
            Title = title,
            Summary = summary,
            Url = url,
            CanonicalUrl = build.AbsoluteUrl(url),
            Lang = build.Settings.Language,
            List = list,
        };
        return new Document("generated:" + url) { OutputPath = url.EndsWith('/') ? PagePlanner.OutputPathFor(url) : url.TrimStart('/') }
            .With(new PageLayout(layout, page));
    }
}
