namespace Site.Engine.Links;

/// <summary>
/// Which URL schemes a page may use in a link or an image: <c>http</c>, <c>https</c>, <c>mailto</c>, <c>tel</c>, any
/// URL without a scheme (relative, root-relative, a fragment), and the schemes <c>site.yml</c> names in
/// <c>link_schemes</c>. <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c> and <c>file:</c> can never be allowed. The
/// scheme is read the way a browser reads it: tabs and line breaks anywhere are dropped, spaces and control
/// characters around the URL are trimmed, and case does not matter. Used by the Markdown renderer and by the
/// page check, so editors and the theme meet the same rule. Thread-safe.
/// </summary>
public sealed class UrlSchemes
{
    public static readonly IReadOnlyList<string> Always = ["http", "https", "mailto", "tel"];

    public static readonly IReadOnlyList<string> Never = ["javascript", "vbscript", "data", "file"];

    /// <summary>What to tell whoever wrote a refused URL.</summary>
    public const string Advice = "link with http(s), mailto, tel or a path on the site, or name the scheme in site.yml's link_schemes if it is safe";

    private readonly HashSet<string> allowed;

    public UrlSchemes(IEnumerable<string>? extra = null) =>
        allowed = new HashSet<string>(Always.Concat((extra ?? []).Select(s => s.ToLowerInvariant()).Where(s => !Never.Contains(s))), StringComparer.Ordinal);

    public static UrlSchemes Default { get; } = new();

    /// <summary>The schemes a URL may have: <see cref="Always"/> and those <c>site.yml</c> adds.</summary>
    public IReadOnlyCollection<string> Allowed => allowed;

    /// <summary>The scheme refused in <paramref name="url"/>, lower case, or null when the URL may be used.</summary>
    public string? Refused(string url) => SchemeOf(url) is { } scheme && !allowed.Contains(scheme) ? scheme : null;

    /// <summary>The scheme of a URL as a browser parses it, lower case, or null when it has none.</summary>
    public static string? SchemeOf(string url)
    {
        var span = url.AsSpan().Trim("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F ");
        var scheme = new System.Text.StringBuilder();
        foreach (var c in span)
        {
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                return scheme.Length > 0 ? scheme.ToString().ToLowerInvariant() : null;
            }

            var fits = scheme.Length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            if (!fits)
            {
                return null;
            }

            scheme.Append(c);
        }

        return null;
    }

    /// <summary>Whether a scheme name given in settings can be allowed at all.</summary>
    public static bool CanAllow(string scheme) =>
        scheme.Length > 0 && char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && !Never.Contains(scheme.ToLowerInvariant());
}
