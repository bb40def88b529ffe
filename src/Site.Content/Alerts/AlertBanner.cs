using System.Globalization;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Views;

namespace Site.Content.Alerts;

/// <summary>An active alert: the file it came from, its view for the banner and the alerts page, and the pages it applies to.</summary>
public sealed record AlertBanner(AlertFile Alert, AlertView View, IReadOnlyList<string> AppliesTo)
{
    /// <summary>The earlier alerts an update replaces (CAP <c>references</c>).</summary>
    public IReadOnlyList<AlertFile> Replaces { get; init; } = [];

    public static AlertBanner From(AlertFile alert, TimeZoneInfo zone, IReadOnlyDictionary<string, AlertFile> all, string phoneRegion = Phones.DefaultRegion)
    {
        var urgent = alert.Severity is AlertSeverity.Extreme or AlertSeverity.Severe;
        var severity = alert.Severity.ToString().ToLowerInvariant();
        var drill = alert.Status switch
        {
            AlertStatus.Exercise => "Exercise: this is a drill, not a real alert.",
            AlertStatus.Test => "Test: this is not a real alert.",
            _ => null,
        };
        var view = new AlertView(
            alert.Id,
            severity,
            alert.Severity switch
            {
                AlertSeverity.Extreme => "Emergency",
                AlertSeverity.Severe => "Urgent alert",
                AlertSeverity.Moderate => "Alert",
                _ => "Notice",
            },
            urgent ? "⚠" : "ℹ",
            urgent,
            alert.Headline,
            alert.Description,
            alert.Instruction,
            alert.Contact,
            alert.Url,
            Dates.Human(alert.Updated),
            Dates.Iso(alert.Updated, zone),
            Dates.Human(alert.Effective),
            Dates.Iso(alert.Effective, zone),
            Dates.Human(alert.Expires),
            Dates.Iso(alert.Expires, zone),
            alert.Event,
            string.Join("; ", alert.Locations),
            drill)
        {
            ContactHtml = Phones.LinkInText(alert.Contact, phoneRegion),
        };
        return new AlertBanner(alert, view, alert.AppliesTo)
        {
            Replaces = alert.References.Select(id => all.GetValueOrDefault(id)).OfType<AlertFile>().ToList(),
        };
    }

    /// <summary>Whether the alert belongs on a page: every page, or pages under one of its paths or in one of its service lines.</summary>
    public bool AppliesToPage(PageView page) =>
        AppliesTo.Count == 0
        || AppliesTo.Any(target => target.StartsWith('/')
            ? page.Url.StartsWith(target, StringComparison.Ordinal)
            : page.ServiceLines.Any(line => line.Url == $"/services/{target}/") || page.Url == $"/services/{target}/");

}
