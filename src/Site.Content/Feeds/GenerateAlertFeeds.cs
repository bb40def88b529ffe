using System.Collections.Immutable;
using System.Xml;
using Site.Content.Alerts;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Feeds;

/// <summary>
/// Alerts for other systems: <c>alerts/feed.xml</c>, an Atom feed of the alerts in effect; one CAP 1.2 message per
/// alert in effect at <c>alerts/cap/&lt;id&gt;.xml</c>; and <c>alerts/cap.xml</c>, an Atom index of those messages
/// (the way public alerting feeds list CAP messages). Cancelled, replaced, expired and future alerts are in none of
/// them. Times carry the site's offset; nothing depends on the clock but the choice of what is in effect.
/// </summary>
public sealed class GenerateAlertFeeds(BuildContext build) : IModule
{
    public const string FeedPath = "alerts/feed.xml";
    public const string CapIndexPath = "alerts/cap.xml";
    public const string CapNamespace = "urn:oasis:names:tc:emergency:cap:1.2";

    private const string AtomNamespace = XmlOutput.AtomNamespace;

    public static string CapPath(string id) => $"alerts/cap/{id}.xml";

    /// <summary>The feeds change only when the alerts in effect (any of their fields) change.</summary>
    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(build.Alerts.Select(a => new object[]
        {
            a.Alert with { References = [], Locations = [], AppliesTo = [] },
            a.Alert.References,
            a.Alert.Locations,
            a.Alert.AppliesTo,
            a.Replaces.Select(r => r.Id),
        }));

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var alerts = build.Alerts;
        var documents = ImmutableArray.CreateBuilder<Document>(alerts.Count + 2);
        documents.Add(Atom(FeedPath, "Alerts and closures", alerts, a => build.AbsoluteUrl(AlertSet.PageUrl + "#active-" + a.Alert.Id), "text/html"));
        documents.Add(Atom(CapIndexPath, "Alerts and closures (CAP 1.2)", alerts, a => build.AbsoluteUrl("/" + CapPath(a.Alert.Id)), "application/cap+xml"));
        foreach (var alert in alerts)
        {
            documents.Add(XmlOutput.Create(CapPath(alert.Alert.Id), xml => WriteCap(xml, alert)));
        }

        return ValueTask.FromResult(documents.ToImmutable());
    }

    private Document Atom(string path, string title, IReadOnlyList<AlertBanner> alerts, Func<AlertBanner, string> link, string linkType) =>
        XmlOutput.Create(path, xml =>
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, $"{title}: {build.Settings.Organization.Name}");
            xml.WriteElementString("id", AtomNamespace, build.AbsoluteUrl("/" + path));
            XmlOutput.AtomLink(xml, build.AbsoluteUrl("/" + path), "self", "application/atom+xml");
            XmlOutput.AtomLink(xml, build.AbsoluteUrl(AlertSet.PageUrl), "alternate", "text/html");
            // With no alert in effect, the feed is as of the start of the build's day (so it does not change every minute).
            var newest = alerts.Count == 0 ? build.Today.ToDateTime(TimeOnly.MinValue) : alerts.Max(a => a.Alert.Updated);
            xml.WriteElementString("updated", AtomNamespace, Timestamp(newest));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, build.Settings.Organization.Name);
            xml.WriteEndElement();
            foreach (var banner in alerts)
            {
                var alert = banner.Alert;
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, $"{banner.View.Label}: {alert.Headline}");
                xml.WriteElementString("id", AtomNamespace, $"{build.AbsoluteUrl(AlertSet.PageUrl)}{alert.Id}/{Timestamp(alert.Updated)}");
                XmlOutput.AtomLink(xml, link(banner), "alternate", linkType);
                xml.WriteElementString("published", AtomNamespace, Timestamp(alert.Effective));
                xml.WriteElementString("updated", AtomNamespace, Timestamp(alert.Updated));
                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(alert.Instruction is null ? alert.Description : $"{alert.Description} What to do: {alert.Instruction}");
                xml.WriteEndElement();
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", banner.View.Severity);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });

    private void WriteCap(XmlWriter xml, AlertBanner banner)
    {
        var alert = banner.Alert;
        var sender = new Uri(build.BaseUrl).Host;
        xml.WriteStartElement("alert", CapNamespace);
        xml.WriteElementString("identifier", CapNamespace, alert.Id);
        xml.WriteElementString("sender", CapNamespace, sender);
        xml.WriteElementString("sent", CapNamespace, Timestamp(alert.Updated));
        xml.WriteElementString("status", CapNamespace, alert.Status.ToString());
        xml.WriteElementString("msgType", CapNamespace, alert.MsgType.ToString());
        xml.WriteElementString("scope", CapNamespace, "Public");
        if (banner.Replaces.Count > 0)
        {
            xml.WriteElementString("references", CapNamespace, string.Join(' ', banner.Replaces.Select(r => $"{sender},{r.Id},{Timestamp(r.Updated)}")));
        }

        xml.WriteStartElement("info", CapNamespace);
        xml.WriteElementString("language", CapNamespace, build.Settings.Language);
        xml.WriteElementString("category", CapNamespace, alert.Category == AlertCategory.Cbrne ? "CBRNE" : alert.Category.ToString());
        xml.WriteElementString("event", CapNamespace, alert.Event);
        xml.WriteElementString("urgency", CapNamespace, alert.Urgency.ToString());
        xml.WriteElementString("severity", CapNamespace, alert.Severity.ToString());
        xml.WriteElementString("certainty", CapNamespace, alert.Certainty.ToString());
        xml.WriteElementString("effective", CapNamespace, Timestamp(alert.Effective));
        xml.WriteElementString("expires", CapNamespace, Timestamp(alert.Expires));
        xml.WriteElementString("senderName", CapNamespace, build.Settings.Organization.Name);
        xml.WriteElementString("headline", CapNamespace, alert.Headline);
        xml.WriteElementString("description", CapNamespace, alert.Description);
        if (alert.Instruction is { } instruction)
        {
            xml.WriteElementString("instruction", CapNamespace, instruction);
        }

        xml.WriteElementString("web", CapNamespace, alert.Url is { } url && url.StartsWith("http", StringComparison.Ordinal) ? url : build.AbsoluteUrl(alert.Url ?? AlertSet.PageUrl));
        xml.WriteElementString("contact", CapNamespace, alert.Contact);
        xml.WriteStartElement("area", CapNamespace);
        xml.WriteElementString("areaDesc", CapNamespace, alert.Locations.Count > 0 ? string.Join("; ", alert.Locations) : build.Settings.Organization.Name);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A local time of the site as CAP and Atom want it: seconds and the site's offset (<c>2026-11-25T05:00:00-06:00</c>).</summary>
    private string Timestamp(DateTime local) => Dates.Iso(local, build.Zone, seconds: true);
}
