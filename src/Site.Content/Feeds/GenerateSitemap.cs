using System.Collections.Immutable;
using System.Xml;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Content.Views;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Feeds;

/// <summary>Writes <c>sitemap.xml</c> listing every HTML page of the named pipelines that belongs in it, in URL order.</summary>
public sealed class GenerateSitemap(BuildContext build, IReadOnlyList<string> pagePipelines) : IModule
{
    public const string OutputPath = "sitemap.xml";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var pages = Listed(context);

        return ValueTask.FromResult(ImmutableArray.Create(Write(pages)));
    }

    /// <summary>The sitemap changes only when a URL or a date in it changes.</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(Signature.By(Listed(context), p => (p.Url, p.UpdatedIso ?? p.DateIso, string.Join(' ', p.Translations.Select(t => t.Lang + "=" + t.Url)))));

    private List<PageView> Listed(PipelineContext context) =>
        pagePipelines
            .SelectMany(p => context.OutputsOf(p))
            .Select(d => d.TryGet<PageLayout>(out var layout) ? layout.Page : null)
            .OfType<PageView>()
            .Where(p => p.InSitemap)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

    private Document Write(List<PageView> pages) =>
        XmlOutput.Create(OutputPath, xml =>
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            if (pages.Any(p => p.Translations.Count > 0))
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            }

            foreach (var page in pages)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, build.AbsoluteUrl(page.Url));
                if ((page.UpdatedIso ?? page.DateIso) is { } lastModified)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, lastModified);
                }

                // Each language version lists every version, itself included (Google's sitemap form of hreflang).
                foreach (var version in page.Translations)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", version.Lang);
                    xml.WriteAttributeString("href", version.AbsoluteUrl);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
}
