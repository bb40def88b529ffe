using System.Text.RegularExpressions;

namespace Site.Validation.Links;

/// <summary>
/// Resolves a URL as written in a page the way a browser would: against the page's folder, or its
/// <c>base href</c>; root-relative paths from the site folder; <c>..</c> segments; percent-encoding; the query
/// is dropped (it is not part of a file name) and the fragment kept. Absolute URLs that start with the site's
/// own address count as internal. Thread-safe.
/// </summary>
public static partial class TargetResolver
{
    public static Resolved Resolve(string pagePath, string? baseHref, string target, string? siteUrl)
    {
        var url = target.Trim(' ', '\t', '\n', '\r', '\f'); // HTML's ASCII whitespace only: a trailing NBSP is part of the URL
        var scheme = SchemePattern().Match(url);
        if (scheme.Success)
        {
            var name = scheme.Groups[1].Value.ToLowerInvariant();
            return name switch
            {
                "mailto" => new Resolved.Mailto(url[(scheme.Length)..]),
                "tel" => new Resolved.Tel(url[(scheme.Length)..]),
                "http" or "https" => Absolute(url, siteUrl),
                _ => new Resolved.Skip(),
            };
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return Absolute("https:" + url, siteUrl);
        }

        var folder = Folder(pagePath);
        if (baseHref is { Length: > 0 } && url.Length > 0 && url[0] != '#')
        {
            var resolvedBase = Resolve(pagePath, null, baseHref, siteUrl);
            switch (resolvedBase)
            {
                case Resolved.External external:
                    return Combine(external.Url, url) is { } combined ? new Resolved.External(combined) : new Resolved.Skip();
                case Resolved.Internal internalBase:
                    folder = internalBase.IsFolder ? EnsureFolder(internalBase.Path) : Folder(internalBase.Path);
                    break;
                case Resolved.LeavesRoot:
                    return resolvedBase;
            }
        }

        return Relative(url, folder, pagePath);
    }

    private static Resolved Absolute(string url, string? siteUrl)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new Resolved.Skip();
        }

        if (siteUrl is not null && Uri.TryCreate(siteUrl.TrimEnd('/') + "/", UriKind.Absolute, out var site)
            && string.Equals(uri.Host, site.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == site.Port
            && uri.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal))
        {
            var rest = uri.AbsolutePath[site.AbsolutePath.Length..] + (uri.Fragment.Length > 0 ? uri.Fragment : string.Empty);
            return Relative("/" + rest, string.Empty, string.Empty);
        }

        return new Resolved.External(uri);
    }

    private static Resolved Relative(string url, string folder, string pagePath)
    {
        string? fragment = null;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = Decode(url[(hash + 1)..]);
            url = url[..hash];
        }

        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            url = url[..question];
        }

        if (url.Length == 0)
        {
            return new Resolved.Internal(pagePath, false, fragment);
        }

        var segments = new List<string>();
        if (url[0] != '/')
        {
            segments.AddRange(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        var parts = url.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = Decode(parts[i]);
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return new Resolved.LeavesRoot();
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        var isFolder = url.EndsWith('/') || parts[^1] is "." or ".." || segments.Count == 0;
        return new Resolved.Internal(string.Join('/', segments), isFolder, fragment);
    }

    /// <summary>
    /// <see cref="Uri.TryCreate(Uri, string, out Uri)"/>, or null where it fails, including where .NET's Uri throws
    /// instead (an IndexOutOfRangeException for two backslashes followed by a right-to-left override).
    /// </summary>
    private static Uri? Combine(Uri baseUri, string relative)
    {
        try
        {
            return Uri.TryCreate(baseUri, relative, out var combined) ? combined : null;
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..(slash + 1)];
    }

    private static string EnsureFolder(string path) => path.Length == 0 || path.EndsWith('/') ? path : path + "/";

    /// <summary>Percent-decodes a URL part; a malformed escape leaves it as written.</summary>
    public static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
