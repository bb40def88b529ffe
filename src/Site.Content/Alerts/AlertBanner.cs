using System.Globalization;
using Site.Content.Model;
using Site.Content.Views;

namespace Site.Content.Alerts;

/// <summary>An active alert ready for the banner, and the pages it applies to.</summary>
public sealed record AlertBanner(AlertView View, IReadOnlyList<string> AppliesTo)
{
    public static AlertBanner From(AlertFile alert, TimeZoneInfo zone)
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
            alert.Updated.ToString("MMMM d, yyyy, h:mm tt", CultureInfo.InvariantCulture),
            Iso(alert.Updated, zone),
            Iso(alert.Effective, zone),
            Iso(alert.Expires, zone),
            drill);
        return new AlertBanner(view, alert.AppliesTo);
    }

    /// <summary>Whether the alert belongs on a page: every page, or pages under one of its paths or in one of its service lines.</summary>
    public bool AppliesToPage(PageView page) =>
        AppliesTo.Count == 0
        || AppliesTo.Any(target => target.StartsWith('/')
            ? page.Url.StartsWith(target, StringComparison.Ordinal)
            : page.ServiceLines.Any(line => line.Url == $"/services/{target}/") || page.Url == $"/services/{target}/");

    private static string Iso(DateTime local, TimeZoneInfo zone) =>
        new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
}
