using System.Text.RegularExpressions;

namespace Site.Content.Model;

/// <summary>The shapes that ids, slugs and tags must have, compiled once.</summary>
public static partial class ContentRules
{
    public const string SlugShape = "lower-case letters, digits and single hyphens, such as 'maria-walks-again'";

    /// <summary>Top-level URL segments the generator uses itself; a page cannot take them.</summary>
    public static readonly IReadOnlySet<string> ReservedPageSlugs = ContentKinds.All
        .Select(k => k.UrlPrefix.Trim('/'))
        .Where(prefix => prefix.Length > 0)
        .Concat(["services", "tags", "alerts", "media", "assets", "feed.xml", "sitemap.xml", "robots.txt", "404", "search", "pagefind"])
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
