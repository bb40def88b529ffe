namespace Site.Content.Formats;

/// <summary>
/// Where a link written on a page leads inside the site: the root-relative path, percent-decoded, without query,
/// fragment, trailing slash or <c>index.html</c> (so <c>../maria/</c>, <c>/stories/maria</c> and
/// <c>https://site/stories/maria/index.html</c> are one path). Links to other sites, and to other schemes, lead nowhere here.
/// </summary>
public static class SitePath
{
    private static readonly Uri Local = new("https://site.invalid/");

    /// <summary>The root-relative URL a browser asks for to get an output file (<c>a/b/index.html</c> is <c>/a/b/</c>).</summary>
    public static string PageUrl(string outputPath) =>
        "/" + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    /// <param name="pageUrl">The root-relative URL of the page the link is on (<c>/stories/maria/</c>).</param>
    /// <param name="href">The link as written.</param>
    /// <param name="baseUrl">The site's own address; absolute links to it are internal. Null when none is known.</param>
    public static string? Resolve(string pageUrl, string href, string? baseUrl)
    {
        href = href.Trim();
        if (href.Length == 0 || href.StartsWith('#'))
        {
            return null;
        }

        if (baseUrl is not null && href.StartsWith(baseUrl.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
        {
            href = href[baseUrl.TrimEnd('/').Length..];
        }
        else if (href.StartsWith("//", StringComparison.Ordinal) || (href.IndexOf(':') is var colon and > 0 && href.IndexOfAny(['/', '?', '#']) is var slash && (slash < 0 || colon < slash)))
        {
            return null;
        }

        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && href.IndexOfAny(['%', '\\']) < 0 && !href.Contains("/.", StringComparison.Ordinal))
        {
            // The common case, a plain root-relative path, needs no URL parser.
            var end = href.IndexOfAny(['?', '#']);
            return Normalize(end < 0 ? href : href[..end]);
        }

        if (!Uri.TryCreate(new Uri(Local, pageUrl), href, out var resolved) || resolved.Host != Local.Host)
        {
            return null;
        }

        return Normalize(Uri.UnescapeDataString(resolved.AbsolutePath));
    }

    /// <summary>A root-relative path in the form <see cref="Resolve"/> gives.</summary>
    public static string Normalize(string path)
    {
        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        path = path.TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }
}
