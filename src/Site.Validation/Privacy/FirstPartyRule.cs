using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.Engine.Diagnostics;
using Site.Validation.Html;

namespace Site.Validation.Privacy;

/// <summary>
/// The one first-party rule, used by <c>site build</c> and by <c>site check --first-party</c>: a page may load nothing
/// from another origin, so that no other company learns who reads which story, and may hold no script the site's
/// Content-Security-Policy would block. Every element that loads something counts: scripts, every <c>link</c> but the
/// ones that only name another page (canonical, alternate...), so stylesheets, icons, preloads, module preloads,
/// manifests and preconnects too; images and each <c>srcset</c> candidate; sources, frames, audio, video and posters,
/// tracks, embeds, objects, image inputs; and CSS <c>url()</c> and <c>@import</c> in <c>style</c> attributes and
/// <c>style</c> elements (<see cref="StylesheetRule"/> reads the site's CSS files). Ordinary links (<c>a href</c>)
/// load nothing until the visitor follows them. An element with <c>data-check-ignore</c> is skipped.
/// </summary>
public sealed partial class FirstPartyRule : IPageCheck
{
    private static readonly HashSet<string> NavigationOnly = new(StringComparer.OrdinalIgnoreCase) { "canonical", "alternate", "author", "license", "next", "prev", "me", "help", "search", "bookmark", "external", "nofollow", "noopener", "noreferrer", "tag" };

    public IEnumerable<Diagnostic> Check(HtmlPage page)
    {
        var found = new List<Diagnostic>();
        if (page.Document.DocumentElement is { } root)
        {
            Walk(page, root, found);
        }

        return found;
    }

    /// <summary>One walk over the element tree; an element with data-check-ignore is skipped with everything inside it.</summary>
    private static void Walk(HtmlPage page, IElement element, List<Diagnostic> found)
    {
        if (element.HasAttribute("data-check-ignore"))
        {
            return;
        }

        Visit(page, element, found);
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            Walk(page, child, found);
        }
    }

    private static void Visit(HtmlPage page, IElement element, List<Diagnostic> found)
    {
        if ((element.LocalName == "script" && element.GetAttribute("src") is null && IsJavaScript(element.GetAttribute("type")))
            || element.Attributes.Any(a => a.Name.Length > 2 && a.Name.StartsWith("on", StringComparison.Ordinal)))
        {
            found.Add(Diagnostic.Error(DiagnosticCodes.InlineScript, page.LocationOf(element), "inline script (a <script> without src, or an on... attribute) would be blocked by the site's Content-Security-Policy; move it to a file under theme/assets/"));
        }

        foreach (var (noun, url) in Loads(element))
        {
            if (IsOtherOrigin(url))
            {
                found.Add(Diagnostic.Error(DiagnosticCodes.ThirdPartyResource, page.LocationOf(element), Message(noun, url)));
            }
        }
    }

    public static string Message(string noun, string url) =>
        $"{noun} {url} loads from another origin; serve it from the site itself, so that no other company learns who reads the page (the Content-Security-Policy would block it too)";

    public static bool IsOtherOrigin(string url)
    {
        url = url.Trim().Trim('"', '\'');
        return url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The URLs a CSS text loads: every <c>url(...)</c> and every <c>@import "..."</c>.</summary>
    public static IEnumerable<(string Url, int Index)> CssUrls(string css)
    {
        for (var match = CssUrl().Match(css); match.Success; match = match.NextMatch())
        {
            var url = match.Groups["url"].Success ? match.Groups["url"] : match.Groups["import"];
            yield return (url.Value, url.Index);
        }
    }

    private static IEnumerable<(string Noun, string Url)> Loads(IElement element)
    {
        string? Attribute(string name) => element.GetAttribute(name);
        switch (element.LocalName)
        {
            case "script" when Attribute("src") is { } src:
                yield return ("script", src);
                break;
            case "link" when Attribute("href") is { } href && Loads(Attribute("rel")):
                yield return (IsStylesheet(Attribute("rel")) ? "stylesheet" : "<link> target", href);
                break;
            case "img" or "source":
                if (Attribute("src") is { } image)
                {
                    yield return (element.ParentElement?.LocalName is "audio" or "video" ? "media source" : "image", image);
                }

                foreach (var candidate in Links.PageScanner.SrcsetUrls(Attribute("srcset") ?? string.Empty))
                {
                    yield return ("image", candidate);
                }

                break;
            case "iframe" or "frame" when Attribute("src") is { } frame:
                yield return ("frame source", frame);
                break;
            case "audio" or "video" or "track":
                if (Attribute("src") is { } media)
                {
                    yield return ("media source", media);
                }

                if (Attribute("poster") is { } poster)
                {
                    yield return ("image", poster);
                }

                break;
            case "embed" when Attribute("src") is { } embed:
                yield return ("embedded object", embed);
                break;
            case "object" when Attribute("data") is { } data:
                yield return ("embedded object", data);
                break;
            case "input" when Attribute("src") is { } input:
                yield return ("image", input);
                break;
            case "style":
                foreach (var (url, _) in CssUrls(element.TextContent))
                {
                    yield return ("style sheet resource", url);
                }

                break;
        }

        if (Attribute("style") is { } style)
        {
            foreach (var (url, _) in CssUrls(style))
            {
                yield return ("style resource", url);
            }
        }
    }

    private static bool Loads(string? rel) =>
        (rel ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries) is var rels && (rels.Length == 0 || !rels.All(NavigationOnly.Contains));

    private static bool IsStylesheet(string? rel) =>
        (rel ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("stylesheet", StringComparer.OrdinalIgnoreCase);

    private static bool IsJavaScript(string? type) =>
        string.IsNullOrWhiteSpace(type) || type.Trim().ToLowerInvariant() is "module" or "text/javascript" or "application/javascript" or "text/ecmascript" or "application/ecmascript";

    [GeneratedRegex(@"url\(\s*(?<q>['""]?)(?<url>[^'""\)\s]+)\k<q>\s*\)|@import\s+(?<q2>['""])(?<import>[^'""]+)\k<q2>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
