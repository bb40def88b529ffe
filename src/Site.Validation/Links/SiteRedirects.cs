namespace Site.Validation.Links;

/// <summary>One rule of a site's <c>_redirects</c> that the link check follows: from a plain path to a path or URL.</summary>
/// <param name="From">The old path, as written (a site path).</param>
/// <param name="To">Where it leads, as written: a site path or an absolute URL.</param>
/// <param name="Status">301, 302, 303, 307 or 308 (a redirect), or 200 (a rewrite: the path serves the other one's content).</param>
/// <param name="Force">Written with <c>!</c>: applies even where a file exists at the path.</param>
/// <param name="Line">Its line in <c>_redirects</c>.</param>
public sealed record RedirectRule(string From, string To, int Status, bool Force, int Line)
{
    public bool IsRewrite => Status == 200;
}

/// <summary>
/// The rules of Netlify's <c>_redirects</c> (at the root of the site) that a link check can follow without a request:
/// a plain site path (no splat <c>*</c>, no <c>:placeholder</c>, no query condition) to a site path or an absolute URL,
/// with status 301, 302, 303, 307, 308 (301 when none is written) or 200 (a rewrite), and no condition (Country,
/// Language, Role, Cookie). Others (404, 410 and other statuses, splats, placeholders, conditions) are not followed. A
/// path matches with or without its trailing slash, case-sensitively, after percent-decoding; the first rule for a path
/// wins, as on Netlify. Thread-safe once made.
/// </summary>
public sealed class SiteRedirects
{
    public const string FileName = "_redirects";

    public static readonly SiteRedirects None = new([]);

    private readonly Dictionary<string, RedirectRule> rules;

    private SiteRedirects(Dictionary<string, RedirectRule> rules) => this.rules = rules;

    public bool IsEmpty => rules.Count == 0;

    public static SiteRedirects Parse(string text)
    {
        var rules = new Dictionary<string, RedirectRule>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Rule(lines[i], i + 1) is { } rule)
            {
                rules.TryAdd(Key(rule.From), rule);
            }
        }

        return new SiteRedirects(rules);
    }

    /// <summary>The rule for a site path (decoded, with a leading '/'), or null.</summary>
    public RedirectRule? Find(string path) => rules.GetValueOrDefault(Key(path));

    private static RedirectRule? Rule(string line, int number)
    {
        var fields = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2 || fields[0].StartsWith('#'))
        {
            return null;
        }

        var (from, to) = (fields[0], fields[1]);
        if (!from.StartsWith('/') || from.Contains('*', StringComparison.Ordinal) || from.Split('/').Any(s => s.StartsWith(':')) || from.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        // A query condition ("id=:id") comes between the two paths; a rule that depends on the query is not followed.
        if (!(to.StartsWith('/') || to.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || to.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) || to.Contains(":splat", StringComparison.Ordinal))
        {
            return null;
        }

        var (status, force) = (301, false);
        var rest = fields.AsSpan(2);
        if (rest.Length > 0)
        {
            var token = rest[0];
            force = token.EndsWith('!');
            if (!int.TryParse(token.TrimEnd('!'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out status))
            {
                return null;
            }

            rest = rest[1..];
        }

        // Conditions (Country=, Language=, Role=, Cookie=) depend on the request.
        if (rest.Length > 0 || status is not (200 or 301 or 302 or 303 or 307 or 308))
        {
            return null;
        }

        return new RedirectRule(from, to, status, force, number);
    }

    private static string Key(string path)
    {
        var decoded = TargetResolver.Decode(path);
        return decoded.Length > 1 ? decoded.TrimEnd('/') : decoded;
    }
}
