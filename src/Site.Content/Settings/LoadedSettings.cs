using Site.Content.Model;

namespace Site.Content.Settings;

/// <summary>A document facet: the site's settings from <c>site.yml</c> and its time zone.</summary>
public sealed record LoadedSettings(SiteSettings Settings, TimeZoneInfo Zone);
