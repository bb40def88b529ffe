using System.Collections.Immutable;
using System.Xml;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Pages;
using Site.Content.Sources;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Feeds;

/// <summary>
/// Writes <c>feed.xml</c>, an Atom feed of the newest stories and articles. Times come from the content's own
/// dates, never from the clock, so the same input gives the same bytes.
/// </summary>
public sealed class GenerateFeed(BuildContext build, string contentPipeline, int maxEntries = 20) : IModule
{
    public const string OutputPath = "feed.xml";

    private const string AtomNamespace = XmlOutput.AtomNamespace;

    /// <summary>The feed changes only when what it shows of its entries changes.</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(Signature.By(Entries(context), p => (p.FrontMatter.Title, p.Url, p.FrontMatter.Date, p.FrontMatter.Updated, p.FrontMatter.Summary, p.Kind)));

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var entries = Entries(context);

        var document = XmlOutput.Create(OutputPath, xml =>
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, build.Settings.Title);
            xml.WriteElementString("subtitle", AtomNamespace, build.Settings.Description);
            xml.WriteElementString("id", AtomNamespace, build.AbsoluteUrl("/"));
            XmlOutput.AtomLink(xml, build.AbsoluteUrl("/" + OutputPath), "self", "application/atom+xml");
            XmlOutput.AtomLink(xml, build.AbsoluteUrl("/"), "alternate", "text/html");
            var newest = entries.Select(Updated).DefaultIfEmpty(DateOnly.MinValue).Max();
            xml.WriteElementString("updated", AtomNamespace, Dates.AtomDay(newest));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, build.Settings.Organization.Name);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, entry.FrontMatter.Title);
                xml.WriteElementString("id", AtomNamespace, build.AbsoluteUrl(entry.Url));
                XmlOutput.AtomLink(xml, build.AbsoluteUrl(entry.Url), "alternate", "text/html");
                xml.WriteElementString("published", AtomNamespace, Dates.AtomDay(entry.FrontMatter.Date!.Value));
                xml.WriteElementString("updated", AtomNamespace, Dates.AtomDay(Updated(entry)));
                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.FrontMatter.Summary);
                xml.WriteEndElement();
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", ContentKinds.Of(entry.Kind).Label);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
        return ValueTask.FromResult(ImmutableArray.Create(document));
    }

    private List<ParsedContent> Entries(PipelineContext context) =>
        context.OutputsOf(contentPipeline)
            .Select(d => d.Get<ParsedContent>())
            .Where(p => p.Kind is ContentKind.Story or ContentKind.Article && p.FrontMatter.TranslationOf is null)
            .OrderByDescending(p => p.FrontMatter.Date)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Take(maxEntries)
            .ToList();

    private static DateOnly Updated(ParsedContent entry) => entry.FrontMatter.Updated ?? entry.FrontMatter.Date ?? DateOnly.MinValue;

}
