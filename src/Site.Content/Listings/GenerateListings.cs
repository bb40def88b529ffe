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
/// newest stories and the next upcoming events; the story and article indexes; the upcoming events (soonest first) and,
/// at <c>/events/past/</c>, the events that have ended (newest first), as the build's clock has them; a page per
/// service line and per tag (paginated by <c>page_size</c>); the tag index; the 404 page and the 410 page served for withdrawn stories. Each comes out planned, ready for <see cref="ApplyLayout"/>.
/// </summary>
public sealed class GenerateListings(BuildContext build, string contentPipeline) : IModule
{
    /// <summary>Where the events whose end has passed are listed.</summary>
    public const string PastEventsUrl = "/events/past/";

    /// <summary>How many upcoming events the home page shows.</summary>
    public const int HomeEvents = 3;

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(Generate(context));

    /// <summary>The listings change only when what they show of the content changes (an edit to a story's text changes none of them).</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(Signature.By(
            context.OutputsOf(contentPipeline).Select(d => d.Get<ParsedContent>()),
            p => new object[] { PagePlanner.EntryFor(p, build.Zone, build.Now), p.Kind, p.FrontMatter.ServiceLines, p.FrontMatter.Tags, p.FrontMatter is EventFrontMatter e && e.HasEnded(build.Now, build.Zone) }));

    /// <summary>Whether two plans of a generated page would render the same (so a session keeps the page rendered before).</summary>
    public bool Same(Document before, Document now)
    {
        var (a, b) = (before.Get<PageLayout>(), now.Get<PageLayout>());
        return a.Layout == b.Layout
            && a.Page with { List = null, UpcomingEvents = [] } == b.Page with { List = null, UpcomingEvents = [] }
            && a.Page.UpcomingEvents.SequenceEqual(b.Page.UpcomingEvents)
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
            .Where(p => p.FrontMatter.TranslationOf is null) // listings are in the site's language; a translation is reached from its original
            .OrderByDescending(p => p.FrontMatter.Date)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var settings = build.Settings;
        var pages = new List<Document>();

        var stories = content.Where(p => p.Kind == ContentKind.Story).ToList();
        var upcoming = EventPlanner.Upcoming(content, build.Now, build.Zone);
        var home = Plan("/", "home", settings.Title, settings.Description, new ListView(stories.Take(settings.HomeStories).Select(Entry).ToList(), null));
        var homePage = home.Get<PageLayout>();
        pages.Add(home.With(homePage with { Page = homePage.Page with { UpcomingEvents = upcoming.Take(HomeEvents).Select(Entry).ToList() } }));
        foreach (var kind in ContentKinds.All.Where(k => k.Listing is not null))
        {
            var listing = kind.Listing!;
            var summary = listing.Summary.Replace("{organization}", settings.Organization.Name, StringComparison.Ordinal);
            if (kind.Kind == ContentKind.Event)
            {
                // Events come and go by the build's clock: those not yet ended, soonest first; the rest under past/.
                pages.AddRange(Paged(listing.Url, listing.Title, summary, upcoming, "events", "events"));
                pages.AddRange(Paged(PastEventsUrl, "Past events", "Events that have taken place.", EventPlanner.Past(content, build.Now, build.Zone), "events", "past-events"));
                continue;
            }

            pages.AddRange(Paged(listing.Url, listing.Title, summary, content.Where(p => p.Kind == kind.Kind).ToList()));
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
            var name = settings.TagDisplayName(tag.Key);
            pages.AddRange(Paged($"/tags/{tag.Key}/", $"Tagged “{name}”", $"Everything tagged {name}.", tag.Select(x => x.Page).ToList()));
        }

        var tagEntries = tags
            .Select(g => new EntryView("Tag", settings.TagDisplayName(g.Key), $"/tags/{g.Key}/", Count(g.Count()), string.Empty, string.Empty, null))
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

    private EntryView Entry(ParsedContent parsed) => PagePlanner.EntryFor(parsed, build.Zone, build.Now);

    private IEnumerable<Document> Paged(string url, string title, string summary, IReadOnlyList<ParsedContent> entries, string layout = "list", string kind = "list") =>
        Paginator.Paginate(url, entries.Select(Entry).ToList(), build.Settings.PageSize)
            .Select(page => Plan(
                page.Url,
                layout,
                page.List.Pagination is { Current: > 1 } p ? $"{title} (page {p.Current} of {p.Total})" : title,
                summary,
                page.List,
                kind));

    /// <summary>A page served by the host for an error status (404, 410): not in the sitemap.</summary>
    private Document Special(string url, string layout, string title, string summary)
    {
        var document = Plan(url, layout, title, summary, null);
        var planned = document.Get<PageLayout>();
        return document.With(planned with { Page = planned.Page with { InSitemap = false } });
    }

    private Document Plan(string url, string layout, string title, string summary, ListView? list, string? kind = null)
    {
        var page = new PageView
        {
            Kind = kind ?? (layout == "home" ? "home" : "list"),
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
