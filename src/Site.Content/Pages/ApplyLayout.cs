using Site.Content.Builds;
using Site.Content.Model;
using Site.Content.Templates;
using Site.Content.Views;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>Renders a planned page with its layout; a template error drops the page and is reported with the page's source.</summary>
public sealed class ApplyLayout(ThemeTemplates templates, BuildContext build) : IDocumentModule
{
    private static readonly IReadOnlyList<LinkView> NoLinks = [];

    private static readonly IReadOnlyList<SocialLinkView> NoProfiles = [];

    /// <summary>A page is rendered again when its layout (or the base or a partial), the alerts in effect or what every page shows of the site change.</summary>
    public Signature DependsOn(Document input, PipelineContext context)
    {
        var layout = input.Get<PageLayout>().Layout;
        return context.Once((this, layout), () => Signature.Of(templates.VersionOf(layout), context.Once(this, Everywhere)));
    }

    /// <summary>What every page shows besides its own content: the site (its menus as lists of values) and the alerts in effect.</summary>
    private Signature Everywhere()
    {
        var site = build.Site;
        return Signature.Of(
            site with { Nav = NoLinks, ServiceLines = NoLinks, FooterLinks = NoLinks, Brand = site.Brand with { Social = NoProfiles } },
            site.Nav,
            site.ServiceLines,
            site.FooterLinks,
            site.Brand.Social,
            build.Alerts.Select(a => new object[] { a.View, a.AppliesTo }));
    }

    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var planned = input.Get<PageLayout>();
        var via = new SourceLocation(input.SourcePath ?? "(generated) " + planned.Page.Url);
        var page = build.Alerts.Count == 0 ? planned.Page : planned.Page with { Alerts = build.Alerts.Where(a => a.AppliesToPage(planned.Page)).Select(a => a.View).ToList() };
        var html = templates.Render(planned.Layout, new LayoutModel(build.Site, page), via, context.Diagnostics);
        if (html is not null)
        {
            // The page is made: what comes after it (the sitemap, share images, redirects) reads the view's address,
            // dates and image, never its body, which would otherwise be held for every page to the end of the build.
            yield return (input with { Content = DocumentContent.FromText(html) }).With(planned with { Page = planned.Page with { Content = string.Empty } });
        }
    }
}
