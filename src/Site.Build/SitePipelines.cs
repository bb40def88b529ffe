using Site.Build.Netlify;
using Site.Content.Alerts;
using Site.Content.Comments;
using Site.Content.Compliance;
using Site.Content.Feeds;
using Site.Content.Files;
using Site.Content.Listings;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Content.Templates;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Build;

/// <summary>
/// The site definition: which pipelines exist, what each reads and what it publishes. Content kinds are parsed
/// by independent pipelines (so they run at the same time); <c>content</c> checks them together; pages,
/// listings, the feed and the sitemap are built from it; theme assets and media are copied as they are.
/// </summary>
public static class SitePipelines
{
    public const string Stories = "stories";
    public const string Content = "content";
    public const string Pages = "pages";
    public const string Listings = "listings";

    public static IReadOnlyList<Pipeline> Create(BuildContext build, ThemeTemplates templates, string themeRoot, SourceReader reader, HttpMessageHandler? commentServer = null)
    {
        var markdown = new MarkdownRenderer();
        var phi = new PhiScanner(build.Settings.Organization);
        var kinds = new (string Name, ContentKind Kind, string Folder)[]
        {
            ("stories", ContentKind.Story, "stories"),
            ("articles", ContentKind.Article, "articles"),
            ("events", ContentKind.Event, "events"),
            ("plain-pages", ContentKind.Page, "pages"),
        };

        var pipelines = kinds
            .Select(k => new Pipeline(k.Name)
                .Then(new ReadContentFiles(Path.Combine(build.InputRoot, k.Folder), build.DisplayPath))
                .Then(new ParseContent(k.Kind, reader))
                .Then(new CheckCompliance(build))
                .Then(new GuardPhi(phi))
                .Then(new RenderMarkdown(markdown)))
            .ToList();
        var kindNames = kinds.Select(k => k.Name).ToArray();

        pipelines.Add(new Pipeline(Content).DependsOn(kindNames).Then(new CheckContent(build, templates, kindNames)).Then(new WarnOfExpiringStories(build)));
        pipelines.Add(new Pipeline(Pages).DependsOn(Content, Stories)
            .Then(new ReadPipeline(Content))
            .Then(new FetchVoteTotals(build, commentServer, TimeSpan.FromSeconds(5)))
            .Then(new PlanContentPage(build))
            .Then(new ApplyLayout(templates, build))
            .Then(new RemoveWithdrawnReferences(build, Stories))
            .Publish());
        pipelines.Add(new Pipeline(Listings).DependsOn(Content, Stories)
            .Then(new GenerateListings(build, Content))
            .Then(new PlanAlertsPage(build))
            .Then(new ApplyLayout(templates, build))
            .Then(new RemoveWithdrawnReferences(build, Stories))
            .Publish());
        pipelines.Add(new Pipeline("feed").DependsOn(Content).Then(new GenerateFeed(build, Content)).Publish());
        pipelines.Add(new Pipeline("alert-feeds").Then(new GenerateAlertFeeds(build)).Publish());
        pipelines.Add(new Pipeline("sitemap").DependsOn(Pages, Listings).Then(new GenerateSitemap(build, [Pages, Listings])).Publish());
        pipelines.Add(new Pipeline("robots").Then(new GenerateRobots(build)).Publish());
        pipelines.Add(new Pipeline("assets").Then(new CopyFiles(Path.Combine(themeRoot, "assets"), build.Site.Assets.TrimStart('/'), build.DisplayPath)).Publish());
        pipelines.Add(new Pipeline("media").DependsOn(Stories)
            .Then(new CopyFiles(Path.Combine(build.InputRoot, "media"), "media", build.DisplayPath))
            .Then(new DropWithdrawnMedia(Stories))
            .Publish());
        pipelines.Add(new Pipeline("redirects").DependsOn(Stories, Content, Pages, Listings).Then(new GenerateRedirects(Stories, Content, [Pages, Listings])).Publish());
        pipelines.Add(new Pipeline("headers").Then(new GenerateHeaders(build)).Publish());
        pipelines.Add(new Pipeline("takedown").DependsOn(Stories, Content, Listings).Then(new GenerateTakedownManifest(build, Stories, Content, Listings)).Publish());
        return pipelines;
    }
}
