using Site.Content.Model;

namespace Site.Content.Alerts;

/// <summary>A document facet: every alert file that was read without an error.</summary>
public sealed record LoadedAlerts(IReadOnlyList<AlertFile> Alerts);
