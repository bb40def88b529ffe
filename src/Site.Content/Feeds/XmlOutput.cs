using System.Text;
using System.Xml;
using Site.Engine.Documents;

namespace Site.Content.Feeds;

/// <summary>Writes an XML file through <see cref="XmlWriter"/> (UTF-8, indented, '\n' line ends) as a document to publish.</summary>
internal static class XmlOutput
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void AtomLink(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    public static Document Create(string outputPath, Action<XmlWriter> write)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n" };
        using (var text = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        builder.Append('\n');
        return new Document("generated:/" + outputPath) { OutputPath = outputPath, Content = DocumentContent.FromText(builder.ToString()) };
    }
}
