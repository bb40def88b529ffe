using Site.Build.Netlify;
using Site.Content.Alerts;
using Site.Content.Builds;
using Site.Content.Comments;
using Site.Content.Compliance;
using Site.Content.Feeds;
using Site.Content.Files;
using Site.Content.Images;
using Site.Content.Listings;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Content.Takedown;
using Site.Content.Templates;
using Site.Engine.Files;
using Site.Engine.Links;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Validation.Stage;

namespace Site.Build;

/// <summary>
/// The site definition: which pipelines exist, what each reads and what it publishes. Content kinds are parsed
/// by independent pipelines (so they run at the same time); <c>content</c> checks them together; pages,
/// listings, the feed and the sitemap are built from it; theme assets and media are copied as they are. A content
/// file with an error goes on through the steps of its kind, and gets a page that the validate stage checks with
/// the others (<see cref="FailedPages"/>), so that one build reports all of its problems.
/// </summary>
public static class SitePipelines
{
    public static readonly string Stories = ContentKinds.Of(ContentKind.Story).Pipeline;
    public const string Content = "content";
    public const string Pages = "pages";
    public const string Listings = "listings";
    public const string Withdrawals = "withdrawals";

    /// <summary>The pages of content files with errors: checked by the validate stage with the rest, never written.</summary>
    public const string FailedPages = "failed-pages";

    public static IReadOnlyList<Pipeline> Create(BuildContext build, ThemeTemplates templates, string themeRoot, SourceReader reader, HttpMessageHandler? commentServer = null, IPageScanStore? scans = null)
    {
        var schemes = new UrlSchemes(build.Settings.LinkSchemes);
        var markdown = new MarkdownRenderer(schemes);
        var phi = new PhiScanner(build.Settings.Organization);
        var pipelines = ContentKinds.All
            .Select(k => new Pipeline(k.Pipeline)
                .Then(new ReadContentFiles(Path.Combine(build.InputRoot, k.Folder), build.DisplayPath))
                .Then(new ParseContent(k.Kind, reader, build.Zone))
                .Then(new CheckCompliance(build))
                .Then(new FollowOriginalConsent())
                .Then(new GuardPhi(phi))
                .Then(new RenderMarkdown(markdown, build.Settings.Language))
                .Then(new WarnOfPhotoPositions(build.Images)))
            .ToList();
        var kindNames = ContentKinds.All.Select(k => k.Pipeline).ToArray();

        pipelines.Add(new Pipeline(Withdrawals).DependsOn(Stories).Then(new CollectWithdrawals(Stories)));
        pipelines.Add(new Pipeline(Content).DependsOn(kindNames).Then(new CheckContent(build, templates, kindNames)).Then(new KeepPublishable(build)).Then(new LinkTranslations(build, kindNames)).Then(new WarnOfExpiringStories(build)));
        pipelines.Add(new Pipeline(Pages).DependsOn([Content, Withdrawals, .. kindNames])
            .Then(new ReadPipeline(Content))
            .Then(new FindRelatedStories(build))
            .Then(new FetchVoteTotals(build, commentServer, TimeSpan.FromSeconds(5)))
            .Then(new PlanContentPage(build))
            .Then(new ApplyLayout(templates, build))
            .Then(new LeaveOutUnpublishedLinks(build, Content, kindNames))
            .Then(new RemoveWithdrawnReferences(build, Withdrawals))
            .Then(new ForEachDocument(new ResponsiveImages(build.Images, build.Settings.EffectiveImages.EffectiveSizes)))
            .Publish());
        pipelines.Add(new Pipeline(FailedPages).DependsOn([Content, Withdrawals, .. kindNames])
            .Then(new ReadFailedContent(build, templates, Content, kindNames))
            .Then(new ForFailedContent(new PlanContentPage(build)))
            .Then(new ForFailedContent(new ApplyLayout(templates, build)))
            .Then(new ForFailedContent(new LeaveOutUnpublishedLinks(build, Content, kindNames)))
            .Then(new ForFailedContent(new RemoveWithdrawnReferences(build, Withdrawals)))
            .Then(new ForFailedContent(new ResponsiveImages(build.Images, build.Settings.EffectiveImages.EffectiveSizes))));
        pipelines.Add(new Pipeline(Listings).DependsOn(Content, Withdrawals)
            .Then(new GenerateListings(build, Content))
            .Then(new PlanAlertsPage(build))
            .Then(new PlanSearchPage(build))
            .Then(new PlanLanguageAssistancePage(build))
            .Then(new ApplyLayout(templates, build))
            .Then(new RemoveWithdrawnReferences(build, Withdrawals))
            .Then(new ForEachDocument(new ResponsiveImages(build.Images, build.Settings.EffectiveImages.EffectiveSizes)))
            .Publish());
        pipelines.Add(new Pipeline("feed").DependsOn(Content).Then(new GenerateFeed(build, Content)).Publish());
        pipelines.Add(new Pipeline("calendar").DependsOn(Content).Then(new GenerateCalendar(build, Content)).Publish());
        pipelines.Add(new Pipeline("alert-feeds").Then(new GenerateAlertFeeds(build)).Publish());
        pipelines.Add(new Pipeline("sitemap").DependsOn(Pages, Listings).Then(new GenerateSitemap(build, [Pages, Listings])).Publish());
        pipelines.Add(new Pipeline("robots").Then(new GenerateRobots(build)).Publish());
        pipelines.Add(new Pipeline("assets").Then(new CopyFiles(Path.Combine(themeRoot, "assets"), build.Site.Assets.TrimStart('/'), build.DisplayPath)).Publish());
        pipelines.Add(new Pipeline("media").DependsOn(Withdrawals)
            .Then(new CopyFiles(Path.Combine(build.InputRoot, "media"), "media", build.DisplayPath))
            .Then(new DropWithdrawnMedia(Withdrawals))
            .Then(new ForEachDocument(new PrepareMedia(build.Images)))
            .Publish());
        pipelines.Add(new Pipeline("share-images").DependsOn(Pages).Then(new ReadPipeline(Pages)).Then(new MakeShareImages(build)).Then(new AddDefaultShareImage(build)).Publish());
        pipelines.Add(new Pipeline("redirects").DependsOn([.. kindNames, Withdrawals, Content, Pages, Listings]).Then(new GenerateRedirects(build.Today, kindNames, Withdrawals, Content, [Pages, Listings])).Publish());
        pipelines.Add(new Pipeline("headers").DependsOn(Content).Then(new GenerateHeaders(build, Content)).Publish());
        pipelines.Add(new Pipeline("takedown").DependsOn(Withdrawals, Content, Listings)
            .Then(new ReadPipeline(Content))
            .Then(new TakedownEntry(build, Withdrawals))
            .Then(new GenerateTakedownManifest(build, Listings))
            .Publish());
        pipelines.Add(new Pipeline("withdrawn-theme-references").DependsOn(Withdrawals, Pages, Listings).Then(new ReportWithdrawnThemeReferences(Withdrawals, [Pages, Listings])));

        // Last, the whole site is checked as it will be written: links, anchors, assets, first-party loads, page
        // structure and traces of withdrawn stories.
        // A build with an error writes nothing, so the pages of files with errors are checked too (their links and
        // images are reported in the same run as their other errors), though never published.
        var published = pipelines.Where(p => p.Publishes).Select(p => p.Name).Append(FailedPages).ToList();
        pipelines.Add(ValidationStage.Create(pipelines.Select(p => p.Name).ToList(), published, SiteValidation.Options(build.BaseUrl, Withdrawals, schemes, ContentKinds.All.Select(k => build.DisplayPath(Path.Combine(build.InputRoot, k.Folder)) + "/").ToList(), Path.Combine(build.InputRoot, "media")) with { Scans = scans }));
        return pipelines;
    }
}
