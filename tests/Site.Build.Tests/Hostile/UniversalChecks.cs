using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// The checks every case gets, whatever it expects (rules 1, 4 and 5): the build ends within the timeout with exit
/// 0 or 1; it prints no "internal error" and no stack trace; every error line names a file; and no file it wrote
/// (anything under the site's folder but input/, theme/ and the case's own outside/ folder) holds content from
/// outside input/ and theme/, litter, or a javascript: or vbscript: link.
/// </summary>
public static partial class UniversalChecks
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "srcset", "xlink:href", "background", "data"];

    public static IEnumerable<string> Problems(HostileSite site, SiteRun run)
    {
        if (run.TimedOut)
        {
            yield return $"did not finish within {SiteProcess.Timeout.TotalSeconds:0} s (killed): a hang or a loop";
            yield break;
        }

        if (run.ExitCode is not (0 or 1))
        {
            yield return $"crashed: exit code {run.ExitCode} (0 is success, 1 is a site with errors)";
        }

        foreach (var line in run.StderrLines.Concat(run.Stdout.Split('\n')).Where(IsInternal))
        {
            yield return $"internal error or stack trace: {line}";
        }

        foreach (var problem in ErrorLines(run))
        {
            yield return problem;
        }

        foreach (var problem in Published(site))
        {
            yield return problem;
        }
    }

    private static bool IsInternal(string line) =>
        line.Contains("internal error", StringComparison.OrdinalIgnoreCase)
        || line.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase)
        || line.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
        || StackFrame().IsMatch(line)
        || ExceptionName().IsMatch(line);

    private static IEnumerable<string> ErrorLines(SiteRun run)
    {
        foreach (var line in run.StderrLines.Where(l => DiagnosticLike().IsMatch(l)))
        {
            if (ReportedDiagnostic.TryParse(line) is not { } diagnostic)
            {
                yield return $"an error line not in the form 'path:line:col: error CODE: message': {line}";
            }
            else if (diagnostic.Path.StartsWith('(') || diagnostic.Path.StartsWith('<') || diagnostic.Path.Length == 0)
            {
                yield return $"an error line that names no file: {line}";
            }
        }

        var errors = run.Diagnostics.Count(d => d.IsError);
        if (run.ExitCode == 0 && errors > 0)
        {
            yield return $"exit 0 although {errors} error line(s) were printed";
        }
        else if (run.ExitCode == 1 && errors == 0)
        {
            yield return "exit 1 with no error line saying why";
        }
    }

    /// <summary>
    /// Every file the build left under the site's folder, outside the sources and the build's own cache
    /// (<c>.site-cache/</c>, never published: it holds the addresses the pages' checks found, as written).
    /// </summary>
    private static IEnumerable<string> Published(HostileSite site)
    {
        foreach (var folder in Directory.EnumerateDirectories(site.Root).Where(d => !HostileSite.SourceFolders.Contains(Path.GetFileName(d)) && Path.GetFileName(d) != ".site-cache"))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
                foreach (var problem in Check(site, file, relative))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<string> Check(HostileSite site, string file, string relative)
    {
        var info = new FileInfo(file);
        if (info.LinkTarget is not null)
        {
            yield return $"the build wrote a symbolic link: {relative} -> {info.LinkTarget}";
            yield break;
        }

        if (relative.Split('/').Any(site.UnpublishableNames.Contains))
        {
            yield return $"published litter: {relative}";
        }

        if (info.Length == 0)
        {
            // Nothing to hold foreign content, and a FIFO or device (also of length 0) must not be opened here.
            yield break;
        }

        var bytes = File.ReadAllBytes(file);
        foreach (var marker in site.ForeignContent.Where(m => bytes.AsSpan().IndexOf(m) >= 0))
        {
            yield return $"{relative} holds content that must never be published ({Describe(marker)})";
        }

        if (Scripted(relative, Encoding.UTF8.GetString(bytes)) is { } found)
        {
            yield return $"{relative} holds a script link: {found}";
        }
    }

    /// <summary>A javascript: or vbscript: URL in an attribute (after decoding entities and dropping what browsers drop), or anywhere in a non-HTML file.</summary>
    private static string? Scripted(string relative, string text)
    {
        if (text.Contains("href=\"javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return "href=\"javascript:";
        }

        var isMarkup = relative.EndsWith(".html", StringComparison.Ordinal) || relative.EndsWith(".xml", StringComparison.Ordinal);
        if (!isMarkup)
        {
            return text.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || text.Contains("vbscript:", StringComparison.OrdinalIgnoreCase)
                ? "javascript: or vbscript: in a file that is not HTML"
                : null;
        }

        // Twice: a feed holds HTML escaped once more. Then what a browser ignores in a URL (spaces, tabs, controls).
        var decoded = Decode(Decode(text));
        var squeezed = Ignorable().Replace(decoded, string.Empty).ToLowerInvariant();
        foreach (var attribute in UrlAttributes)
        {
            foreach (var opening in new[] { "=\"", "='", "=" })
            {
                foreach (var scheme in new[] { "javascript:", "vbscript:" })
                {
                    var pattern = attribute + opening + scheme;
                    if (squeezed.Contains(pattern, StringComparison.Ordinal))
                    {
                        return pattern;
                    }
                }
            }
        }

        return null;
    }

    private static string Decode(string text) =>
        WebUtility.HtmlDecode(text
            .Replace("&colon;", ":", StringComparison.OrdinalIgnoreCase)
            .Replace("&tab;", "\t", StringComparison.OrdinalIgnoreCase)
            .Replace("&newline;", "\n", StringComparison.OrdinalIgnoreCase));

    private static string Describe(byte[] marker) =>
        marker.All(b => b == 0) ? $"{marker.Length} NUL bytes, as from /dev/zero" : $"'{Encoding.UTF8.GetString(marker)}'";

    [GeneratedRegex(@"^\s*at \S+.*\(.*\)|^\s+at [\w.<>`]+\.[\w<>`]+\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionName();

    /// <summary>A line that reports an error (a code, or "error:"), as opposed to progress, a summary or the story table.</summary>
    [GeneratedRegex(@"\berror (SG|[A-Z]+)\d+\b|\berror:", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosticLike();

    [GeneratedRegex(@"[\s\x00-\x1F\x7F]+")]
    private static partial Regex Ignorable();
}
